import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, test, type Page } from './fixtures';
import { ageDecrypt, splitBackup } from './support/ageCli';
import { expectNoSeriousA11yViolations } from './support/axe';

interface BackupPayload {
  tables: Record<string, Array<{ id: string; payload: { data: Record<string, unknown> } }>>;
}

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Datensicherung' })).toBeVisible();
}

/** "Sicherung erstellen": returns the passphrase shown and the downloaded file's path. */
async function createBackup(page: Page, dir: string): Promise<{ passphrase: string; path: string }> {
  await openSettings(page);
  await page.getByRole('button', { name: 'Sicherung erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sicherung erstellen' });
  const field = dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' });
  const passphrase = await field.inputValue();
  expect(passphrase).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  // Focus starts in the suggested passphrase: Enter creates the backup.
  await expect(field).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^anlaufstelle-sicherung-\d{4}-\d{2}-\d{2}-\d{4}\.age$/);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByText(/^Sicherung gespeichert: anlaufstelle-sicherung-/)).toBeVisible();
  await expect(dialog).toBeHidden();
  return { passphrase, path };
}

async function readWithAge(path: string, passphrase: string) {
  const { manifest, payload } = splitBackup(await ageDecrypt(path, passphrase));
  expect(createHash('sha256').update(payload).digest('hex')).toBe(manifest.payloadSha256);
  return { manifest, payload: JSON.parse(payload.toString('utf8')) as BackupPayload };
}

const subjectsIn = (payload: BackupPayload) =>
  payload.tables.inquiries!.map((r) => r.payload.data.subject as string).sort();

test('a backup opens with the standard age tool and holds the app data; restore replaces later changes after a safety backup', async ({
  app: { page, vault, inquiries },
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'anlaufstelle-backup-'));
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Diskriminierung / Konflikt / Sicherheit',
    subject: 'Beratung für Familie Öztürk',
    notes: 'Rückruf bei Frau Weiß vereinbart.',
  });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Sprachkurs für Eltern',
  });

  const { passphrase, path } = await createBackup(page, dir);

  // The standard tool opens it; manifest and records match what the app shows.
  const { manifest, payload } = await readWithAge(path, passphrase);
  expect(manifest).toMatchObject({ kind: 'anlaufstelle-backup', format: 1, appVersion: '0.1.0' });
  expect((manifest.counts as Record<string, number>).inquiries).toBe(2);
  expect(Date.now() - Date.parse(manifest.createdAt as string)).toBeLessThan(120_000);
  expect(subjectsIn(payload)).toEqual(['Beratung für Familie Öztürk', 'Sprachkurs für Eltern']);
  const oeztuerk = payload.tables.inquiries!.find(
    (r) => r.payload.data.subject === 'Beratung für Familie Öztürk',
  )!;
  expect(oeztuerk.payload.data.notes).toBe('Rückruf bei Frau Weiß vereinbart.');
  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();

  // A later change, then restore.
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Nach der Sicherung erfasst',
  });
  await openSettings(page);
  await page.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });

  // Wrong files and a wrong passphrase get clear German messages and change nothing.
  await dialog.getByLabel('Sicherungsdatei wählen').setInputFiles({
    name: 'kontakte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name;Vorname\nWeiß;Jürgen\n'),
  });
  await dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill(passphrase);
  await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/keine Anlaufstelle-Sicherung/);
  await dialog.getByLabel('Sicherungsdatei wählen').setInputFiles(path);
  await dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill('FALSCH-FALSCH-FALSCH');
  await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Die Passphrase passt nicht zu dieser Sicherung/);

  await dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill(passphrase);
  await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(dialog.getByRole('row', { name: /Anfragen/ })).toContainText('2');
  await expect(dialog.getByRole('row', { name: /Erstellt am/ })).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  await expect(dialog.getByText(/werden alle aktuellen Daten durch die Sicherung ersetzt/)).toBeVisible();
  const replace = dialog.getByRole('button', { name: 'Aktuellen Stand sichern und ersetzen' });
  await expect(replace).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'Sicherung wiederherstellen: Vorschau');
  // The confirmation is scrolled into view with the preview, or the disabled button looks dead.
  const confirm = dialog.getByLabel('Ich möchte die aktuellen Daten durch die Sicherung ersetzen.');
  await expect(confirm).toBeInViewport();
  await confirm.check();
  // The safety backup gets its own generated passphrase, shown before anything is written (by
  // design no longer the incoming file's, which may be weak).
  const safetyPassphrase = await dialog
    .getByRole('textbox', { name: 'Passphrase für die Sicherung des aktuellen Stands' })
    .inputValue();
  expect(safetyPassphrase).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  expect(safetyPassphrase).not.toBe(passphrase);
  await expect(dialog.getByRole('button', { name: 'Passphrase drucken' })).toBeVisible();
  const safetyDownload = page.waitForEvent('download');
  await replace.click();
  const safety = await safetyDownload;
  expect(safety.suggestedFilename()).toMatch(/^anlaufstelle-vor-wiederherstellung-/);
  const safetyPath = join(dir, safety.suggestedFilename());
  await safety.saveAs(safetyPath);
  await expect(
    page.getByText(
      `Sicherung wiederhergestellt. Der vorherige Stand wurde als „${safety.suggestedFilename()}“`,
    ),
  ).toBeVisible();

  // The safety backup holds the state before the restore (three inquiries), under its own passphrase.
  await expect(readWithAge(safetyPath, passphrase)).rejects.toThrow();
  expect(subjectsIn((await readWithAge(safetyPath, safetyPassphrase)).payload)).toEqual([
    'Beratung für Familie Öztürk',
    'Nach der Sicherung erfasst',
    'Sprachkurs für Eltern',
  ]);

  await inquiries.goto();
  await expect(page.getByText('2 Anfragen', { exact: true })).toBeVisible();
  await expect(inquiries.row('Nach der Sicherung erfasst')).toHaveCount(0);
  await page.reload();
  await vault.unlock();
  await inquiries.goto();
  await expect(inquiries.row('Beratung für Familie Öztürk')).toBeVisible();
  await expect(inquiries.row('Nach der Sicherung erfasst')).toHaveCount(0);
});

