// The funding exports (Belegliste, zahlenmäßiger Nachweis) read back with independent readers:
// read-excel-file for the exceljs workbook, the raw zip entries (node:zlib) for what it cannot show
// (frozen pane, bold, number formats), papaparse for the CSV. Every figure is compared with integers
// worked out by hand and with budget.ts' sums (budgetFigures, proofStatement).
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayOfParts } from '../../../shared/domain/calendarDay';
import { parseEuroCents } from '../../../shared/domain/numberInput';
import { budgetFigures, proofStatement } from '../../../shared/funding/budget';
import { fundingExportLabels } from '../../../shared/funding/fundingLabels';
import type { ProjectData, ReceiptData } from '../../../shared/funding/fundingRecords';
import { proofStatementRows, receiptListRows } from '../../../shared/funding/proofRows';
import { proofStatementCsv, receiptListCsv } from '../../../renderer/features/funding/exports/fundingCsv';
import { proofStatementXlsx, receiptListXlsx } from '../../../renderer/features/funding/exports/fundingXlsx';
import { readWorkbook, sheetRows, type Cell, type Rows } from '../../support/readXlsx';

const HOSTILE = '=HYPERLINK("https://example.org";"Beleg")';

const project: ProjectData = {
  kind: 'project',
  title: 'Willkommen im Landkreis – Sprachmittlung und Begegnung 2026',
  purpose: 'Sprachmittlung in der Beratung und Begegnungsabende',
  programmeId: '',
  from: '2026-01-01',
  to: '2026-12-31',
  status: 'bewilligt',
  award: {
    date: '2026-02-15',
    reference: 'AZ 31-2026/0417',
    amountCents: 1_629_000,
    conditions: 'ANBest-P',
    proofDue: '',
  },
  plan: [
    { id: 'l-honorar', category: 'Honorar Sprachmittlung', plannedCents: 1_200_000, ownShareCents: 120_000 },
    { id: 'l-miete', category: 'Miete Veranstaltungsraum', plannedCents: 360_000, ownShareCents: 36_000 },
    {
      id: 'l-sach',
      category: 'Sachkosten Öffentlichkeitsarbeit',
      plannedCents: 250_000,
      ownShareCents: 25_000,
    },
  ],
  payments: [
    { id: 'p1', date: '2026-03-01', amountCents: 250_000, note: '1. Mittelabruf' },
    { id: 'p2', date: '2026-07-01', amountCents: 150_000, note: '2. Mittelabruf' },
  ],
  proofSubmittedOn: '',
  notes: '',
};

function receipt(
  number: string,
  date: string,
  party: string,
  purpose: string,
  amountCents: number,
  lineId: string,
): ReceiptData {
  return { kind: 'receipt', projectId: 'v1', number, date, party, purpose, amountCents, lineId, note: '' };
}

// Out of order on purpose; B-9 and B-10 share a day (B-9 first: numbers compare as numbers).
const receipts: ReceiptData[] = [
  receipt('B-8', '2026-09-30', 'Dr. Amira Haddad', 'Honorar Sprachmittlung Elternabend', 98_765, 'l-honorar'),
  receipt(
    'B-2',
    '2026-03-10',
    'Gemeindezentrum St. Marien',
    'Miete Veranstaltungsraum Infoabend',
    35_000,
    'l-miete',
  ),
  receipt(
    'B-10',
    '2026-04-15',
    'Sprachmittlerpool Nord e. V.',
    'Honorar Sprachmittlung Arabisch, 12 Std.',
    54_000,
    'l-honorar',
  ),
  receipt('B-5', '2026-06-01', 'Kopierzentrum Meyer', 'Kopien Infomaterial', 8_999, ''),
  receipt(
    'B-1',
    '2026-03-05',
    'Dolmetscherdienst Yılmaz',
    'Honorar Sprachmittlung Beratung Februar',
    123_456,
    'l-honorar',
  ),
  receipt(
    'B-3',
    '2026-04-02',
    'Druckerei Hansen GmbH',
    'Flyer Willkommenswoche, 2.000 Stück',
    48_790,
    'l-sach',
  ),
  receipt(
    'B-9',
    '2026-04-15',
    'Sprachmittlerpool Nord e. V.',
    'Honorar Sprachmittlung Dari, 8 Std.',
    36_000,
    'l-honorar',
  ),
  receipt(
    'B-6',
    '2026-06-12',
    'Stadtwerke',
    'Nebenkosten Saal (gestrichene Position)',
    12_345,
    'l-geloescht',
  ),
  receipt(
    'B-4',
    '2026-05-20',
    'Bürgerhaus Am Markt',
    'Miete Veranstaltungsraum Elterncafé',
    27_550,
    'l-miete',
  ),
  receipt('B-7', '2026-07-03', 'Hansen Öffentlichkeitsarbeit', HOSTILE, 1_999, 'l-sach'),
];

