// `npm start` first makes sure Electron's binary is there (build/ensure-electron.mjs, the prestart
// script). When the download fails, it says so in German and English, names the browser mode and
// exits non-zero instead of electron-vite's "Error: Electron uninstall".
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureElectron, electronInstalled } from '../../../build/ensure-electron.mjs';

function run(options: { installedAfterDownload: boolean; download: () => boolean | Promise<boolean> }) {
  let installed = false;
  const out: string[] = [];
  const errors: string[] = [];
  let downloads = 0;
  const code = ensureElectron({
    isInstalled: () => installed,
    download: async () => {
      downloads++;
      const ok = await options.download();
      installed = options.installedAfterDownload;
      return ok;
    },
    log: (line) => out.push(line),
    logError: (line) => errors.push(line),
  });
  return { code, out, errors, downloads: () => downloads };
}

describe('ensure-electron (prestart)', () => {
  it('a failed download prints German and English help naming npm run start:web, and exits 1', async () => {
    const { code, errors } = run({ installedAfterDownload: false, download: () => false });
    expect(await code).toBe(1);
    const text = errors.join('\n');
    expect(text).toContain('Die Desktop-Laufzeit (Electron) konnte nicht heruntergeladen werden.');
    expect(text).toContain('The desktop runtime (Electron) could not be downloaded.');
    expect(text.match(/npm run start:web/g)).toHaveLength(2);
  });

  it('a download that throws is reported the same way', async () => {
    const { code, errors } = run({
      installedAfterDownload: false,
      download: () => {
        throw new Error('getaddrinfo ENOTFOUND github.com');
      },
    });
    expect(await code).toBe(1);
    expect(errors.join('\n')).toContain('npm run start:web');
  });

  it('a download that reports success but leaves no binary is a failure too', async () => {
    const { code, errors } = run({ installedAfterDownload: false, download: () => true });
    expect(await code).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it('downloads once when missing and then lets npm start go on', async () => {
    const { code, out, errors, downloads } = run({ installedAfterDownload: true, download: () => true });
    expect(await code).toBe(0);
    expect(downloads()).toBe(1);
    expect(out.join('\n')).toContain('heruntergeladen');
    expect(errors).toEqual([]);
  });

  it('does nothing when Electron is there', async () => {
    let downloads = 0;
    const code = await ensureElectron({
      isInstalled: () => true,
      download: () => Boolean(++downloads),
      log: () => {},
      logError: () => {},
    });
    expect([code, downloads]).toEqual([0, 0]);
  });
});

describe('is Electron installed?', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-electron-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('only when path.txt names a binary that exists, as electron-vite reads it', async () => {
    expect(electronInstalled(dir)).toBe(false);
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(electronInstalled(dir)).toBe(false);
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    expect(electronInstalled(dir)).toBe(true);
  });
});