test('a backup moves the data to a new, empty vault (e.g. a new computer)', async ({
  app: { page, inquiries },
  browser,
}) => {
  test.slow(); // two vaults set up (Argon2id) and a backup written and read (scrypt) on two shared cores
  const dir = mkdtempSync(join(tmpdir(), 'anlaufstelle-backup-'));
  await inquiries.create({
    requester: 'Verein / Initiative',
    topic: 'Fördermittel',
    subject: 'Antrag Begegnungsfest',
  });
  const { passphrase, path } = await createBackup(page, dir);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  try {
    const otherApp = await openApp(other, { password: 'Anderes-Gerät-Passwort-2026!' });
    await openSettings(other);
    await other.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
    const dialog = other.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
    await dialog.getByLabel('Sicherungsdatei wählen').setInputFiles(path);
    await dialog
      .getByRole('textbox', { name: 'Passphrase für die Sicherung' })
      .fill(passphrase.toLowerCase());
    await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/Groß- und Kleinschreibung/);
    await dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill(passphrase);
    await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
    await expect(dialog.getByRole('row', { name: /Anfragen/ })).toContainText('1');
    // Empty vault: no replace warning, no safety backup.
    await expect(dialog.getByText(/werden alle aktuellen Daten/)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Wiederherstellen' }).click();
    await expect(other.getByText('Sicherung wiederhergestellt')).toBeVisible();
    await otherApp.inquiries.goto();
    await expect(otherApp.inquiries.row('Antrag Begegnungsfest')).toContainText('Verein / Initiative');
  } finally {
    await fresh.close();
  }
});
