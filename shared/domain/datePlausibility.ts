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
  recordCreatedAts: Iterable<string>,
): CalendarDay | undefined {
  let oldest = validInstant(vaultCreatedAt) ? vaultCreatedAt : undefined;
  for (const at of recordCreatedAts)
    if (validInstant(at) && (oldest === undefined || Date.parse(at) < Date.parse(oldest))) oldest = at;
  return oldest === undefined ? undefined : toDay(new Date(oldest));
}

function validInstant(at: string): boolean {
  return !!at && !Number.isNaN(Date.parse(at));
}
