// The only place that calls ipcMain.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/channels';
import type { IpcRequest, IpcResponse } from '../../../shared/ipc/contract';
import { validateRequest, validateResponse } from './validate';

export type IpcHandlers = {
  [C in InvokeChannel]: (request: IpcRequest<C>, event: IpcMainInvokeEvent) => Promise<IpcResponse<C>>;
};

export function registerIpc(ipcMain: IpcMain, handlers: IpcHandlers): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const frame = event.senderFrame;
      const checked = validateRequest(channel, payload, {
        url: frame?.url,
        isMainFrame: !!frame && frame === event.sender.mainFrame,
      });
      if (!checked.ok) throw new Error(checked.error);
      const handler = handlers[channel] as (r: unknown, e: IpcMainInvokeEvent) => Promise<unknown>;
      const result = validateResponse(channel, await handler(checked.value, event));
      if (!result.ok) throw new Error(result.error);
      return result.value;
    });
  }
}
