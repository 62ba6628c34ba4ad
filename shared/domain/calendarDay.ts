// Local calendar days as "YYYY-MM-DD": due dates are days, not instants.
import { addDays, addWeeks, endOfISOWeek, format, parseISO, startOfISOWeek } from 'date-fns';

export type CalendarDay = string;

export function toDay(date: Date): CalendarDay {
  return format(date, 'yyyy-MM-dd');
}

/** "YYYY-MM-DD" of a local year, month (1–12) and day. */
export function dayOfParts(year: number, month: number, day: number): CalendarDay {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

/** The local day of an ISO instant, as toDay gives it, without date-fns' formatter (50,000 a pass). */
export function localDayOf(iso: string): CalendarDay {
  const d = new Date(iso);
  return dayOfParts(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function dayToDate(day: CalendarDay): Date {
  return parseISO(day);
}

export function isValidDay(day: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(parseISO(day).getTime()) && toDay(parseISO(day)) === day
  );
}

export type QuickDue = 'tomorrow' | 'oneWeek' | 'twoWeeks';

export function quickDueDay(choice: QuickDue, today: Date): CalendarDay {
  switch (choice) {
    case 'tomorrow':
      return toDay(addDays(today, 1));
    case 'oneWeek':
      return toDay(addWeeks(today, 1));
    case 'twoWeeks':
      return toDay(addWeeks(today, 2));
  }
}

/** Monday and Sunday of the ISO week that contains `date`. */
export function isoWeekBounds(date: Date): { start: CalendarDay; end: CalendarDay } {
  return { start: toDay(startOfISOWeek(date)), end: toDay(endOfISOWeek(date)) };
}

/** Instants bounding local days [from 00:00, day after `to` 00:00), as ISO strings for fast comparison. */
export function dayRangeToInstants(
  from?: CalendarDay,
  to?: CalendarDay,
): { from?: string; toExclusive?: string } {
  return {
    ...(from ? { from: parseISO(from).toISOString() } : {}),
    ...(to ? { toExclusive: addDays(parseISO(to), 1).toISOString() } : {}),
  };
}

/** UTC midnight of a day: for formats that write dates with UTC getters (iCalendar DATE values). */
export function dayToUtcMidnight(day: CalendarDay): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
