// Kennzahlen end to end: exported from two vaults (one of them the demo), loaded with two broken files
// into the comparison, totals checked against the files, the comparison exported; no export holds a
// record's free text or a person's name.
import { expect, test, type Page } from './fixtures';
import { extractText, getDocumentProxy } from 'unpdf';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readWorkbook, sheetRows, sheetText } from '../support/readXlsx';

const MARKER = 'Kennzahl-Geheim-Q7';

interface Quarter {
  inquiries: number | string;
  hours: number | string;
}

/** A file's year of a figure as the comparison shows it: "<5" counts 1 and makes it "mind.". */
function yearText(file: { quarters: Quarter[] }, key: keyof Quarter): { min: number; exact: boolean } {
  let min = 0;
  let exact = true;
  for (const q of file.quarters) {
    const v = q[key];
    if (typeof v === 'number') min += v;
    else {
      exact = false;
      if (v === '<5') min += 1;
    }
  }
  return { min: Math.round(min * 10) / 10, exact };
}
const de = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(n);
const shown = (f: { min: number; exact: boolean }) => (f.exact ? de(f.min) : `mind. ${de(f.min)}`);

async function openKennzahlen(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Berichte' }).click();
  await page.getByRole('tab', { name: 'Kennzahlen (Landesvergleich)' }).click();
  await expect(page.getByRole('heading', { name: 'Kennzahlen exportieren' })).toBeVisible();
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await file.path())!);
}

