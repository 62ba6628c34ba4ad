// The inquiry list's period presets; their days come from the one preset function in shared/stats.
import type { CalendarDay } from '../../shared/domain/calendarDay';
import { presetDays } from '../../shared/stats/periods';

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

/** The presets added with issue 14 keep their labels with the other period texts (figures.*.ts). */
const FIGURES_PERIODS: ReadonlySet<string> = new Set(['lastMonth', 'lastQuarter']);

/** The i18n key of a period's label, in the list ('inquiries') or on the dashboard. */
export function periodLabelKey(period: string, where: 'inquiries' | 'dashboard'): string {
  if (FIGURES_PERIODS.has(period)) return `figures.periods.${period}`;
  return where === 'inquiries' ? `inquiries.filters.periods.${period}` : `dashboard.periods.${period}`;
}
