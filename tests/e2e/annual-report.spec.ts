// The Jahresbericht end to end: data captured through the UI, figures on the page, the office's
// text kept encrypted across a lock, and every export read back with an independent reader.
import { expect, openApp, test } from './fixtures';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readWorkbook, sheetRows, sheetText } from '../support/readXlsx';

const MARKER = 'Vertraulich-Zx81';

test('the Jahresbericht shows the figures of captured inquiries and exports them as XLSX, CSV, DOCX and PDF', async ({
  app: { page, vault, inquiries, settings, report },
}) => {
  test.setTimeout(120_000);

  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('textbox', { name: 'Landkreis' }).fill('Landkreis Testkreis');
  await settings.save();

  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: `${MARKER} eins`,
    minutes: 30,
    notes: `${MARKER} Notiz`,
  });
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: `${MARKER} zwei`,
    minutes: 60,
  });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: `${MARKER} drei`,
  });

  await report.goto(); // its heading is "Berichte"
  const year = String(new Date().getFullYear());
  await expect(report.period()).toHaveText(`${year} (bis heute)`);
  const overview = report.table('Anfragen im Überblick');
  await expect(
    overview
      .getByRole('row')
      .filter({ hasText: /^Anfragen\d/ })
      .getByRole('cell'),
  ).toHaveText(['3', '0', '–']);
  await expect(
    overview.getByRole('row').filter({ hasText: 'Zeitaufwand für Anfragen' }).getByRole('cell'),
  ).toHaveText(['1,5', '0,0', '–']);
  const requesters = report.table('Anfragen nach anfragender Stelle');
  await expect(requesters.getByRole('row').filter({ hasText: 'Polizei' }).getByRole('cell')).toHaveText([
    '2',
    '0',
    '–',
  ]);
  await expect(page.getByText(MARKER)).toHaveCount(0);

  // The office's own words: saved encrypted when the field is left, still there after lock and unlock.
  const text = report.ownText('Anfragen und Einzelfallberatung');
  await text.fill('Die Polizei fragte dieses Jahr häufiger an.');
  await text.blur();
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Jahresbericht');
  await page.getByRole('button', { name: 'Sperren' }).click();
  await vault.unlock();
  await page.getByRole('navigation').getByRole('link', { name: 'Berichte' }).click();
  await expect(report.ownText('Anfragen und Einzelfallberatung')).toHaveValue(
    'Die Polizei fragte dieses Jahr häufiger an.',
  );

  // XLSX, read with read-excel-file (the app writes with exceljs).
  const book = await readWorkbook(await report.download('XLSX'));
  await expect(page.getByText('XLSX-Datei gespeichert.')).toBeVisible();
  const meta = sheetRows(book, 'Jahresbericht');
  expect(meta).toContainEqual(['Landkreis', 'Landkreis Testkreis']);
  expect(meta).toContainEqual([
    '2. Anfragen und Einzelfallberatung',
    'Die Polizei fragte dieses Jahr häufiger an.',
  ]);
  const overviewSheet = sheetRows(book, '2 Anfragen im Überblick');
  expect(overviewSheet.find((r) => r[0] === 'Anfragen')?.slice(0, 3)).toEqual(['Anfragen', 3, 0]);
  const requesterSheet = sheetRows(book, '2 Anfr. n. anfragender Stelle');
  expect(requesterSheet.find((r) => r[0] === 'Polizei')?.slice(0, 3)).toEqual(['Polizei', 2, 0]);

  // CSV, read with papaparse.
  const csv = (await report.download('CSV')).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows.find((r) => r[1] === 'Anfragen im Überblick' && r[2] === 'Anfragen')?.slice(4, 6)).toEqual([
    '3',
    '0',
  ]);
  expect(
    rows.find((r) => r[1] === 'Anfragen im Überblick' && r[2]?.startsWith('Zeitaufwand'))?.slice(4, 6),
  ).toEqual(['1,5', '0']);
  expect(
    rows.find((r) => r[1] === 'Anfragen nach Thema' && r[2] === 'Sprache / Sprachkurs')?.slice(4, 6),
  ).toEqual(['2', '0']);

  // DOCX, text extracted with mammoth.
  const { value: docText } = await mammoth.extractRawText({ buffer: await report.download('DOCX') });
  expect(docText).toContain('Die Polizei fragte dieses Jahr häufiger an.');
  expect(docText).toContain('Landkreis Testkreis');
  const lines = docText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const polizei = lines.indexOf('Polizei');
  expect(lines.slice(polizei, polizei + 3)).toEqual(['Polizei', '2', '0']);

  // PDF as Chromium prints the report view, text extracted with PDF.js (unpdf).
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const { text: pages, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  expect(totalPages).toBeGreaterThanOrEqual(8); // title page + seven sections, each on a new page
  expect(pages[0]).toContain(`Seite 1 von ${totalPages}`);
  expect(pages[0]).toContain('Landkreis Testkreis');
  expect(pages[0]).not.toContain('Berichtszeitraum\n'); // the toolbar is not printed
  const all = pages.join('\n');
  expect(all).toContain('Die Polizei fragte dieses Jahr häufiger an.');
  expect(all).toMatch(/Polizei\s+2\s+0\s+–/);
  expect(all).not.toContain('Eigener Text'); // the editing fields are screen-only

  // No export holds a record's free text.
  for (const exported of [
    sheetText(sheetRows(book, 'Jahresbericht')),
    ...[...book.values()].map(sheetText),
    csv,
    docText,
    all,
  ])
    expect(exported).not.toContain(MARKER);
});

test('the office’s own text of a year is there again after another period was shown, and typing on keeps it', async ({
  page,
}) => {
  const { vault, inquiries, report } = await openApp(page, { time: new Date('2025-06-10T09:00:00') });
  await inquiries.create({ requester: 'Polizei', topic: 'Sprache / Sprachkurs', subject: 'Frage zum Kurs' });
  await vault.reopenAt(new Date('2026-02-10T09:00:00'));
  await vault.unlock();
  await report.goto();
  await report.period().click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  const text = report.ownText('Anfragen und Einzelfallberatung');
  await text.fill('Erster Text.');
  await text.blur();
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();

  // This year has no text of its own; back to 2025, the words saved there are shown again (once the
  // field kept this year's empty draft, and the next words typed replaced the saved ones).
  await report.period().click();
  await page.getByRole('option', { name: '2026 (bis heute)' }).click();
  await expect(text).toHaveValue('');
  await report.period().click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  await expect(text).toHaveValue('Erster Text.');
  await text.press('End');
  await text.pressSequentially(' Ergänzung.');
  await text.blur();
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Heute' }).click();
  await report.goto();
  await report.period().click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  await expect(text).toHaveValue('Erster Text. Ergänzung.');

  // Typed and exported in one go: the click on "XLSX" leaves the field, and the export waits for that
  // save and for the report drawn with it.
  await text.press('End');
  await text.pressSequentially(' Dritter Satz.');
  const book = await readWorkbook(await report.download('XLSX'));
  expect(sheetRows(book, 'Jahresbericht')).toContainEqual([
    '2. Anfragen und Einzelfallberatung',
    'Erster Text. Ergänzung. Dritter Satz.',
  ]);
});
