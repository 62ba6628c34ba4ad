// Where the app keeps its data (the encrypted IndexedDB vault, window state, desktop settings).
// Installed: the per-user app-data folder (%APPDATA%\Anlaufstelle, ~/.config/Anlaufstelle,
// ~/Library/Application Support/Anlaufstelle). Portable exe: a folder beside the executable, so the
// data travels with the program (electron-builder's portable launcher sets PORTABLE_EXECUTABLE_DIR).
import { isAbsolute, join } from 'node:path';

export const PORTABLE_DATA_FOLDER = 'Anlaufstelle-Daten';

export interface DataFolder {
  path: string;
  portable: boolean;
}

export function resolveDataFolder(
  env: Readonly<Record<string, string | undefined>>,
  defaultUserData: string,
): DataFolder {
  const portableDir = env.PORTABLE_EXECUTABLE_DIR?.trim();
  if (portableDir && isAbsolute(portableDir)) {
    return { path: join(portableDir, PORTABLE_DATA_FOLDER), portable: true };
  }
  return { path: defaultUserData, portable: false };
}

export interface PathSetter {
  getPath(name: 'userData'): string;
  setPath(name: 'userData' | 'sessionData', path: string): void;
}

/**
 * Points Electron's profile (userData, and sessionData where IndexedDB lives) at the data folder.
 * Must run before the app is ready. Electron throws for a folder that does not exist, so the
 * portable folder is created first.
 */
export function applyDataFolder(
  app: PathSetter,
  env: Readonly<Record<string, string | undefined>>,
  mkdir: (path: string) => void,
): DataFolder {
  const folder = resolveDataFolder(env, app.getPath('userData'));
  if (folder.portable) mkdir(folder.path);
  app.setPath('userData', folder.path);
  app.setPath('sessionData', folder.path);
  return folder;
}
