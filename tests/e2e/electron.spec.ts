import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { PASSWORD } from './pages/VaultPage';

const root = resolve(import.meta.dirname, '../..');
const electronDir = join(root, 'node_modules/electron');

/** The Electron binary, only if it was already downloaded (never triggers a download). */
function electronBinary(): string | undefined {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const SKIP_REASON =
  'Electron binary not installed on this machine (its download is blocked here); the same UI is covered in Chromium.';

test('desktop shell: hardened window on app://, a vault and an inquiry, the menu, a file saved through the native dialog, quit', async () => {
  if (!binary) console.log(`Skipping Electron smoke test: ${SKIP_REASON}`);
  test.skip(!binary, SKIP_REASON);
  // The portable build's data folder (beside the "executable"): a fresh vault, nothing in the profile.
  const portableDir = await mkdtemp(join(tmpdir(), 'anlaufstelle-electron-'));
  const dataDir = join(portableDir, 'Anlaufstelle-Daten');
  const exported = join(portableDir, 'Export', 'Wiedervorlagen.ics');
  const app = await electron.launch({
    executablePath: binary,
    args: [join(root, 'out/main/index.js'), '--no-sandbox'],
    env: { ...process.env, PORTABLE_EXECUTABLE_DIR: portableDir },
  });
  try {
    expect(await app.evaluate(({ app }) => app.getPath('userData'))).toBe(dataDir);
    const window = await app.firstWindow();
    expect(window.url()).toMatch(/^app:\/\/anlaufstelle\//);
    // No Node in the page (nodeIntegration off, sandbox on); only the contract's api crosses the bridge.
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await window.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');

    await window.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
    await window.getByLabel('Passwort wiederholen').fill(PASSWORD);
    await window.getByRole('button', { name: 'Tresor anlegen' }).click();
    await window.getByLabel(/sicher aufbewahrt/).check();
    await window.getByRole('button', { name: 'Weiter' }).click();
    await window.keyboard.press('Control+n');
    await window.getByRole('combobox', { name: 'Anfragende Stelle' }).fill('Polizei');
    await window.keyboard.press('Enter');
    await window.getByRole('combobox', { name: 'Themen' }).fill('Sicherheit');
    await window.keyboard.press('Enter');
    await window.getByRole('textbox', { name: 'Betreff' }).fill('Desktop-Rauchtest');
    await window.keyboard.press('Control+Enter');
    await expect(window.getByRole('row').filter({ hasText: 'Desktop-Rauchtest' })).toBeVisible();

    // The German menu reaches the renderer: Hilfe → Über Anlaufstelle.
    await app.evaluate(({ Menu }) => {
      const help = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Hilfe');
      help?.submenu?.items.find((item) => item.label === 'Über Anlaufstelle')?.click();
    });
    const about = window.getByRole('dialog', { name: 'Über Anlaufstelle' });
    await expect(about.getByTestId('about-version')).toContainText('Desktop-App');
    await about.getByRole('button', { name: 'Schließen' }).click();

    // A file saved through the native dialog, stubbed in main to answer with a chosen path.
    await app.evaluate(async ({ dialog }, filePath) => {
      const { mkdir } = await import('node:fs/promises');
      const { dirname } = await import('node:path');
      await mkdir(dirname(filePath), { recursive: true });
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, exported);
    await window.getByRole('link', { name: 'Wiedervorlagen' }).click();
    await window.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
    await window.getByRole('dialog').getByRole('textbox', { name: 'Titel' }).fill('Rückruf Polizei');
    await window.keyboard.press('Control+Enter');
    await expect(window.getByText('Wiedervorlage gespeichert')).toBeVisible();
    await window.getByRole('button', { name: 'Als Kalenderdatei exportieren' }).click();
    await window
      .getByRole('dialog', { name: 'Kalenderdatei exportieren' })
      .getByRole('button', { name: 'Exportieren' })
      .click();
    await expect(window.getByText('Kalenderdatei mit 1 Wiedervorlagen erstellt')).toBeVisible();
    expect(await readFile(exported, 'utf8')).toContain('SUMMARY:Wiedervorlage: Rückruf Polizei');
    // Written atomically: no temporary file left beside it.
    expect(await readdir(join(portableDir, 'Export'))).toEqual(['Wiedervorlagen.ics']);
  } finally {
    await app.close();
  }
  // Quitting saved the window state into the data folder.
  expect(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({
    maximized: false,
  });
  await rm(portableDir, { recursive: true, force: true });
});
