// The Sachbericht: its activity figures must be the annual report's for the Vorhaben's period, its
// money budget.ts' (budgetFigures, proofStatement). Expected figures are worked out by hand from
// reportFixture (2026: three inquiries, three activities, here one more) and the receipts below; the DOCX is read
// back with mammoth, an independent reader.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { budgetFigures, proofStatement } from '../../../shared/funding/budget';
import type { ProjectData, ReceiptData } from '../../../shared/funding/fundingRecords';
import {
  buildSachbericht,
  type Sachbericht,
  type SachberichtBlock,
  type SachberichtTable,
} from '../../../shared/funding/sachbericht';
import { emptyActivity } from '../../../shared/domain/network';
import { buildAnnualReport, type ReportInput } from '../../../shared/report/annualReport';
import { sachberichtDocx } from '../../../renderer/features/funding/exports/sachberichtDocx';
import { MARKER, reportInput } from './reportFixture';

const NBSP = '\u00a0';
const eur = (text: string) => `${text}${NBSP}€`;

const project: ProjectData = {
  kind: 'project',
  title: 'Willkommen im Landkreis – Sprachmittlung 2026',
  purpose: 'Sprachmittlung in der Beratung.\nBegegnungsabende für Neuzugewanderte.',
  programmeId: '',
  from: '2026-01-01',
  to: '2026-12-31',
  status: 'nachweis',
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
    { id: 'l-sach', category: 'Sachkosten', plannedCents: 250_000, ownShareCents: 25_000 },
  ],
  payments: [
    { id: 'p1', date: '2026-03-01', amountCents: 800_000, note: '' },
    { id: 'p2', date: '2026-07-01', amountCents: 600_000, note: '' },
  ],
  proofSubmittedOn: '',
  notes: '',
};

const receipt = (number: string, amountCents: number, lineId: string): ReceiptData => ({
  kind: 'receipt',
  projectId: 'v1',
  number,
  date: '2026-05-01',
  party: `${MARKER} Empfänger`,
  purpose: `${MARKER} Zweck`,
  amountCents,
  lineId,
  note: '',
});

// Honorar 9.000 € of 12.000 € (−25 %), Miete 4.000 € of 3.600 € (+11 %, overspent), Sachkosten
// 2.300 € of 2.500 € (−8 %: within the 20 %), 100 € on no line.
const receipts: ReceiptData[] = [
  receipt('B-1', 500_000, 'l-honorar'),
  receipt('B-2', 400_000, 'l-honorar'),
  receipt('B-3', 200_000, 'l-miete'),
  receipt('B-4', 200_000, 'l-miete'),
  receipt('B-5', 230_000, 'l-sach'),
  receipt('B-6', 10_000, ''),
];

const meta = { language: 'de' as const, officeName: 'KI Musterkreis', createdAt: '2027-01-10T08:30:00.000Z' };
// reportFixture's office year with a fourth activity in 2026 (a Begegnungsabend), so that no two of
// the figures named are equal and a mix-up shows.
const input: ReportInput = {
  ...reportInput,
  activities: [
    ...reportInput.activities,
    {
      ...emptyActivity('2026-10-08', 'aktart-03'),
      participants: 25,
      id: 'a4',
      createdAt: '2026-10-08T10:00:00.000Z',
      changedAt: '2026-10-08T10:00:00.000Z',
    },
  ],
};
const report = buildAnnualReport(
  input,
  { from: project.from, to: project.to },
  { language: 'de', createdAt: new Date(2027, 0, 10) },
);
const build = (p: ProjectData = project) => buildSachbericht(p, receipts, report, meta);

const section = (model: Sachbericht, id: string) => model.sections.find((s) => s.id === id)!;
const tables = (blocks: SachberichtBlock[]): SachberichtTable[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const texts = (blocks: SachberichtBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : []));
const placeholders = (model: Sachbericht) =>
  model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph' && b.placeholder);

/** The report's value of a row in the period, found by table id and label. */
function reportValue(tableId: string, label: string): number {
  for (const s of report.sections)
    for (const t of s.tables)
      if (t.id === tableId) {
        const row = t.rows.find((r) => r.label === label);
        if (row) return row.current;
      }
  throw new Error(`no row ${label} in ${tableId}`);
}

