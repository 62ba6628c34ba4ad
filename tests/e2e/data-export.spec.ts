import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { InquiriesPage } from './pages/InquiriesPage';
import { readWorkbook, sheetRecords, sheetRows } from '../support/readXlsx';

async function exportAs(page: Page, format: 'Excel' | 'JSON'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('button', { name: 'Alle Daten exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alle Daten exportieren' });
  await expect(dialog.getByText(/Die Exportdatei ist NICHT verschlüsselt/)).toBeVisible();
  await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
  const button = dialog.getByRole('button', { name: 'Exportieren' });
  await expect(button).toBeDisabled();
  await dialog.getByLabel('Ich habe verstanden, dass die Datei unverschlüsselt ist.').check();
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  await expect(page.getByText(/^Export gespeichert: /)).toBeVisible();
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('"Alle Daten exportieren" warns that the file is unencrypted and writes every record as XLSX and JSON', async ({
  app: { page },
}) => {
  await new InquiriesPage(page).create({
    requester: 'Polizei',
    topic: 'Diskriminierung / Konflikt / Sicherheit',
    subject: 'Beratung für Familie Öztürk',
    notes: 'Rückruf bei Frau Weiß.',
  });

  const xlsx = await exportAs(page, 'Excel');
  expect(xlsx.name).toMatch(/^anlaufstelle-export-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // Read back with an independent reader (read-excel-file), not exceljs.
  const workbook = await readWorkbook(xlsx.bytes);
  expect([...workbook.keys()]).toEqual(expect.arrayContaining(['Anfragen', 'Wiedervorlagen', 'Personen']));
  const rows = sheetRecords(sheetRows(workbook, 'Anfragen'));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    subject: 'Beratung für Familie Öztürk',
    notes: 'Rückruf bei Frau Weiß.',
    requesterType: 'Polizei',
    topics: 'Diskriminierung / Konflikt / Sicherheit',
  });

  const json = await exportAs(page, 'JSON');
  expect(json.name).toMatch(/\.json$/);
  const parsed = JSON.parse(json.bytes.toString('utf8'));
  expect(parsed).toMatchObject({ kind: 'anlaufstelle-export', format: 1 });
  expect(parsed.tables.inquiries).toHaveLength(1);
  expect(parsed.tables.inquiries[0].payload.data.subject).toBe('Beratung für Familie Öztürk');
});
