// Periods of the dashboard, the report and the inquiry list: presets relative to today, and the
// check an own period's typed days must pass before any figure is computed from them.
import {
  endOfMonth,
  endOfQuarter,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subMonths,
  subQuarters,
  subYears,
} from 'date-fns';
import { isoWeekBounds, isValidDay, toDay, type CalendarDay } from '../domain/calendarDay';
import { EARLIEST_DAY, LATEST_DAY } from '../domain/datePlausibility';

export interface DayRange {
  from: CalendarDay;
  to: CalendarDay;
}

export type PresetPeriod =
  'today' | 'week' | 'month' | 'lastMonth' | 'quarter' | 'lastQuarter' | 'year' | 'lastYear' | 'last12';

/** The days of a preset period relative to `now` (whole months, quarters, years; ISO weeks). */
export function presetDays(period: PresetPeriod, now: Date): DayRange {
  const span = (start: Date, end: Date) => ({ from: toDay(start), to: toDay(end) });
  switch (period) {
    case 'today':
      return span(now, now);
    case 'week': {
      const { start, end } = isoWeekBounds(now);
      return { from: start, to: end };
    }
    case 'month':
      return span(startOfMonth(now), endOfMonth(now));
    case 'lastMonth': {
      const last = subMonths(now, 1);
      return span(startOfMonth(last), endOfMonth(last));
    }
    case 'quarter':
      return span(startOfQuarter(now), endOfQuarter(now));
    case 'lastQuarter': {
      const last = subQuarters(now, 1);
      return span(startOfQuarter(last), endOfQuarter(last));
    }
    case 'year':
      return span(startOfYear(now), endOfYear(now));
    case 'lastYear': {
      const last = subYears(now, 1);
      return span(startOfYear(last), endOfYear(last));
    }
    case 'last12':
      return span(startOfMonth(subMonths(now, 11)), endOfMonth(now));
  }
}

export const DASHBOARD_PERIODS = [
  'month',
  'lastMonth',
  'quarter',
  'lastQuarter',
  'year',
  'last12',
  'chosenYear',
  'custom',
] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

/** The period's days, ending today at the latest: the previous-year comparison then covers the same days. */
export function dashboardRange(
  period: DashboardPeriod,
  now: Date,
  chosenYear: number,
  custom: DayRange,
): DayRange {
  const range =
    period === 'custom'
      ? custom
      : period === 'chosenYear'
        ? { from: `${chosenYear}-01-01`, to: `${chosenYear}-12-31` }
        : presetDays(period, now);
  const today = toDay(now);
  return range.to > today && range.from <= today ? { from: range.from, to: today } : range;
}

/**
 * A typed "Von" or "Bis" day a period may use: a real day between 1900 and 2199. A date picker hands
 * on half-typed years ("01.07.2" is the year 2) as valid dates; they must not reach the statistics.
 */
export function isPeriodDay(day: string | null | undefined): day is CalendarDay {
  return !!day && isValidDay(day) && day >= EARLIEST_DAY && day <= LATEST_DAY;
}

export type OwnPeriodProblem = 'incomplete' | 'order';

/** An own period from typed days: the range, or what is wrong with it ("Bis" before "Von"). */
export function ownPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
): { range: DayRange } | { problem: OwnPeriodProblem } {
  if (!isPeriodDay(from) || !isPeriodDay(to)) return { problem: 'incomplete' };
  if (from > to) return { problem: 'order' };
  return { range: { from, to } };
}
