import { endOfMonth, endOfYear, startOfMonth, startOfYear, subYears } from 'date-fns';
import { isoWeekBounds, toDay, type CalendarDay } from '../../shared/domain/calendarDay';

export const PERIODS = ['all', 'today', 'week', 'month', 'year', 'lastYear', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

/** The days a preset period covers, relative to `now`. */
export function periodDays(period: Period, now: Date): { from?: CalendarDay; to?: CalendarDay } {
  switch (period) {
    case 'today':
      return { from: toDay(now), to: toDay(now) };
    case 'week': {
      const { start, end } = isoWeekBounds(now);
      return { from: start, to: end };
    }
    case 'month':
      return { from: toDay(startOfMonth(now)), to: toDay(endOfMonth(now)) };
    case 'year':
      return { from: toDay(startOfYear(now)), to: toDay(endOfYear(now)) };
    case 'lastYear': {
      const last = subYears(now, 1);
      return { from: toDay(startOfYear(last)), to: toDay(endOfYear(last)) };
    }
    default:
      return {};
  }
}
