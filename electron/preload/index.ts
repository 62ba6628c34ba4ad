// Builds window.api from the contract's channel list; nothing else crosses the bridge.
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';

const invokable = new Set<string>(INVOKE_CHANNELS);
const events = new Set<string>(EVENT_CHANNELS);

contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, request: unknown): Promise<unknown> {
    if (!invokable.has(channel)) return Promise.reject(new Error('unknown channel'));
    return ipcRenderer.invoke(channel, request);
  },
  on(channel: string, listener: (payload: unknown) => void): () => void {
    if (!events.has(channel)) throw new Error('unknown channel');
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
});
