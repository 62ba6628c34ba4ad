import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealBackupFile } from '../../shared/backup/ageFile';
import { encodeBackup, type BackupTables } from '../../shared/backup/format';
import { generateInquiries } from '../../shared/demo/dataset';
import { RECORD_TABLES } from '../../shared/storage/envelope';
import { expect, screensOf, test } from './fixtures';

const PASSPHRASE = 'ABSTURZ-TEST-4711-ZUVERSICHT';
const LARGE = 40_000;

test('closing the page in the middle of a large restore leaves the vault whole: the old data or all of the backup, never half', async ({
  context,
  app: { page, inquiries, settings },
}) => {
  test.setTimeout(180_000);
  // A large backup, written by the app's own format code in Node (the reader in the page checks it).
  const tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as BackupTables;
  tables.inquiries = generateInquiries(LARGE);
  const path = join(mkdtempSync(join(tmpdir(), 'anlaufstelle-crash-')), 'gross.age');
  writeFileSync(
    path,
    await sealBackupFile(
      await encodeBackup(tables, { appVersion: '0.1.0', createdAt: new Date() }),
      PASSPHRASE,
    ),
  );

  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Vor dem Absturz erfasst',
  });

  await settings.goto();
  await page.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
  await dialog.getByLabel('Sicherungsdatei wählen').setInputFiles(path);
  await dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(dialog.getByRole('row', { name: /Anfragen/ })).toContainText('40.000', { timeout: 60_000 });
  await dialog.getByLabel('Ich möchte die aktuellen Daten durch die Sicherung ersetzen.').check();
  await dialog.getByRole('button', { name: 'Aktuellen Stand sichern und ersetzen' }).click();
  // Progress is shown while the work runs; close the page once the rows are being written.
  await expect(dialog.getByRole('status')).toContainText('Daten werden geschrieben', { timeout: 60_000 });
  // The progress line sits below the preview in the scrolling dialog: it must be in view (all but sub-pixels).
  await expect(dialog.getByRole('status')).toBeInViewport({ ratio: 0.95 });
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  const { vault, inquiries: reopened } = screensOf(again);
  await again.goto('/');
  await vault.unlock();
  await reopened.goto();
  const count = again.getByText(/^[\d.]+ Anfragen?$/);
  await expect(count).toBeVisible({ timeout: 30_000 });
  const shown = (await count.textContent())!;
  console.log(`after closing mid-restore the vault shows: ${shown}`);
  expect(['1 Anfrage', '40.000 Anfragen']).toContain(shown);
  if (shown === '1 Anfrage') await expect(reopened.row('Vor dem Absturz erfasst')).toBeVisible();
  else await expect(reopened.row('Vor dem Absturz erfasst')).toHaveCount(0);
});
