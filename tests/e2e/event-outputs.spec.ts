// The outputs of an event series end to end, on the demo's Interkulturelle Woche (eight
// contributions, five of them approved, from three organisations): the programme booklet printed by
// Chromium in A5, its Word file, the calendar file, the CSV for event calendars, the partner
// checklist and the press release — each read back with an independent reader.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { ikwStart } from '../../shared/demo/eventsDemo';
import { expect, test, type Page } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { readWorkbook, sheetRows } from '../support/readXlsx';

const APPROVED = [
  'Eröffnung mit Musik aus Syrien',
  'Gemeinsam kochen: Gerichte aus Eritrea',
  'Trommelworkshop für Kinder',
  'Lesung: Ankommen in Halberstadt',
  'Fußballturnier „Bunt kickt gut“',
];
const NOT_APPROVED = [
  'Sprachcafé international',
  'Nachbarschaftsfest',
  'Fotoausstellung „Gesichter des Harzes“',
];

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('an event series’ outputs: booklet PDF and DOCX, .ics, CSV, partner checklist, press release', async ({
  screens: { page },
}) => {
  test.setTimeout(240_000); // ten years of demo data are generated and sealed first
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(page.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 120_000 });

  // The demo's week is this year's (the browser's clock is the test's).
  const year = new Date().getFullYear();
  const title = `Interkulturelle Woche ${year}`;
  const start = ikwStart(year).day; // Sunday; the opening is on the Monday after
  const monday = new Date(year, 8, start + 1);
  const mondayHeading = new Intl.DateTimeFormat('de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(monday);

  await page.evaluate(() => {
    location.hash = '#/oeffentlichkeit/veranstaltungen/demo-ikw';
  });
  const menuButton = page.getByRole('button', { name: 'Ausgaben' });
  await expect(menuButton).toBeVisible();
  const openItem = async (name: RegExp) => {
    await menuButton.click();
    await page.getByRole('menuitem', { name }).click();
  };

  // --- Programme booklet: preview, then printed by Chromium in A5 ---
  await openItem(/Programmheft ansehen/);
  const dialog = page.getByRole('dialog', { name: `Programmheft: ${title}` });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByRole('article', { name: 'Vorschau des Programmhefts' });
  await expect(preview.getByRole('heading', { name: mondayHeading })).toBeVisible();
  for (const t of APPROVED)
    await expect(preview.getByRole('heading', { name: new RegExp(escape(t)) })).toBeVisible();
  for (const t of NOT_APPROVED) await expect(preview.getByText(t)).toHaveCount(0);
  await expect(preview.getByRole('heading', { name: 'Verzeichnis nach Veranstaltungsort' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'A5 (Heft)' })).toBeChecked();
  await page.screenshot({ path: 'test-results/event-outputs-booklet.png' });
  await preview.getByRole('heading', { name: mondayHeading }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/event-outputs-programme.png' });
  await expectNoSeriousA11yViolations(page, 'Programmheft');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const firstPage = await proxy.getPage(1);
  const [, , width, height] = firstPage.view;
  // A5 is 148 × 210 mm = 419.5 × 595.3 pt.
  expect(Math.round(width!)).toBe(420);
  expect(Math.round(height!)).toBe(595);
  const { text: pages, totalPages } = await extractText(proxy, { mergePages: false });
  expect(totalPages).toBeGreaterThanOrEqual(3); // title page, programme, index
  // No page holds only its running footer (the series' title and the page number).
  const body = (text: string) => text.split(title).join('').replace(/\d+/g, '').trim();
  pages.forEach((text, i) => expect(body(text), `A5 page ${i + 1} of ${totalPages}`).not.toBe(''));
  const printed = pages.join('\n').replace(/\s+/g, ' ');
  expect(pages[0]).toContain(title);
  expect(pages[0]).not.toContain('Papierformat'); // the dialog's bar is not printed
  expect(printed).not.toContain('Öffentlichkeitsarbeit'); // nor the app behind the dialog
  for (const t of APPROVED) expect(printed).toContain(t);
  for (const t of NOT_APPROVED) expect(printed).not.toContain(t);
  expect(printed).toContain(mondayHeading);
  expect(printed).toContain('Verzeichnis nach Veranstaltungsort');
  expect(printed).toMatch(/Begegnungsstätte Wernigerode\s*2, 3/);
  expect(printed).toMatch(/Afrikanisches Forum Harz\s*2, 3/);
  expect(printed).toContain('Gefördert vom Ministerium für Arbeit, Soziales');
  // The programme's order: Monday's opening first, Saturday's tournament last.
  expect(printed.indexOf(APPROVED[0]!)).toBeLessThan(printed.indexOf(APPROVED[4]!));

  // A4 is offered too: the page box follows the choice.
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await page.emulateMedia({ media: 'print' });
  const a4 = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  await page.emulateMedia({ media: 'screen' });
  expect(Math.round((await a4.getPage(1)).view[3]!)).toBe(842);
  const { text: a4Pages } = await extractText(a4, { mergePages: false });
  a4Pages.forEach((text, i) => expect(body(text), `A4 page ${i + 1}`).not.toBe(''));

  // The booklet as DOCX, read back with mammoth.
  const docx = await download(page, () =>
    dialog.getByRole('button', { name: 'Als Word-Datei speichern' }).click(),
  );
  expect(docx.name).toBe(`Programmheft ${title}.docx`);
  const { value: docText } = await mammoth.extractRawText({ buffer: docx.bytes });
  for (const t of APPROVED) expect(docText).toContain(t);
  for (const t of NOT_APPROVED) expect(docText).not.toContain(t);
  expect(docText).toContain(mondayHeading);
  expect(docText).toContain('Verzeichnis nach Veranstalter');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();

  // --- Calendar file, parsed with ical.js ---
  const ics = await download(page, () => openItem(/Kalenderdatei/));
  expect(ics.name).toBe(`Termine ${title}.ics`);
  const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(5);
  const opening = events.find((e) => e.summary === APPROVED[0])!;
  const mondayDay = `${year}-09-${String(start + 1).padStart(2, '0')}`;
  expect(opening.startDate.toString()).toBe(`${mondayDay}T18:00:00`);
  // 18:00 in Berlin in late September (summer time) is 16:00 UTC.
  expect(opening.startDate.toJSDate().toISOString()).toBe(`${mondayDay}T16:00:00.000Z`);
  expect(opening.location).toBe('Rathaus Halberstadt, Festsaal, Holzmarkt 1, 38820 Halberstadt');
  expect(opening.description).toContain('Veranstalter: Syrisch-Deutscher Kulturverein Harz');

  // --- CSV for online event calendars, read back with papaparse ---
  const csvFile = await download(page, () => openItem(/CSV für Online-Veranstaltungskalender/));
  expect(csvFile.name).toBe(`Veranstaltungskalender ${title}.csv`);
  const csv = csvFile.bytes.toString('utf8');
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]?.slice(0, 5)).toEqual(['Datum', 'Beginn', 'Ende', 'Titel', 'Veranstalter']);
  expect(rows.slice(1).map((r) => r[3])).toEqual(APPROVED);
  expect(rows[1]?.slice(0, 3)).toEqual([
    `${String(start + 1).padStart(2, '0')}.09.${year}`,
    '18:00',
    '20:00',
  ]);

  // --- Partner checklist: what is missing, on screen and as XLSX ---
  await openItem(/Partner-Checkliste/);
  const checklist = page.getByRole('dialog', { name: `Partner-Checkliste: ${title}` });
  await expect(checklist.getByText('5 Partner, davon 3 mit offenen Punkten.')).toBeVisible();
  const awo = checklist.getByRole('region', { name: /^AWO Kreisverband Harz/ });
  await expect(awo.getByRole('row', { name: /Nachbarschaftsfest/ })).toContainText('Veranstaltungsort fehlt');
  await expect(awo.getByRole('row', { name: /Nachbarschaftsfest/ })).toContainText('Uhrzeit fehlt');
  const syrisch = checklist.getByRole('region', { name: 'Syrisch-Deutscher Kulturverein Harz' });
  await expect(syrisch.getByRole('row', { name: /Fotoausstellung/ })).toContainText(
    'Fotonachweis ohne Einverständnis',
  );
  await expect(syrisch.getByRole('row', { name: /Eröffnung/ })).toContainText('vollständig');
  await expect(checklist.getByRole('row', { name: /Sprachcafé/ })).toContainText('Kurztext fehlt');
  await page.screenshot({ path: 'test-results/event-outputs-checklist.png' });
  await expectNoSeriousA11yViolations(page, 'Partner-Checkliste');
  const xlsx = await download(page, () =>
    checklist.getByRole('button', { name: 'Als Excel-Datei speichern' }).click(),
  );
  expect(xlsx.name).toBe(`Partner-Checkliste ${title}.xlsx`);
  const sheet = sheetRows(await readWorkbook(xlsx.bytes), 'Partner-Checkliste');
  const sprachcafe = sheet.find((r) => r[1] === 'Sprachcafé international');
  expect(String(sprachcafe?.[0])).toMatch(/^Kreisvolkshochschule Harz, Außenstelle /);
  expect(sprachcafe?.slice(3)).toEqual(['geprüft', 'Kurztext fehlt']);
  expect(sheet.find((r) => r[1] === 'Nachbarschaftsfest')?.[4]).toBe(
    'Veranstaltungsort fehlt; Adresse fehlt; Uhrzeit fehlt',
  );
  await checklist.getByRole('button', { name: 'Schließen' }).click();

  // --- Press release: preview, then DOCX read back with mammoth ---
  await openItem(/Pressemitteilung/);
  const press = page.getByRole('dialog', { name: 'Pressemitteilung (Entwurf)' });
  await expect(press.getByRole('heading', { name: `${title}: „Dafür!“` })).toBeVisible();
  await expect(
    press.getByText(/lädt gemeinsam mit drei Partnern zu fünf Veranstaltungen an vier Orten ein/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Pressemitteilung');
  const pressDocx = await download(page, () =>
    press.getByRole('button', { name: 'Als Word-Datei speichern' }).click(),
  );
  expect(pressDocx.name).toBe(`Pressemitteilung ${title}.docx`);
  const { value: pressText } = await mammoth.extractRawText({ buffer: pressDocx.bytes });
  expect(pressText).toContain(`${title}: „Dafür!“`);
  expect(pressText).toContain('im Landkreis Harz');
  expect(pressText).toContain('[Warum:');
  expect(pressText).toContain('Koordinierungsstelle Integration (Beispiel)');
  for (const t of NOT_APPROVED) expect(pressText).not.toContain(t);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
