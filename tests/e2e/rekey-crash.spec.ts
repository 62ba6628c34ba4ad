// Closing the window while a large vault is re-keyed: early, in the middle, and once every row is
// written. Each time, reopening with the password gives the whole vault — the old or the new one —
// and leaves no other database of it behind.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sealBackupFile } from '../../shared/backup/ageFile';
import { encodeBackup, type BackupTables } from '../../shared/backup/format';
import { generateInquiries } from '../../shared/demo/dataset';
import { RECORD_TABLES } from '../../shared/storage/envelope';
import { PACK_RECORDS } from '../../shared/storage/pack';
import { InquiriesPage } from './pages/InquiriesPage';
import { RekeyPage } from './pages/RekeyPage';
import { VaultPage } from './pages/VaultPage';
import { readVaultStorage } from './support/vaultStorage';

const PASSPHRASE = 'ABSTURZ-TEST-4711-ZUVERSICHT';
const LARGE = Number(process.env.CRASH_RECORDS ?? 40_000);
const KNOWN = 'Bekannter Eintrag Absturzprobe';

/** The vault opens whole: all records, the known one among them, and one database only. */
async function expectWholeVault(page: Page, step: string) {
  await new VaultPage(page).unlock(undefined, { timeout: 120_000 });
  const storage = await readVaultStorage(page, undefined, { ciphertexts: false });
  expect(storage.databases, `databases after closing ${step}`).toEqual([storage.current]);
  // Restored and re-keyed records lie in packs of PACK_RECORDS (their ids sealed inside).
  expect(storage.rows.filter((r) => r.store === 'packs' && r.id.startsWith('pack|inquiries|'))).toHaveLength(
    Math.ceil(LARGE / PACK_RECORDS),
  );
  expect(new Set(storage.rows.map((r) => r.keyId))).toEqual(new Set(storage.headerKeyIds));
  const inquiries = new InquiriesPage(page);
  await inquiries.goto();
  await expect(page.getByText(`${LARGE.toLocaleString('de-DE')} Anfragen`, { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('searchbox', { name: 'Suche in Anfragen' }).fill(KNOWN);
  await expect(inquiries.row(KNOWN)).toBeVisible({ timeout: 30_000 });
  return storage.headerKeyIds[0]!;
}

test('closing the page while a 40,000-record vault is re-keyed leaves the old or the new vault, whole', async ({
  context,
  page,
}) => {
  // About 4 minutes on an idle 2-core machine, 9 under heavy load.
  test.setTimeout(900_000);
  const started = Date.now();
  const lap = (what: string) => console.log(`${((Date.now() - started) / 1000).toFixed(0)} s: ${what}`);
  const tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as BackupTables;
  tables.inquiries = generateInquiries(LARGE);
  (tables.inquiries[Math.floor(LARGE / 3)]!.payload as { data: { subject: string } }).data.subject = KNOWN;
  const path = join(mkdtempSync(join(tmpdir(), 'anlaufstelle-rekey-crash-')), 'gross.age');
  writeFileSync(
    path,
    await sealBackupFile(
      await encodeBackup(tables, { appVersion: '0.1.0', createdAt: new Date() }),
      PASSPHRASE,
    ),
  );

  await page.goto('/');
  await new VaultPage(page).setUp();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
  const restore = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
  await restore.getByLabel('Sicherungsdatei wählen').setInputFiles(path);
  await restore.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill(PASSPHRASE);
  await restore.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(restore.getByRole('row', { name: /Anfragen/ })).toContainText(LARGE.toLocaleString('de-DE'), {
    timeout: 60_000,
  });
  // The vault is empty, so the backup is restored straight away (nothing to replace or save first).
  await restore.getByRole('button', { name: 'Wiederherstellen' }).click();
  await expect(page.getByText(/^Sicherung wiederhergestellt/)).toBeVisible({ timeout: 120_000 });

  lap('40,000 records restored');
  let current = page;
  let keyId = (await readVaultStorage(current, undefined, { ciphertexts: false })).headerKeyIds[0]!;
  const outcomes: string[] = [];
  // Close when this much of the progress bar is filled (100: every row written, the switch pending).
  for (const percent of [10, 50, 100]) {
    const rekey = new RekeyPage(current);
    const dialog = await rekey.startOnDemand();
    await current.waitForFunction(
      (min) => {
        const bar = document.querySelector('[role="dialog"] [role="progressbar"][aria-valuenow]');
        return Number(bar?.getAttribute('aria-valuenow')) >= min;
      },
      percent,
      { polling: 'raf', timeout: 120_000 },
    );
    await expect(dialog).toBeVisible();
    await current.close({ runBeforeUnload: false });
    current = await context.newPage();
    await current.goto('/');
    const now = await expectWholeVault(current, `at ${percent} %`);
    outcomes.push(`${percent} %: ${now === keyId ? 'old vault' : 'new vault'}`);
    lap(`closed at ${percent} % and reopened whole`);
    keyId = now;
  }
  console.log(`re-keying closed at ${outcomes.join(', ')}`);

  // Once more to the end: the vault is re-keyed and still whole.
  const rekey = new RekeyPage(current);
  const dialog = await rekey.startOnDemand();
  await rekey.expectDone(dialog);
  await rekey.closeWithKeyboard(dialog);
  await current.reload();
  expect(await expectWholeVault(current, 'after a complete run')).not.toBe(keyId);
});
