// Runs before `npm start`: Electron 45 downloads its binary on first use, not at install, and
// electron-vite's preview stops with "Error: Electron uninstall" when node_modules/electron/path.txt
// is missing. So the download runs here, through Electron's own installer, with a clear message in
// German and English when it fails (offline, GitHub blocked, proxy) and the browser mode as a way on.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DOWNLOAD_FAILED = [
  'Die Desktop-Laufzeit (Electron) konnte nicht heruntergeladen werden.',
  'Prüfen Sie die Internetverbindung (Zugriff auf github.com) und starten Sie „npm start“ erneut.',
  'Dieselbe App startet auch im Browser: npm run start:web',
  '',
  'The desktop runtime (Electron) could not be downloaded.',
  'Check the internet connection (access to github.com) and run "npm start" again.',
  'The same app also starts in the browser: npm run start:web',
].join('\n');

/** Whether Electron's binary is there as electron-vite finds it: path.txt naming an existing file. */
export function electronInstalled(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  return executable !== '' && existsSync(join(electronDir, 'dist', executable));
}

/** Electron's own installer (node_modules/electron/install.js); true when it finished without error. */
export function runElectronInstaller(electronDir) {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  return result.status === 0;
}

/**
 * Downloads Electron when it is missing. Returns the exit code: 0 when Electron is ready, 1 (after
 * printing DOWNLOAD_FAILED) when the download failed or left no binary.
 */
export async function ensureElectron({ isInstalled, download, log, logError }) {
  if (isInstalled()) return 0;
  log(
    'Die Desktop-Laufzeit (Electron) wird einmalig heruntergeladen … / Downloading the desktop runtime (Electron) once …',
  );
  let downloaded = false;
  try {
    downloaded = await download();
  } catch {
    downloaded = false;
  }
  if (downloaded && isInstalled()) return 0;
  logError(`\n${DOWNLOAD_FAILED}\n`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // package.json, not the package itself: requiring 'electron' would start its own download.
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  process.exitCode = await ensureElectron({
    isInstalled: () => electronInstalled(electronDir),
    download: () => runElectronInstaller(electronDir),
    log: (line) => process.stdout.write(`${line}\n`),
    logError: (line) => process.stderr.write(`${line}\n`),
  });
}
