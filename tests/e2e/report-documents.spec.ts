// Issue 22: the demo's Jahresbericht 2025 as the district council receives it. XLSX and DOCX are
// opened in LibreOffice (headless, converted to PDF) and read back with poppler: labels and their values
// on one page, the chart as an image, no text drawn over other text; CSV and file names name the
// office and the period. Skipped where LibreOffice is not installed (.ci/run installs it).
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import {
  POPPLER,
  SOFFICE,
  convertToPdf,
  overlappingWords,
  pdfImages,
  pdfInfo,
  pdfPageText,
  pdfWords,
} from './support/officeDocuments';

const OFFICE = 'Koordinierungsstelle Integration (Beispiel)';
const BASE = 'Jahresbericht_2025_Koordinierungsstelle-Integration-Beispiel';
const TEXT =
  'Die Nachfrage nach Sprachkursen stieg deutlich, vor allem bei Familien, die im Frühjahr zugezogen sind. '.repeat(
    5,
  ) + '\nIm Herbst kamen die Schulen häufiger mit Fragen zur Anerkennung ausländischer Zeugnisse.';

const escape = (text: string) => text.replace(/[()./]/g, '\\$&');

async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Exportieren' })
      .getByRole('button', { name: format, exact: true })
      .click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test.skip(!SOFFICE || !POPPLER, 'LibreOffice (soffice) and poppler-utils are needed to open the exports');

test('the demo’s Jahresbericht 2025 opens in LibreOffice as a finished document: XLSX, DOCX and CSV', async ({
  screens: { page, report },
}) => {
  test.setTimeout(420_000); // the demo's ten years, then two LibreOffice conversions on a shared machine
  await page.goto('/');
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(page.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 120_000 });
  await report.goto();
  await report.period().click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Jahresbericht 2025' })).toBeVisible();
  const text = report.ownText('Anfragen und Einzelfallberatung');
  await text.fill(TEXT);
  await text.blur();
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();
  await expect(page.locator('[data-chart-id] .recharts-wrapper > svg.recharts-surface')).toBeVisible();

  // --- XLSX: the first page holds the labels and their values; every table on its own A4 page.
  const xlsx = await download(page, 'XLSX');
  expect(xlsx.name).toBe(`${BASE}.xlsx`);
  const xlsxPdf = await convertToPdf(xlsx.name, xlsx.bytes);
  const xlsxInfo = await pdfInfo(xlsxPdf);
  expect(xlsxInfo.Title).toBe(`Jahresbericht 2025 – ${OFFICE}`);
  expect(xlsxInfo.Author).toBe(OFFICE);
  expect(xlsxInfo['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  const first = await pdfPageText(xlsxPdf, 1);
  expect(first).toContain('Jahresbericht 2025');
  for (const [label, value] of [
    ['Koordinierungsstelle', OFFICE],
    ['Berichtszeitraum', '01.01.2025 – 31.12.2025'],
    ['Vergleichszeitraum (Vorjahr)', '01.01.2024 – 31.12.2024'],
  ] as const)
    expect(first).toMatch(new RegExp(`^\\s*${escape(label)}\\s+${escape(value)}\\s*$`, 'm'));
  expect(first).toMatch(/2\. Anfragen und Einzelfallberatung\s+Die Nachfrage nach Sprachkursen/);
  // The Überblick sheet: its labels with their figures (German separators) on one line.
  const overview = await pdfPageText(xlsxPdf, 2);
  expect(overview).toMatch(/^\s*Zeile\s+Berichtszeitraum\s+Vorjahr\s+Veränderung \(%\)\s*$/m);
  expect(overview).toMatch(/^\s*Anfragen\s+\d\.\d{3}\s+\d\.\d{3}\s+[+-]?\d+\s*$/m);
  expect(overview).toMatch(/^\s*Zeitaufwand gesamt \(Stunden\)\s+[\d.]+,\d\s+[\d.]+,\d\s+[+-]?\d+\s*$/m);
  const requesters = (await Promise.all([3, 4, 5].map((p) => pdfPageText(xlsxPdf, p)))).join('\n');
  expect(requesters).toMatch(/^\s*Jobcenter \/ Agentur für Arbeit\s+\d+\s+\d+\s+[+-]?\d+\s*$/m);
  const xlsxWords = await pdfWords(xlsxPdf);
  xlsxWords.forEach((words, i) => expect(overlappingWords(words), `XLSX page ${i + 1}`).toEqual([]));

  // --- DOCX: the chart as an image at print resolution, tables with a wide label column.
  const docx = await download(page, 'DOCX');
  expect(docx.name).toBe(`${BASE}.docx`);
  const docxPdf = await convertToPdf(docx.name, docx.bytes);
  const docxInfo = await pdfInfo(docxPdf);
  expect(docxInfo.Title).toBe(`Jahresbericht 2025 – ${OFFICE}`);
  expect(docxInfo.Author).toBe(OFFICE);
  expect(docxInfo.Subject).toBe('Berichtszeitraum 01.01.2025 – 31.12.2025');
  const images = await pdfImages(docxPdf);
  expect(images).toHaveLength(1); // the Jahresbericht's one chart: Anfragen je Monat
  expect(images[0]!.width).toBeGreaterThanOrEqual(2000); // 300 dpi over 17 cm
  const chartPage = await pdfPageText(docxPdf, images[0]!.page);
  expect(chartPage).toContain('Anfragen je Monat im Vergleich zum Vorjahr');
  const docxText = (
    await Promise.all(Array.from({ length: Number(docxInfo.Pages) }, (_, i) => pdfPageText(docxPdf, i + 1)))
  ).join('\n');
  // The label on one line, its figures right beside it.
  expect(docxText).toMatch(/^\s*Jobcenter \/ Agentur für Arbeit\s+\d+\s+\d+\s+[+−-]?\d+ %\s*$/m);
  expect(docxText).toContain('Im Herbst kamen die Schulen häufiger');
  const docxWords = await pdfWords(docxPdf);
  docxWords.forEach((words, i) => expect(overlappingWords(words), `DOCX page ${i + 1}`).toEqual([]));

  // --- CSV: the office, the period and the day of creation above the table.
  const csv = await download(page, 'CSV');
  expect(csv.name).toBe(`${BASE}.csv`);
  const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { delimiter: ';' }).data;
  expect(rows[0]?.[0]).toBe('Jahresbericht 2025');
  expect(rows).toContainEqual(['Koordinierungsstelle', OFFICE]);
  expect(rows).toContainEqual(['Berichtszeitraum', '01.01.2025 – 31.12.2025']);
  expect(rows.find((r) => r[0] === 'Erstellt am')?.[1]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
  expect(
    rows.find(
      (r) => r[1] === 'Anfragen nach anfragender Stelle' && r[2] === 'Jobcenter / Agentur für Arbeit',
    ),
  ).toBeTruthy();
});
