// One rule for every date typed into a form (Eingang, Wiedervorlage, Aktivität, …): impossible dates
// are refused, unusual ones need a confirmation. "01.01.2099" or "10.01.1900" are almost always typing
// slips; a real back-filled entry from before the vault's first use is allowed once confirmed.
import { addYears } from 'date-fns';
import { dayToDate, isValidDay, toDay, type CalendarDay } from './calendarDay';

/** No office records anything before this or after that: such a date is a slip, never data. */
export const EARLIEST_DAY = '1900-01-01';
export const LATEST_DAY = '2199-12-31';

export type DateCheck =
  | { level: 'ok' }
  | { level: 'warn'; reason: 'farFuture' | 'beforeFirstUse' }
  | { level: 'refuse'; reason: 'impossible' };

export interface DateContext {
  today: CalendarDay;
  /** The day the vault was first used (see firstUseDay); undefined when unknown. */
  firstUse?: CalendarDay;
  /**
   * The day as saved before this edit. A date that was not touched is not questioned again: it was
   * confirmed when it was entered, and asking at every later edit teaches people to click "Ja".
   */
  saved?: string;
  /**
   * Whether a date before the first use is unusual. True for what happens in the office (Eingang,
   * Wiedervorlage, Aktivität); false for history kept about people ("aktiv seit 2018").
   */
  sinceFirstUse: boolean;
}

export function checkDay(day: string, context: DateContext): DateCheck {
  if (!isValidDay(day) || day < EARLIEST_DAY || day > LATEST_DAY)
    return { level: 'refuse', reason: 'impossible' };
  if (context.saved !== undefined && day === context.saved) return { level: 'ok' };
  if (day > toDay(addYears(dayToDate(context.today), 1))) return { level: 'warn', reason: 'farFuture' };
  if (context.sinceFirstUse && context.firstUse && day < context.firstUse)
    return { level: 'warn', reason: 'beforeFirstUse' };
  return { level: 'ok' };
}

/**
 * The vault's first use: the day it was set up, or the day of an older record (a restored backup
 * or an import brings its own history). Counting only records left an empty vault without a first
 * use: the first back-dated entry passed silently and only the second one was questioned.
 */
export function firstUseDay(
  vaultCreatedAt: string,
  recordCreatedAts: readonly string[],
): CalendarDay | undefined {
  const records = earliestInstant(recordCreatedAts);
  const oldest = earliestInstant(records === undefined ? [vaultCreatedAt] : [vaultCreatedAt, records]);
  return oldest === undefined ? undefined : toDay(new Date(oldest));
}

/**
 * The earliest of some ISO instants (invalid ones ignored). The app writes them as toISOString()
 * does ("2026-11-30T09:15:00.000Z"), and such strings sort as their times do: 77,000 of them are
 * compared as strings instead of parsed. Anything else (an imported record) is parsed.
 */
export function earliestInstant(values: readonly string[]): string | undefined {
  let iso: string | undefined;
  let other: string | undefined;
  let otherTime = Number.POSITIVE_INFINITY;
  for (const at of values) {
    if (at.length === 24 && at[23] === 'Z' && at[10] === 'T' && at[4] === '-') {
      if (iso === undefined || at < iso) iso = at;
    } else if (validInstant(at) && Date.parse(at) < otherTime) {
      other = at;
      otherTime = Date.parse(at);
    }
  }
  if (iso !== undefined && Number.isNaN(Date.parse(iso))) {
    // A malformed string of that shape sorts wrongly: then every time is parsed.
    iso = undefined;
    for (const at of values)
      if (validInstant(at) && Date.parse(at) < otherTime) {
        other = at;
        otherTime = Date.parse(at);
      }
  }
  if (iso === undefined) return other;
  return other !== undefined && otherTime < Date.parse(iso) ? other : iso;
}

function validInstant(at: string): boolean {
  return !!at && !Number.isNaN(Date.parse(at));
}
