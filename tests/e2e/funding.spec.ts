// Fördermittel: a Vorhaben with its financing plan, payment requests and receipts; the Belegliste as
// an XLSX read back by an independent reader; the proof-of-use deadline on "Heute" on its day.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import mammoth from 'mammoth';
import { budgetFigures } from '../../shared/funding/budget';
import { readWorkbook, sheetRows } from '../support/readXlsx';
import { expect, openApp, test } from './fixtures';
import { typeDate } from './pages/screens';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchProfile } from './support/browser';

const TITLE = 'Koordinierungsstelle für Integration 2026';

const PLAN = [
  { category: 'Personalausgaben', planned: '80.000,00', own: '8.000,00' },
  { category: 'Sachausgaben', planned: '10.000,00', own: '1.000,00' },
  { category: 'Honorare Sprachmittlung', planned: '4.440,00', own: '444,00' },
];

/** Ten receipts: number, day (TTMMJJJJ), payee, purpose, amount, plan line. */
const RECEIPTS: Array<[string, string, string, string, string, string]> = [
  [
    'B-1',
    '31012026',
    'Landkreis Harz, Personalamt',
    'Personalkosten Januar',
    '13.000,00',
    'Personalausgaben',
  ],
  [
    'B-2',
    '28022026',
    'Landkreis Harz, Personalamt',
    'Personalkosten Februar',
    '13.000,00',
    'Personalausgaben',
  ],
  ['B-3', '12032026', 'Bürobedarf Müller GmbH', 'Büromaterial', '234,56', 'Sachausgaben'],
  ['B-4', '31032026', 'Landkreis Harz, Personalamt', 'Personalkosten März', '13.000,00', 'Personalausgaben'],
  [
    'B-5',
    '20042026',
    'Ayşe Yılmaz',
    'Honorar Sprachmittlung Elternabend',
    '180,00',
    'Honorare Sprachmittlung',
  ],
  ['B-6', '30042026', 'Landkreis Harz, Personalamt', 'Personalkosten April', '13.000,00', 'Personalausgaben'],
  ['B-7', '31052026', 'Landkreis Harz, Personalamt', 'Personalkosten Mai', '13.000,00', 'Personalausgaben'],
  [
    'B-8',
    '15062026',
    'Gemeindehaus St. Marien',
    'Miete Veranstaltungsraum Interkulturelle Woche',
    '450,00',
    'Sachausgaben',
  ],
  ['B-9', '28092026', 'Druckerei Harzdruck', 'Flyer Interkulturelle Woche', '612,40', 'Sachausgaben'],
  [
    'B-10',
    '05102026',
    'Dolmetscherdienst Harz e.V.',
    'Sprachmittlung Arabisch',
    '1.234,56',
    'Honorare Sprachmittlung',
  ],
];

function cents(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', ''));
}

