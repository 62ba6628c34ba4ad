// Berichtsprofile end to end on the demo: switching the profile lays out the same log another way,
// with the same figures where two profiles share a table, each profile's own words, and all four
// exports of a profile read back with independent readers.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readWorkbook, sheetText } from '../support/readXlsx';

const MARKER = 'Vertraulich-Pq47';

async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A table's rows on the page as [label, current, previous]. */
async function pageRows(page: Page, table: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: table, exact: true }).locator('tbody tr');
  return (await rows.allInnerTexts()).map((r) =>
    r
      .split('\t')
      .map((c) => c.trim())
      .slice(0, 3),
  );
}

test('a profile lays out the same log its own way, and its four exports read back with the same figures', async ({
  screens: { page, inquiries, report },
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(page.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 60_000 });
  await inquiries.goto();
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: `${MARKER} Betreff`,
  });

  await report.goto();
  await choose(page, 'Berichtszeitraum', '2025');
  const volunteersJahresbericht = await pageRows(page, 'Integrationslotsen im Überblick');
  expect(Number(volunteersJahresbericht[0]![1])).toBeGreaterThan(5);

  await choose(page, 'Berichtsprofil', 'Integrationslotsen');
  const doc = report.titlePage();
  await expect(page.getByRole('article', { name: 'Bericht Integrationslotsen' })).toBeVisible();
  await expect(doc).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Bericht Integrationslotsen 2025' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^\d\. / })).toHaveText([
    '1. Überblick',
    '2. Aktive Integrationslotsen je Monat',
    '3. Einsatz nach Gemeinde und Bereich',
    '4. Treffen und Schulungen',
    '5. Aufwandsentschädigungen',
    '6. Unterstützte Personen und Familien',
  ]);
  // The same table in two profiles shows the same figures.
  expect(await pageRows(page, 'Integrationslotsen im Überblick')).toEqual(volunteersJahresbericht);
  const months = await pageRows(page, 'Aktive Integrationslotsen je Monat');
  expect(months.map((r) => r[0])).toEqual(
    [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ].map((m) => `${m} 2025`),
  );
  // Active in some month ≤ active in the year; the year's count is reached by the months together.
  const monthly = months.map((r) => Number(r[1]));
  expect(Math.max(...monthly)).toBeLessThanOrEqual(Number(volunteersJahresbericht[0]![1]));
  expect(Math.max(...monthly)).toBeGreaterThan(0);
  await expect(
    page.getByRole('figure').filter({ hasText: 'Aktive Integrationslotsen je Monat im Vergleich' }),
  ).toBeVisible();

  // Each profile has its own words: a text here is not the Jahresbericht's.
  const own = report.ownText('Überblick');
  await own.fill('Zwanzig Lotsinnen und Lotsen begleiteten Familien im ganzen Kreis.');
  await own.blur();
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Berichtsprofil Integrationslotsen');
  await choose(page, 'Berichtsprofil', 'Jahresbericht');
  await expect(page.getByText('Zwanzig Lotsinnen und Lotsen')).toHaveCount(0);
  await choose(page, 'Berichtsprofil', 'Integrationslotsen');
  await expect(report.ownText('Überblick')).toHaveValue(
    'Zwanzig Lotsinnen und Lotsen begleiteten Familien im ganzen Kreis.',
  );

  // XLSX (written with exceljs, read with read-excel-file): the months' sheet holds the page's figures.
  const book = await readWorkbook(await report.download('XLSX'));
  const monthSheet = [...book.values()].find((rows) => rows.some((r) => r[0] === 'Januar 2025'));
  expect(monthSheet, 'a sheet with the months').toBeTruthy();
  expect(months.map((m) => monthSheet!.find((r) => r[0] === m[0])?.[1])).toEqual(monthly);
  const xlsxText = [...book.values()].map(sheetText).join('\n');
  expect(xlsxText).toContain('Zwanzig Lotsinnen und Lotsen');
  expect(xlsxText).toContain('Aufwandsentschädigungen je Monat');

  // CSV (papaparse): every month's row, with the same figures.
  const csv = (await report.download('CSV')).toString('utf8');
  const csvRows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  const csvMonths = csvRows.filter(
    (r) => r.includes('Aktive Integrationslotsen je Monat') && /2025$/.test(r[2] ?? ''),
  );
  expect(csvMonths.map((r) => Number(r[4]))).toEqual(monthly);

  // DOCX (mammoth): title, sections and the office's words.
  const { value: docText } = await mammoth.extractRawText({ buffer: await report.download('DOCX') });
  expect(docText).toContain('Bericht Integrationslotsen 2025');
  expect(docText).toContain('6. Unterstützte Personen und Familien');
  expect(docText).toContain('Zwanzig Lotsinnen und Lotsen');

  // PDF as Chromium prints the view (unpdf): the title on page one, every section after it.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  // The title is set large and may wrap.
  expect(pages[0]!.replace(/\s+/g, ' ')).toContain('Bericht Integrationslotsen 2025');
  const pdfText = pages.join('\n');
  expect(pdfText).toContain('5. Aufwandsentschädigungen');
  expect(pdfText).toContain('Zwanzig Lotsinnen und Lotsen');

  // The Landesintegrationskonzept prints its text block (goals and indicators) in every format.
  await choose(page, 'Berichtsprofil', 'Landesintegrationskonzept');
  await expect(page.getByRole('table', { name: 'Anfragen nach Handlungsfeld', exact: true })).toBeVisible();
  await expect(page.getByText(/^Für jedes Handlungsfeld des Landesintegrationskonzepts/)).toBeVisible();
  // The goals are written per Handlungsfeld: the outline of the office's fields, caret at the first goal.
  await page.getByRole('button', { name: 'Gliederung nach Handlungsfeldern einfügen' }).click();
  const goals = page.getByRole('textbox', { name: 'Eigener Text: Ziele und Indikatoren' });
  await expect(goals).toBeFocused();
  await page.keyboard.type('Kurse für 120 Eltern');
  await goals.blur();
  await expect(goals).toHaveValue(
    /^Sprache und Bildung\nZiel: Kurse für 120 Eltern\nIndikator: \nStand: \n\nAusbildung und Arbeit\nZiel: /,
  );
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gliederung nach Handlungsfeldern einfügen' })).toHaveCount(
    0,
  );
  const { value: likText } = await mammoth.extractRawText({ buffer: await report.download('DOCX') });
  expect(likText).toContain('Für jedes Handlungsfeld des Landesintegrationskonzepts');
  expect(likText).toContain('Ziel: Kurse für 120 Eltern');
  const likBook = [...(await readWorkbook(await report.download('XLSX'))).values()].map(sheetText).join('\n');
  expect(likBook).toContain('Für jedes Handlungsfeld des Landesintegrationskonzepts');
  expect(likBook).toContain('Ziel: Kurse für 120 Eltern');

  // No export holds a record's free text.
  for (const exported of [xlsxText, csv, docText, pdfText, likText, likBook])
    expect(exported).not.toContain(MARKER);
});
