// Dashboard and report periods: presets that end today at the latest, so the previous-year comparison covers the same days.
import {
  endOfMonth,
  endOfQuarter,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subMonths,
} from 'date-fns';
import { toDay, type CalendarDay } from '../domain/calendarDay';

export const DASHBOARD_PERIODS = ['month', 'quarter', 'year', 'last12', 'chosenYear', 'custom'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

/** The period's days, ending today at the latest: the previous-year comparison then covers the same days. */
export function dashboardRange(
  period: DashboardPeriod,
  now: Date,
  chosenYear: number,
  custom: { from: CalendarDay; to: CalendarDay },
): { from: CalendarDay; to: CalendarDay } {
  const range = presetRange(period, now, chosenYear, custom);
  const today = toDay(now);
  return range.to > today && range.from <= today ? { from: range.from, to: today } : range;
}

function presetRange(
  period: DashboardPeriod,
  now: Date,
  chosenYear: number,
  custom: { from: CalendarDay; to: CalendarDay },
) {
  switch (period) {
    case 'month':
      return { from: toDay(startOfMonth(now)), to: toDay(endOfMonth(now)) };
    case 'quarter':
      return { from: toDay(startOfQuarter(now)), to: toDay(endOfQuarter(now)) };
    case 'year':
      return { from: toDay(startOfYear(now)), to: toDay(endOfYear(now)) };
    case 'last12':
      return { from: toDay(startOfMonth(subMonths(now, 11))), to: toDay(endOfMonth(now)) };
    case 'chosenYear':
      return { from: `${chosenYear}-01-01`, to: `${chosenYear}-12-31` };
    case 'custom':
      return custom;
  }
}
