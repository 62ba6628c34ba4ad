// The rows of the funding exports, shared by the XLSX and the CSV writer: the Belegliste (receipts
// grouped by the lines of the financing plan, as the standard conditions ANBest-P ask) and the
// zahlenmäßiger Nachweis. Amounts stay integer cents here; a writer turns them into euros only when
// it writes a cell. Every sum comes from budget.ts (budgetFigures, proofStatement): the lists only
// sort and group, so an export can never disagree with the figures the app shows.
import { localDayOf, type CalendarDay } from '../domain/calendarDay';
import type { Language } from '../domain/settings';
import { formatReportDay } from '../report/reportExportRows';
import { budgetFigures, proofStatement } from './budget';
import type { FundingExportLabels } from './fundingLabels';
import type { ProjectData, ReceiptData } from './fundingRecords';

/** What an export needs besides the Vorhaben: its language, the office, the moment it is made. */
export interface FundingExportMeta {
  language: Language;
  officeName: string;
  /** ISO instant; its local day is the "Stand". */
  createdAt: string;
}

/** The title block above each table: [label, value] pairs. */
export function fundingTitleBlock(
  project: Pick<ProjectData, 'title' | 'from' | 'to' | 'award'>,
  meta: FundingExportMeta,
  labels: FundingExportLabels,
): Array<[string, string]> {
  const day = (d: CalendarDay) => formatReportDay(d, meta.language);
  return [
    [labels.project, project.title],
    [labels.recipient, meta.officeName || labels.notSet],
    [labels.period, `${day(project.from)} – ${day(project.to)}`],
    [labels.reference, project.award.reference || labels.notSet],
    [labels.asOf, day(localDayOf(meta.createdAt))],
  ];
}

export type ReceiptListRow = Pick<ReceiptData, 'number' | 'date' | 'party' | 'purpose' | 'amountCents'>;

export interface ReceiptListGroup {
  /** The plan line's id; '' for the receipts on no line of the plan. */
  lineId: string;
  /** The line's category, or "ohne Planposition". */
  category: string;
  /** By date, then receipt number. */
  rows: ReceiptListRow[];
  /** "Summe <Kategorie>". */
  subtotalLabel: string;
  /** budgetFigures' actualCents of the line. */
  subtotalCents: number;
}

export interface ReceiptList {
  /** Column headings: line, number, date, party, purpose, amount. */
  header: string[];
  /** Every line of the plan in the plan's order (also those without receipts), then "ohne Planposition" if any. */
  groups: ReceiptListGroup[];
  totalLabel: string;
  totalCents: number;
}

const receiptNumbers = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function byDateThenNumber(a: ReceiptListRow, b: ReceiptListRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return receiptNumbers.compare(a.number, b.number);
}

/**
 * The Belegliste: the receipts grouped by plan line (in the plan's order; receipts whose line is ''
 * or not in the plan come last under "ohne Planposition"), each group with its subtotal, and the
 * total. The receipts passed are those of the Vorhaben (as for budgetFigures).
 */
export function receiptListRows(
  project: Pick<ProjectData, 'plan'>,
  receipts: readonly ReceiptData[],
  labels: FundingExportLabels,
): ReceiptList {
  const budget = budgetFigures(project, receipts);
  const known = new Set(project.plan.map((l) => l.id));
  const byLine = new Map<string, ReceiptListRow[]>();
  for (const r of receipts) {
    const key = known.has(r.lineId) ? r.lineId : '';
    const rows = byLine.get(key) ?? [];
    rows.push({
      number: r.number,
      date: r.date,
      party: r.party,
      purpose: r.purpose,
      amountCents: r.amountCents,
    });
    byLine.set(key, rows);
  }
  const groups = budget.lines.map((figures): ReceiptListGroup => {
    const lineId = figures.line?.id ?? '';
    const category = figures.line?.category ?? labels.noLine;
    return {
      lineId,
      category,
      rows: (byLine.get(lineId) ?? []).sort(byDateThenNumber),
      subtotalLabel: `${labels.sum} ${category}`,
      subtotalCents: figures.actualCents,
    };
  });
  const c = labels.columns;
  return {
    header: [c.line, c.number, c.date, c.party, c.purpose, c.amount],
    groups,
    totalLabel: labels.total,
    totalCents: budget.total.actualCents,
  };
}

export interface ProofStatementLine {
  /** '' for the receipts on no line of the plan. */
  lineId: string;
  category: string;
  plannedCents: number;
  ownSharePlannedCents: number;
  actualCents: number;
  /** Soll − Ist: negative where a line is overspent. */
  deviationCents: number;
}

export interface ProofStatementRows {
  /** Column headings: line, Soll, Eigenanteil geplant, Ist, Abweichung. */
  header: string[];
  lines: ProofStatementLine[];
  /** The total row, its category "Gesamt". */
  total: ProofStatementLine;
  /** Heading of the financing part and of its amount column. */
  financingHeader: [string, string];
  /** Bewilligte Zuwendung, abgerufene Mittel, Eigenanteil tatsächlich, nicht verbrauchte Mittel. */
  financing: Array<{ label: string; cents: number }>;
}

/** The zahlenmäßiger Nachweis as rows: proofStatement's figures with their labels. */
export function proofStatementRows(
  project: Pick<ProjectData, 'plan' | 'award' | 'payments'>,
  receipts: readonly ReceiptData[],
  labels: FundingExportLabels,
): ProofStatementRows {
  const statement = proofStatement(project, receipts);
  const { budget } = statement;
  const c = labels.columns;
  return {
    header: [c.line, c.planned, c.ownSharePlanned, c.actual, c.deviation],
    lines: budget.lines.map((l) => ({
      lineId: l.line?.id ?? '',
      category: l.line?.category ?? labels.noLine,
      plannedCents: l.plannedCents,
      ownSharePlannedCents: l.ownShareCents,
      actualCents: l.actualCents,
      deviationCents: l.remainingCents,
    })),
    total: {
      lineId: '',
      category: labels.total,
      plannedCents: budget.total.plannedCents,
      ownSharePlannedCents: statement.ownSharePlannedCents,
      actualCents: budget.total.actualCents,
      deviationCents: budget.total.remainingCents,
    },
    financingHeader: [labels.financing, c.amount],
    financing: [
      { label: labels.grant, cents: statement.grantCents },
      { label: labels.drawn, cents: statement.drawnCents },
      { label: labels.ownShareActual, cents: statement.ownShareActualCents },
      { label: labels.unspent, cents: statement.unspentCents },
    ],
  };
}

/** Cents as the euros a spreadsheet cell holds (only at the moment of writing: 123456 → 1234.56). */
export function euros(cents: number): number {
  return cents / 100;
}
