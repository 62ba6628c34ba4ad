// The Sachbericht (narrative report) of a Verwendungsnachweis as a plain document model: a skeleton
// the office finishes in Word. Its figures are not counted here: the activities come from the annual
// report built for the Vorhaben's period (buildAnnualReport, so the Sachbericht, the Jahresbericht
// and the dashboard agree), the money from budget.ts (proofStatement, as the zahlenmäßiger
// Nachweis). Every cell and sentence is formatted once here, so the preview and the DOCX show the
// same text. Text the office has to write is a placeholder in square brackets.
import { formatScaled } from '../domain/numberInput';
import type { Language } from '../domain/settings';
import { localeOf } from '../i18n/locale';
import type { AnnualReport, ReportTable } from '../report/annualReport';
import { formatChange, formatReportDay, formatReportValue } from '../report/reportExportRows';
import { reportLabels, type SectionId } from '../report/reportLabels';
import { proofStatement, type ProofStatement } from './budget';
import { fundingExportLabels, sachberichtLabels, type Figures } from './fundingLabels';
import type { ProjectData, ReceiptData } from './fundingRecords';
import { fundingTitleBlock, proofStatementRows, type FundingExportMeta } from './proofRows';

export type SachberichtSectionId = 'goals' | 'measures' | 'finances' | 'deviations' | 'outlook';

export interface SachberichtTable {
  id: string;
  /** The caption above the table. */
  title: string;
  note?: string;
  header: string[];
  /** Per column: text left, figures right. */
  align: Array<'left' | 'right'>;
  rows: string[][];
  /** A sum row, shown bold below the rows. */
  total?: string[];
}

export type SachberichtBlock =
  | { kind: 'paragraph'; text: string; placeholder: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; table: SachberichtTable }
  | { kind: 'list'; items: string[] };

export interface SachberichtSection {
  id: SachberichtSectionId;
  number: number;
  title: string;
  blocks: SachberichtBlock[];
}

/** A plan line whose actual amount differs from the plan by more than 20 % or exceeds it. */
export interface SachberichtDeviation {
  /** '' for the receipts on no line of the plan. */
  lineId: string;
  category: string;
  plannedCents: number;
  actualCents: number;
  /** (Ist − Soll) ÷ Soll in whole percent; null when nothing was planned. */
  changePercent: number | null;
  overspent: boolean;
}

export interface Sachbericht {
  language: Language;
  title: string;
  /** Vorhaben, Zuwendungsempfänger, Zeitraum, Aktenzeichen, Bescheid, Bewilligte Zuwendung, Stand. */
  titleBlock: Array<[string, string]>;
  sections: SachberichtSection[];
  /** Place, date and signature lines at the end. */
  closing: string[];
  /** "Sachbericht zum Verwendungsnachweis · <Vorhaben> · <Zeitraum>", for a page footer. */
  footer: string;
  /** The report's key figures the text names (from its overview table). */
  figures: { inquiries: number; activities: number; hours: number };
  /** The money: proofStatement of the Vorhaben and its receipts. */
  finance: ProofStatement;
  deviations: SachberichtDeviation[];
}

/** Tables of the annual report shown in "Durchgeführte Maßnahmen", by report section. */
const MEASURE_TABLES: ReadonlyArray<{ section: SectionId; tables: readonly string[] }> = [
  { section: 'anfragen', tables: ['inquiries', 'requesterType', 'topics', 'targetGroup', 'referrals'] },
  { section: 'netzwerk', tables: ['network', 'activityTypes'] },
  { section: 'ehrenamt', tables: ['volunteers'] },
  { section: 'veranstaltungen', tables: ['events'] },
  { section: 'fortbildung', tables: ['training'] },
];
/** Tables whose rows are all shown; in the others a row with nothing in the period is left out. */
const KEEP_ZERO_ROWS = new Set(['overview', 'inquiries']);

/** Deviations beyond this share of the planned amount are named (ANBest-P allow 20 % per line). */
const DEVIATION_PERCENT = 20;

/** "1.234,56" in German, "1,234.56" in English: amounts in a column headed "(€)". */
export function formatAmount(cents: number, language: Language): string {
  // Digit by digit from the integer cents (numberInput.ts), no division into binary fractions.
  return formatScaled(cents, 2, true, language);
}

/** "1.234,56 €": an amount in a sentence. */
export function formatEuroText(cents: number, language: Language): string {
  return formatReportValue(cents / 100, 'euro', language);
}