describe('buildSachbericht', () => {
  it('has the title, the title block and the five numbered sections', () => {
    const model = build();
    expect(model.title).toBe('Sachbericht zum Verwendungsnachweis');
    expect(model.titleBlock).toEqual([
      ['Vorhaben', 'Willkommen im Landkreis – Sprachmittlung 2026'],
      ['Zuwendungsempfänger', 'KI Musterkreis'],
      ['Zeitraum', '01.01.2026 – 31.12.2026'],
      ['Aktenzeichen', 'AZ 31-2026/0417'],
      ['Zuwendungsbescheid vom', '15.02.2026'],
      ['Bewilligte Zuwendung', eur('16.290,00')],
      ['Stand', '10.01.2027'],
    ]);
    expect(model.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Ziele und Zweck des Vorhabens',
      '2. Durchgeführte Maßnahmen und Ergebnisse',
      '3. Finanzielle Abwicklung',
      '4. Abweichungen vom Finanzierungsplan',
      '5. Ausblick / Nachhaltigkeit',
    ]);
  });

  it('takes the purpose as written, and a placeholder in brackets where there is none', () => {
    expect(texts(section(build(), 'goals').blocks).slice(0, 2)).toEqual([
      'Sprachmittlung in der Beratung.',
      'Begegnungsabende für Neuzugewanderte.',
    ]);
    const empty = buildSachbericht({ ...project, purpose: '  ' }, receipts, report, meta);
    const goals = section(empty, 'goals').blocks[0]!;
    expect(goals).toMatchObject({ kind: 'paragraph', placeholder: true });
    expect(goals.kind === 'paragraph' && goals.text).toMatch(/^\[Bitte ergänzen: Ziele und Zweck.*\]$/);
    for (const p of placeholders(build())) expect(p.kind === 'paragraph' && p.text).toMatch(/^\[.*\]$/);
  });

  it("names the annual report's figures for the period: 3 inquiries, 4 activities, 5,3 hours", () => {
    const model = build();
    // Counted by hand (reportFixture for 2026, and a4), and the report's own overview row.
    expect(model.figures).toEqual({ inquiries: 3, activities: 4, hours: 5.3 });
    expect(model.figures.inquiries).toBe(reportValue('overview', 'Anfragen'));
    expect(model.figures.activities).toBe(reportValue('overview', 'Aktivitäten'));
    const measures = section(model, 'measures');
    expect(texts(measures.blocks)[0]).toBe(
      'Im Zeitraum des Vorhabens (01.01.2026 – 31.12.2026) sind im Tätigkeitsprotokoll 3 Anfragen und 4 Aktivitäten mit einem Zeitaufwand von insgesamt 5,3 Stunden erfasst. Die folgenden Zahlen stammen aus diesem Protokoll.',
    );
    const byId = new Map(tables(measures.blocks).map((t) => [t.id, t]));
    expect(byId.get('overview')!.title).toBe('Kennzahlen im Überblick');
    expect(byId.get('overview')!.rows).toContainEqual(['Anfragen', '3']);
    expect(byId.get('inquiries')!.rows).toContainEqual(['Zeitaufwand für Anfragen (Stunden)', '1,8']);
    // Rows with nothing in the period are left out of the list tables (Schule / Kita: 1, Polizei: 2).
    expect(byId.get('requesterType')!.rows).toEqual([
      ['Polizei', '2'],
      ['Schule / Kita', '1'],
    ]);
    expect(byId.get('topics')!.rows).toContainEqual(['Sprache / Sprachkurs', '2']);
    expect(byId.get('topics')!.note).toMatch(/mehreren Themen/);
    expect(byId.get('referrals')!.rows).toEqual([['Jobcenter Musterkreis', '1']]);
    expect(byId.get('volunteers')!.rows).toContainEqual(['Aufwandsentschädigungen (Euro)', eur('50,00')]);
    // Every figure shown is the report's value of that row in the period.
    for (const t of tables(measures.blocks))
      for (const [label, value] of t.rows)
        if (!value!.includes('€'))
          expect(value, `${t.id} ${label}`).toBe(
            new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(reportValue(t.id, label!)),
          );
    // The office's own words for a section of the report, else a placeholder per area.
    const subheadings = measures.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : []));
    expect(subheadings[0]).toBe('2.1 Anfragen und Einzelfallberatung');
    expect(texts(measures.blocks)).toContain('Die Nachfrage nach Sprachkursen stieg deutlich.');
  });

  it('states plan against actual per line with the sums of budgetFigures', () => {
    const model = build();
    const budget = budgetFigures(project, receipts);
    const statement = proofStatement(project, receipts);
    expect(model.finance).toEqual(statement);
    expect(model.finance.budget.total).toEqual(budget.total);
    // By hand: planned 18.100 €, own share 1.810 €, actual 15.400 €, drawn 14.000 €.
    expect(budget.total.plannedCents).toBe(1_810_000);
    expect(budget.total.actualCents).toBe(1_540_000);
    const finances = section(model, 'finances');
    const plan = tables(finances.blocks).find((t) => t.id === 'plan')!;
    expect(plan.header).toEqual([
      'Planposition',
      'Soll (€)',
      'Eigenanteil geplant (€)',
      'Ist (€)',
      'Abweichung (€)',
    ]);
    expect(plan.rows).toEqual([
      ['Honorar Sprachmittlung', '12.000,00', '1.200,00', '9.000,00', '3.000,00'],
      ['Miete Veranstaltungsraum', '3.600,00', '360,00', '4.000,00', '-400,00'],
      ['Sachkosten', '2.500,00', '250,00', '2.300,00', '200,00'],
      ['ohne Planposition', '0,00', '0,00', '100,00', '-100,00'],
    ]);
    expect(plan.total).toEqual(['Gesamt', '18.100,00', '1.810,00', '15.400,00', '2.700,00']);
    const financing = tables(finances.blocks).find((t) => t.id === 'financing')!;
    expect(financing.rows).toEqual([
      ['Bewilligte Zuwendung', '16.290,00'],
      ['Abgerufene Mittel', '14.000,00'],
      // The grant pays 16.290 / 18.100 of each euro: 13.860,00 € of the 15.400,00 € spent.
      ['Eigenanteil tatsächlich', '1.540,00'],
      ['Nicht verbrauchte Mittel', '140,00'],
    ]);
    expect(texts(finances.blocks).slice(0, 2)).toEqual([
      `Geplant waren Ausgaben von ${eur('18.100,00')} (davon Eigenanteil ${eur('1.810,00')}). Tatsächlich ausgegeben wurden ${eur('15.400,00')}, belegt durch 6 Belege.`,
      `Von der bewilligten Zuwendung über ${eur('16.290,00')} wurden ${eur('14.000,00')} abgerufen; der tatsächliche Eigenanteil beträgt ${eur('1.540,00')}.`,
    ]);
  });

  it('lists the lines off the plan by more than 20 % or overspent, then a placeholder', () => {
    const model = build();
    expect(
      model.deviations.map((d) => [d.category, d.plannedCents, d.actualCents, d.changePercent, d.overspent]),
    ).toEqual([
      ['Honorar Sprachmittlung', 1_200_000, 900_000, -25, false],
      ['Miete Veranstaltungsraum', 360_000, 400_000, 11, true],
      ['ohne Planposition', 0, 10_000, null, true],
    ]);
    const blocks = section(model, 'deviations').blocks;
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      `Honorar Sprachmittlung: Ist ${eur('9.000,00')} bei Soll ${eur('12.000,00')} (-25 %)`,
      `Miete Veranstaltungsraum: Ist ${eur('4.000,00')} bei Soll ${eur('3.600,00')} (+11 %) – überschritten`,
      `Belege ohne Planposition: ${eur('100,00')} – bitte einer Position des Finanzierungsplans zuordnen`,
    ]);
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph', placeholder: true });

    // Exactly 20 % off is within the plan; nothing listed then.
    const onPlan = [receipt('C-1', 960_000, 'l-honorar'), receipt('C-2', 360_000, 'l-miete')];
    const calm = buildSachbericht({ ...project, plan: project.plan.slice(0, 2) }, onPlan, report, meta);
    expect(calm.deviations).toEqual([]);
    expect(texts(section(calm, 'deviations').blocks)[0]).toMatch(/^Keine Position weicht/);
  });

  it('speaks English when asked', () => {
    const en = buildSachbericht(project, receipts, report, { ...meta, language: 'en' });
    expect(en.title).toBe('Narrative report for the proof of use');
    expect(en.sections.map((s) => s.title)[2]).toBe('Financial implementation');
    expect(en.titleBlock[2]).toEqual(['Period', '01/01/2026 – 31/12/2026']);
  });
});

