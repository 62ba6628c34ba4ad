// The renderer's one door to the outside. Electron and the plain browser each implement it for real.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface HostApi {
  readonly kind: 'desktop' | 'browser';
  /** Saves a file the user names; resolves false when they cancel. */
  saveFile(suggestedName: string, data: Uint8Array<ArrayBuffer>, filters: FileFilter[]): Promise<boolean>;
  /** An OS notification on the desktop; the browser host reports false so the app shows it itself. */
  notify(title: string, body: string): Promise<boolean>;
  /** Saves the current view as a PDF (desktop: printToPDF and a save dialog; browser: the print dialog). */
  printToPdf(suggestedName: string): Promise<boolean>;
  /** The OS asks to lock (screen locked, suspend). */
  onLockRequest(listener: () => void): () => void;
  /** Asks the browser not to evict the vault's storage. */
  requestPersistentStorage(): Promise<boolean>;
}
