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
  /** The day the vault was first used (its oldest record); undefined while it is empty. */
  firstUse?: CalendarDay;
  /**
   * Whether a date before the first use is unusual. True for what happens in the office (Eingang,
   * Wiedervorlage, Aktivität); false for history kept about people ("aktiv seit 2018").
   */
  sinceFirstUse: boolean;
}

export function checkDay(day: string, context: DateContext): DateCheck {
  if (!isValidDay(day) || day < EARLIEST_DAY || day > LATEST_DAY)
    return { level: 'refuse', reason: 'impossible' };
  if (day > toDay(addYears(dayToDate(context.today), 1))) return { level: 'warn', reason: 'farFuture' };
  if (context.sinceFirstUse && context.firstUse && day < context.firstUse)
    return { level: 'warn', reason: 'beforeFirstUse' };
  return { level: 'ok' };
}

/** The vault's first use: the day of its oldest record (ISO instants), or undefined when it is empty. */
export function firstUseDay(createdAts: Iterable<string>): CalendarDay | undefined {
  let oldest: string | undefined;
  for (const at of createdAts) if (at && (oldest === undefined || at < oldest)) oldest = at;
  return oldest === undefined ? undefined : toDay(new Date(oldest));
}