async function pickOption(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a Vorhaben with plan, payment requests and ten receipts: plan vs actual, warning, Belegliste XLSX, deadline on Heute', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { vault } = await openApp(page, { time: new Date('2027-01-15T09:00:00') });
  await page.getByRole('navigation').getByRole('link', { name: 'Fördermittel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fördermittel' })).toBeVisible();
  await expect(page.getByText('Keine offenen Fristen.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Fördermittel, leer');

  // The Vorhaben: awarded, with a plan of three lines.
  await page.getByRole('button', { name: 'Neues Vorhaben' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neues Vorhaben' });
  await dialog.getByRole('textbox', { name: 'Bezeichnung' }).fill(TITLE);
  await typeDate(page, dialog.getByRole('group', { name: 'Zeitraum von' }), '01012026');
  await typeDate(page, dialog.getByRole('group', { name: 'Zeitraum bis' }), '31122026');
  await pickOption(page, dialog.getByRole('combobox', { name: 'Status' }), 'bewilligt');
  // Without the notice's day and amount, "bewilligt" is refused with a German message.
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  // Both missing fields say so.
  await expect(dialog.getByText('Ab „bewilligt“ bitte Datum und Betrag des Bescheids angeben.')).toHaveCount(
    2,
  );
  await typeDate(page, dialog.getByRole('group', { name: 'Bescheid vom' }), '15022026');
  await dialog.getByRole('textbox', { name: 'Aktenzeichen' }).fill('LVwA 203-21/26');
  await dialog.getByRole('textbox', { name: 'Bewilligter Betrag' }).fill('85.000,00');
  await expect(dialog.getByText('leer: Ende des Zeitraums + 6 Monate (30.06.2027)')).toBeVisible();
  for (const [i, line] of PLAN.entries()) {
    await dialog.getByRole('button', { name: 'Position hinzufügen' }).click();
    await dialog.getByRole('textbox', { name: 'Ausgabenposition' }).nth(i).fill(line.category);
    await dialog.getByRole('textbox', { name: 'Geplant' }).nth(i).fill(line.planned);
    await dialog.getByRole('textbox', { name: 'davon Eigenanteil' }).nth(i).fill(line.own);
  }
  await expect(dialog.getByText('Gesamt: 94.440,00 €')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neues Vorhaben');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // A payment request before any receipt: the two-month rule asks first.
  await page.getByRole('button', { name: 'Mittelabruf erfassen' }).click();
  const payment = page.getByRole('dialog', { name: 'Mittelabruf erfassen' });
  await typeDate(page, payment.getByRole('group', { name: 'Datum' }), '01032026');
  await payment.getByRole('textbox', { name: 'Betrag' }).fill('40.000,00');
  await payment.getByRole('button', { name: 'Speichern', exact: true }).click();
  const ask = page
    .getByRole('dialog', { name: 'Mittelabruf erfassen' })
    .filter({ hasText: 'Trotzdem speichern?' });
  await expect(ask).toContainText('nur 0,00 € von 40.000,00 €');
  await ask.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mittelabruf erfassen' }).click();
  await typeDate(page, payment.getByRole('group', { name: 'Datum' }), '01092026');
  await payment.getByRole('textbox', { name: 'Betrag' }).fill('30.000,00');
  await payment.getByRole('button', { name: 'Speichern', exact: true }).click();
  await ask.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Ten receipts typed in one go ("Speichern und nächster"); the number is suggested.
  await page.getByRole('button', { name: 'Beleg erfassen' }).click();
  const receipt = page.getByRole('dialog', { name: 'Beleg erfassen' });
  await expect(receipt.getByRole('textbox', { name: 'Belegnummer' })).toHaveValue('1');
  for (const [i, [number, day, party, purpose, amount, line]] of RECEIPTS.entries()) {
    await receipt.getByRole('textbox', { name: 'Belegnummer' }).fill(number);
    await typeDate(page, receipt.getByRole('group', { name: 'Datum' }), day);
    await receipt.getByRole('textbox', { name: 'Empfänger/in bzw. Einzahler/in' }).fill(party);
    await receipt.getByRole('textbox', { name: 'Verwendungszweck' }).fill(purpose);
    await receipt.getByRole('textbox', { name: 'Betrag' }).fill(amount);
    await pickOption(page, receipt.getByRole('combobox', { name: 'Planposition' }), line);
    if (i === 0) await expectNoSeriousA11yViolations(page, 'Beleg erfassen');
    const last = i === RECEIPTS.length - 1;
    await receipt
      .getByRole('button', { name: last ? 'Speichern' : 'Speichern und nächster', exact: true })
      .click();
    if (!last) {
      await expect(page.getByText(`Beleg ${number} gespeichert.`)).toBeVisible();
      // The next number is suggested from the last one.
      await expect(receipt.getByRole('textbox', { name: 'Belegnummer' })).toHaveValue(`B-${i + 2}`);
    }
  }
  await expect(receipt).toBeHidden();

  // A duplicate number is refused.
  await page.getByRole('button', { name: 'Beleg erfassen' }).click();
  await receipt.getByRole('textbox', { name: 'Belegnummer' }).fill('B-3');
  await receipt.getByRole('textbox', { name: 'Empfänger/in bzw. Einzahler/in' }).fill('Test');
  await receipt.getByRole('textbox', { name: 'Verwendungszweck' }).fill('Test');
  await receipt.getByRole('textbox', { name: 'Betrag' }).fill('1');
  await receipt.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(receipt.getByText('Diese Belegnummer ist in diesem Vorhaben schon vergeben.')).toBeVisible();
  await receipt.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Plan against actual, per line, to the cent.
  const plan = page.getByRole('table', { name: 'Finanzierungsplan: Soll und Ist' });
  await expect(plan.getByRole('row', { name: /^Personalausgaben/ })).toContainText('65.000,00 €');
  await expect(plan.getByRole('row', { name: /^Sachausgaben/ })).toContainText('1.296,96 €');
  await expect(plan.getByRole('row', { name: /^Honorare Sprachmittlung/ })).toContainText('1.414,56 €');
  await expect(plan.getByRole('row', { name: /^Gesamt/ })).toContainText('67.711,52 €');
  // The second payment was not covered by receipts within two months (the first was).
  const warnings = page.getByRole('alert').filter({ hasText: 'abgerufenen' });
  await expect(warnings).toHaveCount(1);
  await expect(warnings).toContainText('Von den bis 01.09.2026 abgerufenen 70.000,00 €');
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectNoSeriousA11yViolations(page, 'Vorhaben mit Belegen');
  if (process.env.SHOTS) {
    await page.screenshot({ path: '/tmp/shots/project.png' });
    await page.setViewportSize({ width: 1366, height: 2200 });
    await page.screenshot({ path: '/tmp/shots/project-full.png' });
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  // The Belegliste as XLSX, read back by an independent reader.
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Belegliste (XLSX)' }).click(),
  ]);
  const rows = sheetRows(await readWorkbook(await readFile((await download.path())!)), 'Belegliste');
  const header = rows.findIndex((r) => r.includes('Belegnummer'));
  expect(header).toBeGreaterThan(0);
  const body = rows.slice(header + 1);
  for (const [number, , party, purpose, amount] of RECEIPTS) {
    const row = body.find((r) => r.includes(number));
    expect(row, `receipt ${number}`).toBeDefined();
    expect(row).toContain(party);
    expect(row).toContain(purpose);
    expect(row).toContain(cents(amount) / 100);
  }
  // Sums per plan line and the total equal the model's figures (integer cents).
  const model = budgetFigures(
    { plan: PLAN.map((l) => ({ id: l.category, category: l.category, plannedCents: 0, ownShareCents: 0 })) },
    RECEIPTS.map(([number, , party, purpose, amount, line]) => ({
      kind: 'receipt' as const,
      projectId: '',
      number,
      date: '2026-01-01',
      party,
      purpose,
      amountCents: cents(amount),
      lineId: line,
      note: '',
    })),
  );
  for (const line of model.lines) {
    const sum = body.find((r) =>
      r.some((c) => typeof c === 'string' && c === `Summe ${line.line!.category}`),
    );
    expect(sum, `Summe ${line.line!.category}`).toBeDefined();
    expect(sum).toContain(line.actualCents / 100);
  }
  const total = body.find((r) => r.includes('Gesamt'));
  expect(total).toContain(model.total.actualCents / 100);

  // The Sachbericht: previewed in the app, then a Word file with the period's figures and the sums.
  await page.getByRole('button', { name: 'Sachbericht', exact: true }).click();
  const report = page.getByRole('dialog', { name: 'Sachbericht zum Verwendungsnachweis: Vorschau' });
  await expect(report.getByRole('heading', { name: /Finanzielle Abwicklung/ })).toBeVisible();
  await expect(report).toContainText('67.711,52 €');
  await expectNoSeriousA11yViolations(page, 'Sachbericht: Vorschau');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots/sachbericht.png' });
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Als Word-Datei speichern' }).click(),
  ]);
  const { value: docText } = await mammoth.extractRawText({ buffer: await readFile((await docx.path())!) });
  expect(docText).toContain(TITLE);
  expect(docText).toContain('LVwA 203-21/26');
  expect(docText).toContain('67.711,52');
  // Saved: the dialog closes itself and says where the file went.
  await expect(report).toBeHidden();
  await expect(page.getByText(/\.docx gespeichert/)).toBeVisible();

  // The proof-of-use deadline (end of period + 6 months) is on "Heute" on its day, not before.
  await expect(page.getByText('Verwendungsnachweis einreichen:')).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Heute' }).click();
  await expect(page.getByText(`Verwendungsnachweis einreichen: ${TITLE}`)).toHaveCount(0);
  await vault.reopenAt(new Date('2027-06-30T08:00:00'));
  await vault.unlock();
  await expect(page.getByText(`Verwendungsnachweis einreichen: ${TITLE}`)).toBeVisible();
  // It leads to its Vorhaben.
  const proof = page.getByRole('listitem').filter({ hasText: 'Verwendungsnachweis einreichen' });
  // The first payment's spending deadline closed itself once the receipts covered it; the second's is open.
  await expect(page.getByText(/^Mittelabruf vom 01\.03\.2026 verbraucht/)).toHaveCount(0);
  await expect(page.getByText(`Mittelabruf vom 01.09.2026 verbraucht? ${TITLE}`)).toBeVisible();
  await proof.getByRole('button', { name: `Vorhaben: ${TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Ticked off in Wiedervorlagen while the Vorhaben still says "bewilligt": the page offers the status,
  // which starts the receipts' five years.
  await page.getByRole('navigation').getByRole('link', { name: 'Wiedervorlagen' }).click();
  // click, not check(): the ticked item leaves the open list as soon as the write commits
  await page.getByRole('checkbox', { name: new RegExp(`Verwendungsnachweis einreichen: ${TITLE}`) }).click();
  await expect(page.getByText('Als erledigt markiert')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Nachweis eingereicht', exact: true }).click();
  await expect(page.getByText('Belege aufbewahren bis 30.06.2032')).toBeVisible();
});

test('keyboard: Tab into a receipt date that was typed before takes the new date, not the old one', async ({
  baseURL,
}) => {
  // A window of its own, as the app runs: there MUI's field put the focus on its sections'
  // container, and the typed digits were dropped.
  const profile = await mkdtemp(join(tmpdir(), 'anlaufstelle-funding-'));
  const { context, page } = await launchProfile(profile, { baseURL });
  try {
    await openApp(page, { time: new Date('2026-09-15T09:00:00') });
    await page.getByRole('navigation').getByRole('link', { name: 'Fördermittel' }).click();
    await page.getByRole('button', { name: 'Neues Vorhaben' }).first().click();
    const project = page.getByRole('dialog', { name: 'Neues Vorhaben' });
    await project.getByRole('textbox', { name: 'Bezeichnung' }).fill('Lotsenprojekt 2026');
    await project.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('button', { name: 'Beleg erfassen' }).click();
    const receipt = page.getByRole('dialog', { name: 'Beleg erfassen' });
    const date = receipt.getByRole('group', { name: 'Datum' });
    await expect(receipt.getByRole('textbox', { name: 'Empfänger/in bzw. Einzahler/in' })).toBeFocused();
    for (const [digits, shown] of [
      ['31072026', '31.07.2026'],
      ['01082026', '01.08.2026'],
      ['15082026', '15.08.2026'],
    ]) {
      await receipt.getByRole('textbox', { name: 'Belegnummer' }).click();
      await page.keyboard.press('Tab');
      // A person's pause before typing: the field has moved the focus by then.
      await page.waitForTimeout(300);
      await page.keyboard.type(digits!, { delay: 100 });
      await expect
        .poll(async () => (await date.getByRole('spinbutton').allInnerTexts()).join('.'))
        .toBe(shown);
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
