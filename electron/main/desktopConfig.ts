// Desktop settings that are not personal data and must work before the vault is unlocked: the
// global shortcut and the folder for automatic backups. Kept in desktop.json in the user-data folder.
import { z } from 'zod';
import { DEFAULT_GLOBAL_SHORTCUT, isValidGlobalAccelerator } from '../../shared/desktop/accelerator';

export interface DesktopConfig {
  globalShortcut: string | null;
  backupFolder: string | null;
}

export const DEFAULT_DESKTOP_CONFIG: DesktopConfig = {
  globalShortcut: DEFAULT_GLOBAL_SHORTCUT,
  backupFolder: null,
};

const fields = {
  globalShortcut: z.string().refine(isValidGlobalAccelerator).nullable(),
  backupFolder: z.string().min(1).max(4096).nullable(),
};

/** Each field on its own: a damaged field falls back to its default, the others are kept. */
export function parseDesktopConfig(raw: unknown): DesktopConfig {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof DesktopConfig>(key: K): DesktopConfig[K] => {
    const parsed = fields[key].safeParse(source[key]);
    return parsed.success ? (parsed.data as DesktopConfig[K]) : DEFAULT_DESKTOP_CONFIG[key];
  };
  return { globalShortcut: pick('globalShortcut'), backupFolder: pick('backupFolder') };
}

export interface DesktopConfigStore {
  get(): DesktopConfig;
  update(patch: Partial<DesktopConfig>): Promise<DesktopConfig>;
}

/** Holds the config in memory; updates are written one after another, each atomically. */
export function createDesktopConfigStore(
  initial: DesktopConfig,
  write: (config: DesktopConfig) => Promise<void>,
): DesktopConfigStore {
  let config = initial;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => config,
    update(patch) {
      config = { ...config, ...patch };
      const snapshot = config;
      const done = queue.then(() => write(snapshot));
      queue = done.catch(() => {});
      return done.then(() => snapshot);
    },
  };
}
