// An optional day in a date picker: empty, a day, or half-typed ("12.03.20"). A half-typed date must
// not turn into "empty" and vanish on save: it is kept as a marker that the schema refuses, so the
// field shows a German message and nothing is saved.
import { dayToDate, isValidDay, toDay } from '../../shared/domain/calendarDay';

/** Not a day and not empty: what a half-typed optional date field holds. */
export const INCOMPLETE_DAY = 'incomplete';
// One object, so the picker sees the same invalid value on every render and keeps the typed text.
const INVALID_DATE = new Date(Number.NaN);

export function dayFromPicker(value: Date | null): string {
  if (!value) return '';
  return Number.isNaN(value.getTime()) ? INCOMPLETE_DAY : toDay(value);
}

export function pickerValue(day: string | undefined): Date | null {
  if (day === INCOMPLETE_DAY) return INVALID_DATE;
  return day && isValidDay(day) ? dayToDate(day) : null;
}
