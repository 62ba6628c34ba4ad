import type { FileFilter, HostApi } from './HostApi';

export const browserHost: HostApi = {
  kind: 'browser',
  async saveFile(
    suggestedName: string,
    data: Uint8Array<ArrayBuffer>,
    _filters: FileFilter[],
  ): Promise<boolean> {
    const url = URL.createObjectURL(new Blob([data]));
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      return true;
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  },
  async notify(): Promise<boolean> {
    return false;
  },
  onLockRequest(): () => void {
    return () => {};
  },
  async requestPersistentStorage(): Promise<boolean> {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return navigator.storage.persist();
  },
  async getAppInfo() {
    const version: unknown = import.meta.env.APP_VERSION;
    return { version: typeof version === 'string' ? version : '', platform: 'browser' };
  },
  onAppCommand(): () => void {
    return () => {};
  },
  async getGlobalShortcut() {
    return null;
  },
  async setGlobalShortcut() {
    return null;
  },
};
