// The inquiry list's period presets; their days come from the one preset function in shared/stats.
import type { CalendarDay } from '../../../shared/domain/calendarDay';
import { presetDays } from '../../../shared/stats/periods';

export const PERIODS = [
  'all',
  'today',
  'week',
  'month',
  'lastMonth',
  'lastQuarter',
  'year',
  'lastYear',
  'custom',
] as const;
export type Period = (typeof PERIODS)[number];

/** The days a preset period covers, relative to `now`. */
export function periodDays(period: Period, now: Date): { from?: CalendarDay; to?: CalendarDay } {
  return period === 'all' || period === 'custom' ? {} : presetDays(period, now);
}
