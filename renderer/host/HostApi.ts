// The renderer's one door to the outside. Electron and the plain browser each implement it for real.
import type { AppCommand, ShortcutStatus } from '../../shared/ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type { AppCommand, ShortcutStatus };

/** A file the user picked: its bytes, or only its name and size (bytes) when it is larger than allowed. */
export type OpenedFile =
  | { status: 'opened'; name: string; data: Uint8Array<ArrayBuffer> }
  | { status: 'too-large'; name: string; size: number };

/** The outcome of an automatic backup; 'unsupported' in the browser (desktop only). */
export type AutoBackupResult = 'written' | 'no-folder' | 'failed' | 'unsupported';

export interface AppInfo {
  version: string;
  /** The OS (win32, darwin, linux) in the desktop app; 'browser' in the web mode. */
  platform: string;
}

/** Properties written into a PDF the desktop app saves (Chromium sets only the title). */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
}

export interface HostApi {
  readonly kind: 'desktop' | 'browser';
  /** Saves a file the user names; resolves false when they cancel. */
  saveFile(suggestedName: string, data: Uint8Array<ArrayBuffer>, filters: FileFilter[]): Promise<boolean>;
  /** Lets the user pick a file (native dialog / file input); null when they cancel. */
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenedFile | null>;
  /**
   * The current page as an A4 PDF with page numbers, saved where the user chooses (desktop);
   * the browser opens its print dialog instead. Resolves false when the user cancels, and in the
   * browser always (whether the dialog saved a file is not known: no "PDF erstellt." then).
   */
  printToPdf(suggestedName: string, metadata?: PdfMetadata): Promise<boolean>;
  /** An OS notification on the desktop; the browser host reports false so the app shows it itself. */
  notify(title: string, body: string): Promise<boolean>;
  /** The OS asks to lock (screen locked, suspend). */
  onLockRequest(listener: () => void): () => void;
  /** Asks the browser not to evict the vault's storage. */
  requestPersistentStorage(): Promise<boolean>;
  /** The app's version and platform (for "Über Anlaufstelle"). */
  getAppInfo(): Promise<AppInfo>;
  /** Tells the desktop app the UI language, so its own dialogs (leave prompt) speak it; browser: no-op. */
  setLanguage(language: 'de' | 'en'): Promise<void>;
  /** Commands from the desktop menu and global shortcut; the browser has none (no-op unsubscribe). */
  onAppCommand(listener: (command: AppCommand) => void): () => void;
  /** The global quick-capture shortcut; null in the browser (desktop only). */
  getGlobalShortcut(): Promise<ShortcutStatus | null>;
  /** Sets (or with null turns off) the global shortcut; a taken one is reported in the status. */
  setGlobalShortcut(accelerator: string | null): Promise<ShortcutStatus | null>;
  /** Lets the user pick the folder for automatic backups (desktop); null when cancelled or in the browser. */
  chooseBackupFolder(): Promise<string | null>;
  /** The chosen backup folder, or null (none chosen, or the browser). */
  backupFolder(): Promise<string | null>;
  /**
   * Writes an automatic backup (an age file) into the chosen folder, atomically, then keeps 7 daily,
   * 4 weekly and 12 monthly backups there. The desktop app names the file itself, with its own clock.
   */
  writeAutoBackup(data: Uint8Array<ArrayBuffer>): Promise<AutoBackupResult>;
  /** When the newest automatic backup in the folder was made; null when none (or the browser). */
  lastAutoBackupAt(): Promise<Date | null>;
  /**
   * Team sync's HTTP to the office's server: the desktop app sends it through its main process (the
   * window itself may not connect anywhere); the browser uses fetch (the server must allow CORS).
   */
  syncFetch(url: string, init: RequestInit): Promise<Response>;
}