describe('sachberichtDocx', () => {
  it('writes headings, the figures, the tables and the placeholders (read back with mammoth)', async () => {
    const model = build();
    const bytes = await sachberichtDocx(model);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('Sachbericht zum Verwendungsnachweis');
    expect(lines).toContain('Aktenzeichen: AZ 31-2026/0417');
    for (const s of model.sections) expect(lines).toContain(`${s.number}. ${s.title}`);
    expect(lines).toContain('2.1 Anfragen und Einzelfallberatung');
    expect(text).toContain('3 Anfragen und 4 Aktivitäten');
    // A table row comes out as consecutive paragraphs, one per cell.
    const inquiries = lines.indexOf('Anfragen');
    expect(lines.slice(inquiries, inquiries + 2)).toEqual(['Anfragen', '3']);
    const total = lines.indexOf('Gesamt');
    expect(lines.slice(total, total + 5)).toEqual([
      'Gesamt',
      '18.100,00',
      '1.810,00',
      '15.400,00',
      '2.700,00',
    ]);
    const drawn = lines.indexOf('Abgerufene Mittel');
    expect(lines.slice(drawn, drawn + 2)).toEqual(['Abgerufene Mittel', '14.000,00']);
    expect(text).toContain('Miete Veranstaltungsraum: Ist');
    expect(text).toContain('[Bitte ergänzen: Wie wird die Arbeit nach Ende des Förderzeitraums fortgeführt?');
    expect(text).toContain('Rechtsverbindliche Unterschrift');
    // Aggregates only: nothing of a record's free text or of a receipt's party.
    expect(text).not.toContain(MARKER);
  });

  it('marks the headings as Word headings and the tables as Word tables', async () => {
    const bytes = await sachberichtDocx(build());
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>1. Ziele und Zweck des Vorhabens</h1>');
    expect(html).toContain('<h2>2.1 Anfragen und Einzelfallberatung</h2>');
    expect(html).toMatch(/<table>.*Honorar Sprachmittlung.*<\/table>/s);
    expect(html).toContain('<li>Honorar Sprachmittlung: Ist');
  });
});
