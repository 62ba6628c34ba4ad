import type { DesktopApi } from '../../shared/ipc/contract';
import type { HostApi } from './HostApi';

export function createElectronHost(api: DesktopApi): HostApi {
  return {
    kind: 'desktop',
    async saveFile(suggestedName, data, filters) {
      const { saved } = await api.invoke('file:save', { suggestedName, data, filters });
      return saved;
    },
    async openFile(filters, maxBytes) {
      const result = await api.invoke('file:open', { filters, maxBytes });
      return result.status === 'canceled' ? null : result;
    },
    async printToPdf(suggestedName, metadata) {
      const { saved } = await api.invoke('file:printToPdf', {
        suggestedName,
        ...(metadata ? { metadata } : {}),
      });
      return saved;
    },
    async notify(title, body) {
      await api.invoke('system:notify', { title, body });
      return true;
    },
    onLockRequest(listener) {
      return api.on('vault:lock', () => listener());
    },
    async requestPersistentStorage() {
      return true; // Electron's profile storage is not evicted.
    },
    getAppInfo() {
      return api.invoke('app:getInfo', null);
    },
    async setLanguage(language) {
      await api.invoke('app:setLanguage', { language });
    },
    onAppCommand(listener) {
      return api.on('app:command', ({ command }) => listener(command));
    },
    getGlobalShortcut() {
      return api.invoke('shortcut:get', null);
    },
    setGlobalShortcut(accelerator) {
      return api.invoke('shortcut:set', { accelerator });
    },
    async chooseBackupFolder() {
      return (await api.invoke('backup:chooseFolder', null)).folder;
    },
    async backupFolder() {
      return (await api.invoke('backup:status', null)).folder;
    },
    async writeAutoBackup(data) {
      return (await api.invoke('backup:write', { data })).status;
    },
    async lastAutoBackupAt() {
      const { lastAt } = await api.invoke('backup:status', null);
      return lastAt ? new Date(lastAt) : null;
    },
    async syncFetch(url, init) {
      const headers = new Headers(init.headers);
      const contentType = headers.get('content-type');
      const answer = await api.invoke('sync:request', {
        url,
        method: (init.method ?? 'GET') as 'GET' | 'PUT' | 'POST' | 'DELETE',
        headers: {
          authorization: headers.get('authorization') ?? '',
          accept: 'application/json',
          ...(contentType ? { 'content-type': 'application/json' as const } : {}),
        },
        ...(typeof init.body === 'string' ? { body: init.body } : {}),
      });
      // As fetch would: no answer is a TypeError, its cause says whether the certificate was refused.
      if (answer.kind === 'failed') {
        throw new TypeError(`sync request failed: ${answer.detail}`, {
          cause: { code: answer.failure === 'certificate' ? 'ERR_CERT' : 'ERR_UNREACHABLE' },
        });
      }
      return new Response(answer.body, {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    },
  };
}
