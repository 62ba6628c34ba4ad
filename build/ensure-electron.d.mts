// Types for build/ensure-electron.mjs (plain JavaScript, as it runs before anything is built).
export declare const DOWNLOAD_FAILED: string;
export declare function electronInstalled(electronDir: string): boolean;
export declare function runElectronInstaller(electronDir: string): boolean;
export declare function ensureElectron(deps: {
  isInstalled: () => boolean;
  download: () => boolean | Promise<boolean>;
  log: (line: string) => void;
  logError: (line: string) => void;
}): Promise<number>;
