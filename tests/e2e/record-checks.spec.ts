// Records are checked before they reach the screen: a crafted backup is refused in the restore
// dialog with a German message and the app keeps working; a screen that fails to render shows a
// German message with restore and export on the same page, never a blank window.
import { expect, test, type Page } from './fixtures';
import { sealBackupFile } from '../../shared/backup/ageFile';
import { encodeBackup } from '../../shared/backup/format';
import { inquiryPayload, validTables } from '../unit/shared/recordFixtures';
import { InquiriesPage } from './pages/InquiriesPage';
import { VaultPage } from './pages/VaultPage';

const PASSPHRASE = 'K7QM-2XHD-9PRT-W4NB-6FJC-A1B2';

/** A backup of 17 inquiries whose 17th has no receipt time. */
async function craftedBackup(): Promise<Buffer> {
  const tables = validTables();
  tables.inquiries = Array.from({ length: 17 }, (_v, i) => ({
    id: `i-${i + 1}`,
    payload: inquiryPayload(`Fremde Anfrage ${i + 1}`),
  }));
  const { receivedAt: _gone, ...data } = inquiryPayload('Ohne Eingangsdatum').data;
  tables.inquiries[16]!.payload = { ...inquiryPayload('x'), data };
  const plaintext = await encodeBackup(tables, { appVersion: '0.1.0', createdAt: new Date() });
  return Buffer.from(await sealBackupFile(plaintext, PASSPHRASE, undefined, 10));
}

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Datensicherung' })).toBeVisible();
}

test('a crafted backup is refused with a German message naming the entry; nothing changes and the app still opens', async ({
  page,
}) => {
  const vault = new VaultPage(page);
  const inquiries = new InquiriesPage(page);
  await page.goto('/');
  await vault.setUp();
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: 'Eigene Anfrage vor dem Versuch',
  });

  await openSettings(page);
  await page.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
  await dialog.getByLabel('Sicherungsdatei wählen').setInputFiles({
    name: 'praepariert.age',
    mimeType: 'application/octet-stream',
    buffer: await craftedBackup(),
  });
  await dialog.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Sicherung abgelehnt: Anfrage Nr. 17 ist ungültig (Feld ‚receivedAt‘ fehlt). Es wurde nichts verändert.',
  );
  await expect(dialog.getByRole('button', { name: /ersetzen|Wiederherstellen/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  await page.reload();
  await vault.unlock();
  await inquiries.goto();
  await expect(page.getByText('1 Anfrage', { exact: true })).toBeVisible();
  await expect(inquiries.row('Eigene Anfrage vor dem Versuch')).toBeVisible();
  await expect(inquiries.row('Fremde Anfrage 1')).toHaveCount(0);
});

test('a screen that fails to render shows a German message with restore and export, and the rest of the app works', async ({
  app: { page },
}) => {
  // Only the dashboard's chart cards use IntersectionObserver (to draw charts as they scroll into
  // view): when it fails, that one screen throws while it is shown.
  await page.evaluate(() => {
    window.IntersectionObserver = class {
      constructor() {
        throw new Error('IntersectionObserver unavailable');
      }
    } as unknown as typeof IntersectionObserver;
  });
  await page.getByRole('link', { name: 'Auswertung' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Diese Ansicht konnte nicht angezeigt werden' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Ihre gespeicherten Daten sind davon nicht betroffen.');
  await expect(page.getByRole('button', { name: 'Sicherung wiederherstellen' })).toBeVisible();
  await page.getByRole('button', { name: 'Alle Daten exportieren' }).click();
  await expect(page.getByRole('dialog', { name: 'Alle Daten exportieren' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Another screen renders normally.
  await page.getByRole('link', { name: 'Anfragen' }).click();
  await expect(page.getByRole('heading', { name: 'Anfragen', level: 1 })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
