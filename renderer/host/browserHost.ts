import type { AutoBackupResult, FileFilter, HostApi, OpenedFile } from './HostApi';

/** A hidden <input type=file>, added for the moment of the choice; null when the user cancels. */
function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.hidden = true;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

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
  async openFile(filters: FileFilter[], maxBytes: number): Promise<OpenedFile | null> {
    const file = await pickFile(filters);
    if (!file) return null;
    if (file.size > maxBytes) return { status: 'too-large', name: file.name, size: file.size };
    return { status: 'opened', name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
  },
  async printToPdf(): Promise<boolean> {
    window.print();
    return false;
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
  async setLanguage(): Promise<void> {
    // The browser asks before leaving in its own language.
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
  // Automatic backups need the file system: "nur in der Desktop-App" (desktop.desktopOnly).
  async chooseBackupFolder() {
    return null;
  },
  async backupFolder() {
    return null;
  },
  async writeAutoBackup(): Promise<AutoBackupResult> {
    return 'unsupported';
  },
  async lastAutoBackupAt() {
    return null;
  },
  syncFetch(url, init) {
    return globalThis.fetch(url, init);
  },
};