test('Kennzahlen of two offices are exported, compared with broken files refused, and exported again without free text', async ({
  app: { page, inquiries, network, settings },
  browser,
}) => {
  test.setTimeout(240_000);

  // Office A: its name, district and population; five inquiries and a volunteer, all with the marker.
  await settings.goto();
  await settings.officeName().fill('KI Testkreis');
  await page.getByRole('textbox', { name: 'Landkreis' }).fill('Landkreis Testkreis');
  await page
    .getByRole('textbox', { name: 'Einwohnerzahl (für Kennzahlen je 10.000 Einwohner)' })
    .fill('100.000');
  await settings.save();
  for (let i = 1; i <= 5; i++)
    await inquiries.create({
      requester: 'Polizei',
      topic: 'Sprache / Sprachkurs',
      subject: `${MARKER} Betreff ${i}`,
      notes: `${MARKER} Notiz`,
      minutes: 60,
    });
  await network.goto('Personen');
  await network.startPerson({ firstName: MARKER, lastName: 'Lotsin' });
  await network.markAsVolunteer();
  await network.saveAndClose();

  await openKennzahlen(page);
  await expect(page.getByText('Werte von 1 bis 4 stehen als „<5“ in der Datei')).toBeVisible();
  const jsonA = await download(page, 'Kennzahlen exportieren (JSON)');
  await expect(page.getByText('JSON-Datei gespeichert.')).toBeVisible();
  const csvA = (await download(page, 'Kennzahlen exportieren (CSV)')).toString('utf8');
  const fileA = JSON.parse(jsonA.toString('utf8'));
  expect(fileA.office).toEqual({ name: 'KI Testkreis', district: 'Landkreis Testkreis', population: 100000 });
  const quarterA = fileA.quarters.at(-1);
  expect([quarterA.inquiries, quarterA.hours, quarterA.volunteersActive]).toEqual([5, 5, '<5']);
  expect(csvA).toContain(';inquiries;;;;5\r\n');

  // Office B: the demo vault in a browser context of its own.
  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await pageB.goto('/');
  await pageB.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(pageB.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 90_000 });
  await openKennzahlen(pageB);
  const jsonB = await download(pageB, 'Kennzahlen exportieren (JSON)');
  await contextB.close();
  const fileB = JSON.parse(jsonB.toString('utf8'));
  expect(fileB.format).toBe('anlaufstelle-kennzahlen');

  // The comparison in office A: both files and two broken ones.
  await page.getByLabel('Kennzahlen-Dateien wählen …').setInputFiles([
    { name: 'kreis-a.json', mimeType: 'application/json', buffer: jsonA },
    { name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x"}') },
    { name: 'demo.json', mimeType: 'application/json', buffer: jsonB },
    { name: 'abgeschnitten.json', mimeType: 'application/json', buffer: jsonB.subarray(0, 300) },
  ]);
  await expect(page.getByText('„kaputt.json“: Das ist keine Kennzahlen-Datei.')).toBeVisible();
  await expect(
    page.getByText('„abgeschnitten.json“: Die Datei ist unvollständig oder kein gültiges JSON.'),
  ).toBeVisible();
  const offices = page.getByRole('table', { name: 'Geladene Stellen' });
  await expect(offices.getByRole('row')).toHaveCount(3);
  const nameB = fileB.office.name as string;
  await expect(offices.getByRole('rowheader')).toHaveText(['KI Testkreis', nameB]);
  // The same office and year once more, now as its CSV: refused, so no total counts it twice.
  await page
    .getByLabel('Kennzahlen-Dateien wählen …')
    .setInputFiles([{ name: 'kreis-a.csv', mimeType: 'text/csv', buffer: Buffer.from(csvA, 'utf8') }]);
  await expect(
    page.getByText(
      '„kreis-a.csv“: Die Zahlen dieser Stelle für dieses Jahr sind schon geladen (als JSON, CSV oder „Eigene Kennzahlen“).',
    ),
  ).toBeVisible();
  await expect(offices.getByRole('rowheader')).toHaveText(['KI Testkreis', nameB]);
  // An Einwohnerzahl that is none stays in the field with a message and counts nowhere.
  const populationB = offices.getByRole('textbox', { name: `Einwohnerzahl für ${nameB}` });
  for (const typed of ['0', 'zweihunderttausend']) {
    await populationB.fill(typed);
    await expect(populationB).toHaveValue(typed);
    await expect(populationB).toHaveAttribute('aria-invalid', 'true');
  }
  await populationB.fill('200.000');
  await expect(populationB).toHaveAttribute('aria-invalid', 'false');

  const overview = page.getByRole('table', { name: 'Überblick' });
  const row = (name: string) =>
    overview
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell');
  const a = yearText(fileA, 'inquiries');
  const b = yearText(fileB, 'inquiries');
  const total = { min: a.min + b.min, exact: a.exact && b.exact };
  expect(b.min).toBeGreaterThan(100);
  await expect(row('Anfragen')).toHaveText([shown(a), shown(b), shown(total)]);
  const hoursA = yearText(fileA, 'hours');
  const hoursB = yearText(fileB, 'hours');
  await expect(row('Stunden (Anfragen und Aktivitäten)')).toHaveText([
    shown(hoursA),
    shown(hoursB),
    shown({ min: Math.round((hoursA.min + hoursB.min) * 10) / 10, exact: hoursA.exact && hoursB.exact }),
  ]);
  // Per 10.000 inhabitants: A 5 of 100.000 = 0,5; together of 300.000.
  await expect(row('Anfragen je 10.000 Einwohner')).toHaveText([
    shown({ min: 0.5, exact: a.exact }),
    shown({ min: Math.round((b.min / 200000) * 100000) / 10, exact: b.exact }),
    shown({ min: Math.round((total.min / 300000) * 100000) / 10, exact: total.exact }),
  ]);
  await expect(page.getByRole('heading', { name: 'Anfragen nach anfragender Stelle' })).toBeVisible();
  await expect(page.getByText(MARKER)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'Kennzahlen vergleichen');

  // The comparison as XLSX and as printed (PDF).
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Vergleich exportieren' }).getByRole('button', { name: 'XLSX' }).click(),
  ]);
  const book = await readWorkbook(await readFile((await xlsxDownload.path())!));
  const sheet = sheetRows(book, 'Überblick');
  const cell = (f: { min: number; exact: boolean }) => (f.exact ? f.min : shown(f));
  expect(sheet.find((r) => r[0] === 'Anfragen')).toEqual(['Anfragen', cell(a), cell(b), cell(total)]);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text).toContain('Kennzahlen vergleichen');
  expect(text).toContain('KI Testkreis');
  expect(text).not.toContain('Kennzahlen exportieren (JSON)'); // the export part is not printed

  // Removing an office leaves the other.
  await offices.getByRole('button', { name: `${nameB} entfernen` }).click();
  await expect(row('Anfragen')).toHaveText([shown(a), shown(a)]);

  // No exported file holds a subject, a note or a person's name.
  for (const exported of [
    jsonA.toString('utf8'),
    csvA,
    jsonB.toString('utf8'),
    ...[...book.values()].map(sheetText),
    text,
  ])
    expect(exported).not.toContain(MARKER);
});