const paragraph = (text: string): SachberichtBlock => ({ kind: 'paragraph', text, placeholder: false });
const placeholder = (text: string): SachberichtBlock => ({ kind: 'paragraph', text, placeholder: true });
/** The office's own words, one paragraph per line. */
const paragraphs = (text: string): SachberichtBlock[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(paragraph);

function findTable(report: AnnualReport, id: string): ReportTable | undefined {
  for (const section of report.sections) {
    const table = section.tables.find((t) => t.id === id);
    if (table) return table;
  }
  return undefined;
}

/** A report table as figure rows (label, value in the period), formatted the report's way. */
function figureTable(table: ReportTable, report: AnnualReport, header: string[]): SachberichtTable | null {
  const rows = table.rows
    .filter((r) => KEEP_ZERO_ROWS.has(table.id) || r.current !== 0)
    .map((r) => [r.label, formatReportValue(r.current, r.unit, report.language)]);
  if (rows.length === 0) return null;
  return {
    id: table.id,
    title: table.title,
    ...(table.note ? { note: table.note } : {}),
    header,
    align: ['left', 'right'],
    rows,
  };
}

/** The plan lines (and receipts on no line) whose Ist differs from the Soll by more than 20 % or exceeds it. */
export function planDeviations(statement: ProofStatement, noLineLabel: string): SachberichtDeviation[] {
  const deviations: SachberichtDeviation[] = [];
  for (const l of statement.budget.lines) {
    const planned = l.plannedCents;
    const actual = l.actualCents;
    const overspent = actual > planned;
    // Integers only: |Ist − Soll| × 100 > 20 × Soll.
    const beyond = Math.abs(actual - planned) * 100 > DEVIATION_PERCENT * planned;
    if (!overspent && !beyond) continue;
    if (!l.line && actual === 0) continue;
    deviations.push({
      lineId: l.line?.id ?? '',
      category: l.line?.category ?? noLineLabel,
      plannedCents: planned,
      actualCents: actual,
      changePercent: planned > 0 ? Math.round(((actual - planned) * 100) / planned) : null,
      overspent,
    });
  }
  return deviations;
}

/**
 * The Sachbericht of a Vorhaben: title block, then 1 Ziele und Zweck, 2 Maßnahmen und Ergebnisse (the
 * annual report's figures for the Vorhaben's period), 3 Finanzielle Abwicklung (plan against actual,
 * drawn funds, own share), 4 Abweichungen (lines off the plan by more than 20 % or overspent),
 * 5 Ausblick. `report` is buildAnnualReport for the period from…to of the Vorhaben; `receipts` are
 * the Vorhaben's (as for budgetFigures).
 */
export function buildSachbericht(
  project: Pick<ProjectData, 'title' | 'purpose' | 'from' | 'to' | 'award' | 'plan' | 'payments'>,
  receipts: readonly ReceiptData[],
  report: AnnualReport,
  meta: FundingExportMeta,
): Sachbericht {
  const lang = meta.language;
  const S = sachberichtLabels(lang);
  const F = fundingExportLabels(lang);
  const R = reportLabels(report.language);
  const f: Figures = {
    count: (n) => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(n),
  };
  const euro = (cents: number) => formatEuroText(cents, lang);
  const amount = (cents: number) => formatAmount(cents, lang);
  const period = `${formatReportDay(project.from, lang)} – ${formatReportDay(project.to, lang)}`;

  // Title block: the exports' block, with the notice of award and the grant before "Stand".
  const block = fundingTitleBlock(project, meta, F);
  const asOf = block.pop()!;
  if (project.award.date) block.push([S.awardDate, formatReportDay(project.award.date, lang)]);
  block.push([F.grant, project.award.amountCents !== null ? euro(project.award.amountCents) : F.notSet]);
  block.push(asOf);

  // 1 Ziele und Zweck.
  const goals: SachberichtBlock[] = project.purpose.trim()
    ? [...paragraphs(project.purpose), placeholder(S.placeholders.goalsReached)]
    : [placeholder(S.placeholders.goals), placeholder(S.placeholders.goalsReached)];

  // 2 Maßnahmen und Ergebnisse: key figures, then per area of the report its tables and text.
  const overview = findTable(report, 'overview');
  const overviewValue = (label: string) => overview?.rows.find((r) => r.label === label)?.current ?? 0;
  const figures = {
    inquiries: overviewValue(R.rows.inquiries),
    activities: overviewValue(R.rows.activities),
    hours: overviewValue(`${R.rows.hoursTotal} (${R.units.hours})`),
  };
  const measures: SachberichtBlock[] = [
    paragraph(S.measuresIntro({ period, ...figures }, f)),
    paragraph(R.aggregatesOnly),
  ];
  const keyTable = overview && figureTable(overview, report, S.figureColumns);
  if (keyTable) measures.push({ kind: 'table', table: { ...keyTable, title: S.keyFigures } });
  let sub = 0;
  for (const area of MEASURE_TABLES) {
    const section = report.sections.find((s) => s.id === area.section);
    if (!section) continue;
    const tables = area.tables
      .map((id) => section.tables.find((t) => t.id === id))
      .map((t) => (t ? figureTable(t, report, S.figureColumns) : null))
      .filter((t): t is SachberichtTable => t !== null);
    const text = section.text.trim();
    if (tables.length === 0 && !text) continue;
    sub++;
    measures.push({ kind: 'subheading', text: `2.${sub} ${section.title}` });
    measures.push(...(text ? paragraphs(text) : [placeholder(S.placeholders.measures)]));
    for (const table of tables) measures.push({ kind: 'table', table });
  }

  // 3 Finanzielle Abwicklung: the zahlenmäßiger Nachweis' figures.
  const statement = proofStatement(project, receipts);
  const proof = proofStatementRows(project, receipts, F);
  const { total } = statement.budget;
  const finances: SachberichtBlock[] = [
    paragraph(
      S.spending(
        {
          planned: euro(total.plannedCents),
          ownShare: euro(statement.ownSharePlannedCents),
          actual: euro(total.actualCents),
          receipts: total.receipts,
        },
        f,
      ),
    ),
    paragraph(
      S.funding({
        grant: euro(statement.grantCents),
        drawn: euro(statement.drawnCents),
        ownShareActual: euro(statement.ownShareActualCents),
        awarded: project.award.amountCents !== null,
      }),
    ),
    ...(statement.unspentCents > 0 ? [paragraph(S.unspent({ unspent: euro(statement.unspentCents) }))] : []),
  ];
  const lineCells = (l: (typeof proof.lines)[number]) => [
    l.category,
    amount(l.plannedCents),
    amount(l.ownSharePlannedCents),
    amount(l.actualCents),
    amount(l.deviationCents),
  ];
  if (proof.lines.length > 0)
    finances.push({
      kind: 'table',
      table: {
        id: 'plan',
        title: S.planTable,
        header: proof.header,
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: proof.lines.map(lineCells),
        total: lineCells(proof.total),
      },
    });
  finances.push(
    {
      kind: 'table',
      table: {
        id: 'financing',
        title: proof.financingHeader[0],
        header: [...proof.financingHeader],
        align: ['left', 'right'],
        rows: proof.financing.map((r) => [r.label, amount(r.cents)]),
      },
    },
    paragraph(S.seeProof),
  );

  // 4 Abweichungen vom Finanzierungsplan.
  const deviations = planDeviations(statement, F.noLine);
  const deviationBlocks: SachberichtBlock[] =
    deviations.length > 0
      ? [
          paragraph(S.deviationsIntro),
          {
            kind: 'list',
            items: deviations.map((d) =>
              d.lineId === ''
                ? S.unassigned({ actual: euro(d.actualCents) })
                : S.deviation({
                    category: d.category,
                    planned: euro(d.plannedCents),
                    actual: euro(d.actualCents),
                    change: d.changePercent === null ? S.notPlanned : formatChange(d.changePercent, lang),
                    overspent: d.overspent,
                  }),
            ),
          },
          placeholder(S.placeholders.deviations),
        ]
      : [paragraph(S.noDeviations), placeholder(S.placeholders.noDeviations)];

  // 5 Ausblick: the office's words for the report's outlook, if any.
  const outlookText = report.sections.find((s) => s.id === 'ausblick')?.text.trim() ?? '';
  const outlook: SachberichtBlock[] = outlookText
    ? [...paragraphs(outlookText), placeholder(S.placeholders.outlook)]
    : [placeholder(S.placeholders.outlook)];

  const bodies: Record<SachberichtSectionId, SachberichtBlock[]> = {
    goals,
    measures,
    finances,
    deviations: deviationBlocks,
    outlook,
  };
  const ids: SachberichtSectionId[] = ['goals', 'measures', 'finances', 'deviations', 'outlook'];
  return {
    language: lang,
    title: S.title,
    titleBlock: block,
    sections: ids.map((id, i) => ({ id, number: i + 1, title: S.sections[id], blocks: bodies[id] })),
    closing: [...S.closing],
    footer: `${S.title} · ${project.title} · ${period}`,
    figures,
    finance: statement,
    deviations,
  };
}