const meta = { language: 'de' as const, officeName: 'KI Musterkreis', createdAt: '2027-01-10T08:30:00.000Z' };
const L = fundingExportLabels('de');
const byNumber = new Map(receipts.map((r) => [r.number, r]));

/** Worked out by hand: the groups in plan order, their receipts in the expected order, their sums. */
const EXPECTED_GROUPS = [
  { category: 'Honorar Sprachmittlung', numbers: ['B-1', 'B-9', 'B-10', 'B-8'], cents: 312_221 },
  { category: 'Miete Veranstaltungsraum', numbers: ['B-2', 'B-4'], cents: 62_550 },
  { category: 'Sachkosten Öffentlichkeitsarbeit', numbers: ['B-3', 'B-7'], cents: 50_789 },
  { category: 'ohne Planposition', numbers: ['B-5', 'B-6'], cents: 21_344 },
];
const EXPECTED_TOTAL = 446_904;

const HEADER_ROW = 8; // heading, five rows of title block, an empty row, then the header

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('receiptListRows', () => {
  it('groups by plan line in plan order, sorts by date then number, sums as budgetFigures', () => {
    const list = receiptListRows(project, receipts, L);
    const budget = budgetFigures(project, receipts);
    expect(list.header).toEqual([
      'Planposition',
      'Belegnummer',
      'Datum',
      'Empfänger/Einzahler',
      'Verwendungszweck',
      'Betrag (€)',
    ]);
    expect(list.groups.map((g) => g.category)).toEqual(EXPECTED_GROUPS.map((g) => g.category));
    expect(list.groups.map((g) => g.rows.map((r) => r.number))).toEqual(
      EXPECTED_GROUPS.map((g) => g.numbers),
    );
    expect(list.groups.map((g) => g.subtotalLabel)).toEqual(
      EXPECTED_GROUPS.map((g) => `Summe ${g.category}`),
    );
    expect(list.groups.map((g) => g.lineId)).toEqual(['l-honorar', 'l-miete', 'l-sach', '']);
    list.groups.forEach((group, i) => {
      expect(group.subtotalCents).toBe(EXPECTED_GROUPS[i]!.cents);
      expect(group.subtotalCents).toBe(sumOf(group.rows.map((r) => r.amountCents)));
      expect(group.subtotalCents).toBe(budget.lines[i]!.actualCents);
    });
    expect(list.totalCents).toBe(EXPECTED_TOTAL);
    expect(list.totalCents).toBe(budget.total.actualCents);
    expect(list.totalLabel).toBe('Gesamt');
  });

  it('keeps a plan line without receipts (subtotal 0) and leaves out "ohne Planposition" when empty', () => {
    const onPlan = receipts.filter((r) => r.lineId === 'l-honorar');
    const list = receiptListRows(project, onPlan, L);
    expect(list.groups.map((g) => [g.category, g.rows.length, g.subtotalCents])).toEqual([
      ['Honorar Sprachmittlung', 4, 312_221],
      ['Miete Veranstaltungsraum', 0, 0],
      ['Sachkosten Öffentlichkeitsarbeit', 0, 0],
    ]);
    expect(list.totalCents).toBe(312_221);
  });

  it('property: subtotals add up to the total, the total is the exact integer sum (no float)', () => {
    const day = fc
      .record({
        y: fc.integer({ min: 2024, max: 2027 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => dayOfParts(y, m, d));
    const lineId = fc.oneof(
      fc.constantFrom('l-honorar', 'l-miete', 'l-sach', ''),
      fc.string({ maxLength: 8 }),
    );
    const arbitraryReceipt = fc
      .record({
        number: fc.string({ maxLength: 6 }),
        date: day,
        amountCents: fc.integer({ min: 1, max: 1_000_000_000 }),
        lineId,
      })
      .map((r) => receipt(r.number, r.date, 'Partei', 'Zweck', r.amountCents, r.lineId));
    fc.assert(
      fc.property(fc.array(arbitraryReceipt, { maxLength: 80 }), (random) => {
        const list = receiptListRows(project, random, L);
        const budget = budgetFigures(project, random);
        const exact = random.reduce((s, r) => s + BigInt(r.amountCents), 0n);
        expect(Number.isSafeInteger(list.totalCents)).toBe(true);
        expect(BigInt(list.totalCents)).toBe(exact);
        expect(list.groups.reduce((s, g) => s + BigInt(g.subtotalCents), 0n)).toBe(BigInt(list.totalCents));
        for (const [i, group] of list.groups.entries()) {
          expect(BigInt(group.subtotalCents)).toBe(
            group.rows.reduce((s, r) => s + BigInt(r.amountCents), 0n),
          );
          expect(group.subtotalCents).toBe(budget.lines[i]!.actualCents);
          for (let k = 1; k < group.rows.length; k++)
            expect(group.rows[k - 1]!.date <= group.rows[k]!.date).toBe(true);
        }
        // every receipt exactly once, the unknown lines under "ohne Planposition"
        expect(list.groups.reduce((n, g) => n + g.rows.length, 0)).toBe(random.length);
        const known = new Set(project.plan.map((l) => l.id));
        const without = list.groups.find((g) => g.lineId === '');
        expect(without?.rows.length ?? 0).toBe(random.filter((r) => !known.has(r.lineId)).length);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------- The raw xlsx: a zip of XML files ----------

/** The zip's entries as text, read from the central directory (stored or deflated). */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  expect(end).toBeGreaterThanOrEqual(0);
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    expect([0, 8]).toContain(method);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const BUILT_IN_FORMATS: Record<string, string> = { '0': 'General', '14': 'mm-dd-yy' };

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A sheet's cells with their style (bold, number format), from the sheet and styles XML. */
function cellStyles(files: Map<string, string>, sheetPath = 'xl/worksheets/sheet1.xml') {
  const styles = files.get('xl/styles.xml')!;
  const sheet = files.get(sheetPath)!;
  expect(styles).toBeTruthy();
  expect(sheet).toBeTruthy();
  const formats = { ...BUILT_IN_FORMATS };
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g))
    formats[m[1]!] = unescapeXml(m[2]!);
  const fontsXml = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!;
  const bold = [...fontsXml.matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) =>
    /<b\/>/.test(m[1] ?? ''),
  );
  const xfsXml = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const xfs = [...xfsXml.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => ({
    numFmtId: /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '0',
    fontId: Number(/fontId="(\d+)"/.exec(m[1]!)?.[1] ?? 0),
  }));
  const cells = new Map<string, { bold: boolean; format: string }>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)\/?>/g)) {
    const s = Number(/\bs="(\d+)"/.exec(m[2]!)?.[1] ?? 0);
    const xf = xfs[s]!;
    cells.set(m[1]!, { bold: bold[xf.fontId] ?? false, format: formats[xf.numFmtId] ?? `#${xf.numFmtId}` });
  }
  return { sheet, cells };
}

function frozenPane(sheetXml: string): { ySplit: number; xSplit: number; topLeftCell: string } | undefined {
  const pane = /<pane\b([^>]*)\/>/.exec(sheetXml)?.[1];
  if (!pane || !/state="frozen"/.test(pane)) return undefined;
  return {
    ySplit: Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0),
    xSplit: Number(/xSplit="(\d+)"/.exec(pane)?.[1] ?? 0),
    topLeftCell: /topLeftCell="([A-Z]+\d+)"/.exec(pane)?.[1] ?? '',
  };
}

const day = (cell: Cell) => {
  expect(cell).toBeInstanceOf(Date);
  const date = cell as Date;
  // UTC midnight: the day Excel shows, whatever the time zone of the reader
  expect(date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds()).toBe(0);
  return date.toISOString().slice(0, 10);
};

function titleBlock(rows: Rows, heading: string): void {
  expect(rows[0]).toEqual([heading]);
  expect(rows.slice(1, 6)).toEqual([
    ['Vorhaben', project.title],
    ['Zuwendungsempfänger', 'KI Musterkreis'],
    ['Zeitraum', '01.01.2026 – 31.12.2026'],
    ['Aktenzeichen', 'AZ 31-2026/0417'],
    ['Stand', '10.01.2027'],
  ]);
}

describe('Belegliste XLSX', () => {
  it('reads back: title block, header, every receipt, subtotals and total', async () => {
    const bytes = await receiptListXlsx(project, receipts, meta);
    const book = await readWorkbook(bytes);
    expect([...book.keys()]).toEqual(['Belegliste']);
    const rows = sheetRows(book, 'Belegliste');
    titleBlock(rows, 'Belegliste');
    expect(rows[HEADER_ROW - 1]).toEqual([
      'Planposition',
      'Belegnummer',
      'Datum',
      'Empfänger/Einzahler',
      'Verwendungszweck',
      'Betrag (€)',
    ]);

    const budget = budgetFigures(project, receipts);
    let at = HEADER_ROW; // 0-based index of the first row below the header
    for (const [g, group] of EXPECTED_GROUPS.entries()) {
      const groupCents: number[] = [];
      for (const number of group.numbers) {
        const r = byNumber.get(number)!;
        const row = rows[at++]!;
        expect(row.slice(0, 2)).toEqual([group.category, r.number]);
        expect(day(row[2]!)).toBe(r.date);
        expect(row.slice(3)).toEqual([r.party, r.purpose, r.amountCents / 100]);
        expect(typeof row[5]).toBe('number');
        groupCents.push(Math.round((row[5] as number) * 100));
      }
      const subtotal = rows[at++]!;
      expect(subtotal).toEqual([`Summe ${group.category}`, null, null, null, null, group.cents / 100]);
      // the subtotal as written equals the sum of the receipts as written and budgetFigures
      expect(Math.round((subtotal[5] as number) * 100)).toBe(sumOf(groupCents));
      expect(Math.round((subtotal[5] as number) * 100)).toBe(budget.lines[g]!.actualCents);
    }
    expect(rows.slice(at).filter((r) => r.length > 0)).toEqual([
      ['Gesamt', null, null, null, null, EXPECTED_TOTAL / 100],
    ]);
    expect(EXPECTED_TOTAL).toBe(budget.total.actualCents);
    // the formula-like purpose is a text cell, not a formula
    expect(rows.flat()).toContain(HOSTILE);
  });

  it('freezes the header row, sets it bold, formats euros and days, subtotals bold', async () => {
    const files = unzip(await receiptListXlsx(project, receipts, meta));
    const { sheet, cells } = cellStyles(files);
    expect(frozenPane(sheet)).toEqual({ ySplit: HEADER_ROW, xSplit: 0, topLeftCell: `A${HEADER_ROW + 1}` });
    expect(sheet).not.toMatch(/<f>/); // no formulas anywhere
    for (const col of 'ABCDEF')
      expect(cells.get(`${col}${HEADER_ROW}`)?.bold, `${col}${HEADER_ROW}`).toBe(true);
    const first = HEADER_ROW + 1; // B-1, an ordinary receipt row
    expect(cells.get(`A${first}`)?.bold).toBe(false);
    expect(cells.get(`C${first}`)?.format).toBe('dd.mm.yyyy');
    expect(cells.get(`F${first}`)?.format).toBe('#,##0.00 "€"');
    const subtotal = first + EXPECTED_GROUPS[0]!.numbers.length; // "Summe Honorar Sprachmittlung"
    expect(cells.get(`A${subtotal}`)).toEqual({ bold: true, format: 'General' });
    expect(cells.get(`F${subtotal}`)).toEqual({ bold: true, format: '#,##0.00 "€"' });
    // the column widths are set
    expect(sheet).toMatch(/<cols>[\s\S]*width="48"[\s\S]*<\/cols>/);
  });

  it('writes the raw cell value as euros, cents/100 exactly', async () => {
    const files = unzip(await receiptListXlsx(project, receipts, meta));
    const { sheet } = cellStyles(files);
    const subtotalRow = HEADER_ROW + 1 + EXPECTED_GROUPS[0]!.numbers.length;
    const value = new RegExp(`<c r="F${subtotalRow}"[^>]*><v>([^<]*)</v>`).exec(sheet)?.[1];
    expect(value).toBe('3122.21');
  });
});

describe('Nachweis XLSX', () => {
  it('reads back Soll, Eigenanteil, Ist, Abweichung per line, the total and the financing part', async () => {
    const bytes = await proofStatementXlsx(project, receipts, meta);
    const book = await readWorkbook(bytes);
    expect([...book.keys()]).toEqual(['Zahlenmäßiger Nachweis']);
    const rows = sheetRows(book, 'Zahlenmäßiger Nachweis');
    titleBlock(rows, 'Zahlenmäßiger Nachweis');
    expect(rows[HEADER_ROW - 1]).toEqual([
      'Planposition',
      'Soll (€)',
      'Eigenanteil geplant (€)',
      'Ist (€)',
      'Abweichung (€)',
    ]);
    const euro = (cents: number) => cents / 100;
    // worked out by hand
    const expected = [
      ['Honorar Sprachmittlung', 1_200_000, 120_000, 312_221, 887_779],
      ['Miete Veranstaltungsraum', 360_000, 36_000, 62_550, 297_450],
      ['Sachkosten Öffentlichkeitsarbeit', 250_000, 25_000, 50_789, 199_211],
      ['ohne Planposition', 0, 0, 21_344, -21_344],
      ['Gesamt', 1_810_000, 181_000, 446_904, 1_363_096],
    ] as const;
    const body = rows.slice(HEADER_ROW, HEADER_ROW + expected.length);
    expect(body).toEqual(expected.map(([label, ...cents]) => [label, ...cents.map(euro)]));

    // and the same as proofStatement
    const statement = proofStatement(project, receipts);
    const lines = [...statement.budget.lines, { ...statement.budget.total, line: undefined }];
    lines.forEach((l, i) => {
      const [, soll, own, ist, dev] = body[i] as [string, number, number, number, number];
      expect([soll, own, ist, dev].map((v) => Math.round(v * 100))).toEqual([
        l.plannedCents,
        l.ownShareCents,
        l.actualCents,
        l.plannedCents - l.actualCents,
      ]);
    });

    const financing = rows.slice(HEADER_ROW + expected.length).filter((r) => r.length > 0);
    expect(financing).toEqual([
      ['Finanzierung', 'Betrag (€)'],
      ['Bewilligte Zuwendung', euro(statement.grantCents)],
      ['Abgerufene Mittel', euro(statement.drawnCents)],
      ['Eigenanteil tatsächlich', euro(statement.ownShareActualCents)],
      ['Nicht verbrauchte Mittel', euro(statement.unspentCents)],
    ]);
    expect(financing.slice(1).map((r) => Math.round((r[1] as number) * 100))).toEqual([
      // Own share: the expenditure minus the grant's part of it, ⌊446.904 × 1.629.000 / 1.810.000⌋ = 402.213.
      1_629_000,
      400_000,
      446_904 - 402_213,
      0,
    ]);
  });

  it('freezes and bolds the header, formats euros, bolds the total row', async () => {
    const files = unzip(await proofStatementXlsx(project, receipts, meta));
    const { sheet, cells } = cellStyles(files);
    expect(frozenPane(sheet)).toEqual({ ySplit: HEADER_ROW, xSplit: 0, topLeftCell: `A${HEADER_ROW + 1}` });
    for (const col of 'ABCDE') expect(cells.get(`${col}${HEADER_ROW}`)?.bold).toBe(true);
    for (const col of 'BCDE')
      expect(cells.get(`${col}${HEADER_ROW + 1}`)).toEqual({ bold: false, format: '#,##0.00 "€"' });
    const total = HEADER_ROW + 5;
    expect(cells.get(`A${total}`)?.bold).toBe(true);
    expect(cells.get(`E${total}`)).toEqual({ bold: true, format: '#,##0.00 "€"' });
  });
});

describe('proofStatementRows', () => {
  it('carries proofStatement figures with German labels', () => {
    const rows = proofStatementRows(project, receipts, L);
    const statement = proofStatement(project, receipts);
    expect(rows.lines.map((l) => l.deviationCents)).toEqual(
      statement.budget.lines.map((l) => l.remainingCents),
    );
    expect(rows.total).toMatchObject({
      category: 'Gesamt',
      plannedCents: statement.budget.total.plannedCents,
      ownSharePlannedCents: statement.ownSharePlannedCents,
      actualCents: statement.budget.total.actualCents,
      deviationCents: statement.budget.total.plannedCents - statement.budget.total.actualCents,
    });
    expect(rows.financing.map((f) => [f.label, f.cents])).toEqual([
      ['Bewilligte Zuwendung', statement.grantCents],
      ['Abgerufene Mittel', statement.drawnCents],
      ['Eigenanteil tatsächlich', statement.ownShareActualCents],
      ['Nicht verbrauchte Mittel', statement.unspentCents],
    ]);
  });
});

// ---------- CSV ----------

function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** A German CSV amount back to cents, digit by digit (no float). */
function centsOf(text: string | undefined): number {
  const parsed = parseEuroCents(text ?? '', 'de');
  if (!parsed.ok || parsed.value === null) throw new Error(`not an amount: ${text}`);
  return parsed.value;
}

describe('CSV', () => {
  it('Belegliste: German dates and decimal commas, amounts equal the cents, text defused', () => {
    const rows = readCsv(receiptListCsv(project, receipts, meta));
    expect(rows[0]).toEqual([
      'Planposition',
      'Belegnummer',
      'Datum',
      'Empfänger/Einzahler',
      'Verwendungszweck',
      'Betrag (€)',
    ]);
    let at = 1;
    for (const group of EXPECTED_GROUPS) {
      for (const number of group.numbers) {
        const r = byNumber.get(number)!;
        const row = rows[at++]!;
        expect(row.slice(0, 5)).toEqual([
          group.category,
          r.number,
          r.date.split('-').reverse().join('.'),
          r.party,
          r.purpose === HOSTILE ? `'${HOSTILE}` : r.purpose,
        ]);
        expect(row[5]).not.toMatch(/\./); // a decimal comma, no point
        expect(centsOf(row[5])).toBe(r.amountCents);
      }
      const subtotal = rows[at++]!;
      expect(subtotal.slice(0, 5)).toEqual([`Summe ${group.category}`, '', '', '', '']);
      expect(centsOf(subtotal[5])).toBe(group.cents);
    }
    expect(rows[at]?.[0]).toBe('Gesamt');
    expect(centsOf(rows[at]?.[5])).toBe(EXPECTED_TOTAL);
    expect(rows).toHaveLength(at + 1);
    expect(rows[1]?.[5]).toBe('1234,56');
  });

  it('Nachweis: figures per line and the financing part; a negative deviation stays a number', () => {
    const rows = readCsv(proofStatementCsv(project, receipts, meta));
    const statement = proofStatement(project, receipts);
    expect(rows[0]).toEqual([
      'Planposition',
      'Soll (€)',
      'Eigenanteil geplant (€)',
      'Ist (€)',
      'Abweichung (€)',
    ]);
    const lines = [...statement.budget.lines, { ...statement.budget.total, line: undefined }];
    lines.forEach((l, i) => {
      const row = rows[1 + i]!;
      expect(row[0]).toBe(i === lines.length - 1 ? 'Gesamt' : (l.line?.category ?? 'ohne Planposition'));
      expect(row.slice(1).map(centsOf)).toEqual([
        l.plannedCents,
        l.ownShareCents,
        l.actualCents,
        l.remainingCents,
      ]);
    });
    expect(rows[4]?.[4]).toBe('-213,44');
    expect(rows.slice(1 + lines.length)).toEqual([
      ['Finanzierung', 'Betrag (€)'],
      // Amounts with their two decimals, as a Belegliste is read.
      ['Bewilligte Zuwendung', '16290,00'],
      ['Abgerufene Mittel', '4000,00'],
      ['Eigenanteil tatsächlich', '446,91'],
      ['Nicht verbrauchte Mittel', '0,00'],
    ]);
  });

  it('English: decimal point and English labels', () => {
    const rows = readCsv(receiptListCsv(project, receipts, { language: 'en' }));
    expect(rows[0]?.[0]).toBe('Plan line');
    expect(rows[1]?.slice(2)).toEqual([
      '05/03/2026',
      'Dolmetscherdienst Yılmaz',
      'Honorar Sprachmittlung Beratung Februar',
      '1234.56',
    ]);
    expect(rows.at(-1)?.[0]).toBe('Total');
  });
});
