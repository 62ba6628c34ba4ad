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
    async printToPdf(suggestedName) {
      const { saved } = await api.invoke('file:printToPdf', { suggestedName });
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
  };
}
