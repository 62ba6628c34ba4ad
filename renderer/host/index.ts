import type { DesktopApi } from '../../shared/ipc/contract';
import { browserHost } from './browserHost';
import { createElectronHost } from './electronHost';
import type { HostApi } from './HostApi';

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

export const host: HostApi = window.api ? createElectronHost(window.api) : browserHost;
export type {
  AppCommand,
  AppInfo,
  AutoBackupResult,
  HostApi,
  FileFilter,
  OpenedFile,
  ShortcutStatus,
} from './HostApi';
