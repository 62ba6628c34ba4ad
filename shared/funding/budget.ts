// Plan against actual, the numerical statement (zahlenmäßiger Nachweis) and the check of drawn funds,
// all in integer cents. Every sum is a sum of integers below 2^53: exact to the cent.
import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { CalendarDay } from '../domain/calendarDay';
import type { PaymentRequest, PlanLine, ProjectData, ReceiptData } from './fundingRecords';

export interface LineFigures {
  /** The plan line; undefined for receipts booked on no line ("ohne Planposition"). */
  line: PlanLine | undefined;
  plannedCents: number;
  ownShareCents: number;
  actualCents: number;
  /** Planned minus actual: negative where a line is overspent. */
  remainingCents: number;
  receipts: number;
}

export interface BudgetFigures {
  lines: LineFigures[];
  total: Omit<LineFigures, 'line'>;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Per plan line (in the plan's order) the planned amount, the own share and the receipts booked on
 * it; receipts on no line or a line no longer in the plan come last as one row without a line.
 */
export function budgetFigures(
  project: Pick<ProjectData, 'plan'>,
  receipts: readonly ReceiptData[],
): BudgetFigures {
  const byLine = new Map<string, { cents: number; count: number }>();
  const known = new Set(project.plan.map((l) => l.id));
  for (const r of receipts) {
    const key = known.has(r.lineId) ? r.lineId : '';
    const entry = byLine.get(key) ?? { cents: 0, count: 0 };
    entry.cents += r.amountCents;
    entry.count += 1;
    byLine.set(key, entry);
  }
  const lines: LineFigures[] = project.plan.map((line) => {
    const actual = byLine.get(line.id) ?? { cents: 0, count: 0 };
    return {
      line,
      plannedCents: line.plannedCents,
      ownShareCents: line.ownShareCents,
      actualCents: actual.cents,
      remainingCents: line.plannedCents - actual.cents,
      receipts: actual.count,
    };
  });
  const unassigned = byLine.get('');
  if (unassigned) {
    lines.push({
      line: undefined,
      plannedCents: 0,
      ownShareCents: 0,
      actualCents: unassigned.cents,
      remainingCents: -unassigned.cents,
      receipts: unassigned.count,
    });
  }
  return {
    lines,
    total: {
      plannedCents: sum(lines.map((l) => l.plannedCents)),
      ownShareCents: sum(lines.map((l) => l.ownShareCents)),
      actualCents: sum(lines.map((l) => l.actualCents)),
      remainingCents: sum(lines.map((l) => l.remainingCents)),
      receipts: sum(lines.map((l) => l.receipts)),
    },
  };
}

/**
 * The funding the plan asks for: the awarded amount once there is one, before that the planned
 * amounts minus the own shares.
 */
export function grantCents(project: Pick<ProjectData, 'plan' | 'award'>): number {
  if (project.award.amountCents !== null) return project.award.amountCents;
  return sum(project.plan.map((l) => l.plannedCents - l.ownShareCents));
}

/**
 * The part of `expenditureCents` the grant pays: expenditure × grant ÷ planned total, rounded down
 * to the cent (BigInt: the product of two amounts can pass 2^53); all of it when nothing is planned;
 * never more than the award.
 */
export function grantPart(expenditureCents: number, project: Pick<ProjectData, 'plan' | 'award'>): number {
  const planned = sum(project.plan.map((l) => l.plannedCents));
  const grant = grantCents(project);
  // Never more than the award: spending beyond the plan is the office's own.
  if (planned <= 0 || grant >= planned) return Math.min(expenditureCents, grant);
  return Math.min(Number((BigInt(expenditureCents) * BigInt(grant)) / BigInt(planned)), grant);
}

/**
 * The default proof-of-use deadline: six months after the end of the funding period, counted from
 * the day after it (a period ending 30.06. is due 31.12., not 30.12.).
 */
export function defaultProofDue(periodEnd: CalendarDay): CalendarDay {
  return format(addDays(addMonths(addDays(parseISO(periodEnd), 1), 6), -1), 'yyyy-MM-dd');
}

export function proofDueOf(project: Pick<ProjectData, 'award' | 'to'>): CalendarDay {
  return project.award.proofDue || defaultProofDue(project.to);
}

/** Drawn funds must be spent within two months of the payout: the day by which this is due. */
export function spendBy(paymentDay: CalendarDay): CalendarDay {
  return format(addMonths(parseISO(paymentDay), 2), 'yyyy-MM-dd');
}

/** Receipts are kept five years after the proof of use was handed in. */
export function retainReceiptsUntil(project: Pick<ProjectData, 'proofSubmittedOn'>): CalendarDay | undefined {
  if (!project.proofSubmittedOn) return undefined;
  return format(addMonths(parseISO(project.proofSubmittedOn), 60), 'yyyy-MM-dd');
}

export interface DrawnFundsWarning {
  payment: PaymentRequest;
  /** All payments up to and including this one. */
  drawnCents: number;
  /** The grant's part of the receipts dated up to `spendBy`. */
  coveredCents: number;
  spendBy: CalendarDay;
  /** The two months are over (otherwise receipts may still come). */
  overdue: boolean;
}

/**
 * Payment requests whose funds are not (or were not) spent within two months: the payments drawn
 * up to and including one exceed the grant's part of the receipts dated up to two months after it.
 */
export function drawnFundsWarnings(
  project: Pick<ProjectData, 'plan' | 'award' | 'payments'>,
  receipts: readonly ReceiptData[],
  today: CalendarDay,
): DrawnFundsWarning[] {
  const payments = [...project.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const warnings: DrawnFundsWarning[] = [];
  let drawn = 0;
  for (const payment of payments) {
    drawn += payment.amountCents;
    const by = spendBy(payment.date);
    const spent = sum(receipts.filter((r) => r.date <= by).map((r) => r.amountCents));
    const covered = grantPart(spent, project);
    if (drawn > covered) {
      warnings.push({ payment, drawnCents: drawn, coveredCents: covered, spendBy: by, overdue: today > by });
    }
  }
  return warnings;
}

/** A payment request about to be entered: the warning it would raise (undefined when none). */
export function warningForNewPayment(
  project: Pick<ProjectData, 'plan' | 'award' | 'payments'>,
  receipts: readonly ReceiptData[],
  payment: PaymentRequest,
  today: CalendarDay,
): DrawnFundsWarning | undefined {
  const withNew = { ...project, payments: [...project.payments, payment] };
  return drawnFundsWarnings(withNew, receipts, today).find((w) => w.payment.id === payment.id);
}

export interface ProofStatement {
  budget: BudgetFigures;
  grantCents: number;
  drawnCents: number;
  /** Planned own share (sum of the plan lines). */
  ownSharePlannedCents: number;
  /** The part of the expenditure the grant does not pay (expenditure minus its grant part). */
  ownShareActualCents: number;
  /** Drawn beyond the grant part of the expenditure: to be paid back (or spent) — never negative. */
  unspentCents: number;
}

/** The zahlenmäßiger Nachweis: expenditure per plan line, funds drawn, own share, unspent funds. */
export function proofStatement(
  project: Pick<ProjectData, 'plan' | 'award' | 'payments'>,
  receipts: readonly ReceiptData[],
): ProofStatement {
  const budget = budgetFigures(project, receipts);
  const drawn = sum(project.payments.map((p) => p.amountCents));
  const actual = budget.total.actualCents;
  // Anteilfinanzierung: the grant pays its share of each euro spent, the office the rest. Comparing
  // drawn funds with all of the expenditure would count the office's own share as spent grant.
  const covered = grantPart(actual, project);
  return {
    budget,
    grantCents: grantCents(project),
    drawnCents: drawn,
    ownSharePlannedCents: budget.total.ownShareCents,
    ownShareActualCents: actual - covered,
    unspentCents: Math.max(0, drawn - covered),
  };
}
