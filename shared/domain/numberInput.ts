// Numbers typed the way of the UI's language: German "85,50", "1.234,50", "85,5", "85 €", "1,5 h";
// English "85.50", "1,234.50", "1.5 h". One parser for every amount, duration and count field, so
// "85,50" can never again become 8.550 €.
//
// Values are integers in the field's unit (cents, minutes, people): no binary fractions are stored.
// The text is read digit by digit, never through parseFloat, so "0,29" is exactly 29 cents.

import type { Language } from './settings';

export type NumberKind = 'euro' | 'minutes' | 'count';

export type ParseError = 'invalid' | 'tooPrecise' | 'tooLarge';
export type ParseResult = { ok: true; value: number | null } | { ok: false; error: ParseError };

/** Units a field accepts after (or, for €, before) the number. Lower case, without spaces. */
const EURO = /^(?:€|eur|euro)$/;
const MINUTE = /^(?:m|min|min\.|minute|minuten)$/;
const HOUR = /^(?:h|std|std\.|stunde|stunden)$/;

// Integer part: plain digits, or digits in groups of three separated by dots ("1.234.567").
const NUMBER = /^([+-]?)(\d+|\d{1,3}(?:\.\d{3})+)(?:,(\d*))?$/;
const MAX_DIGITS = 15; // below 2^53: every integer of the unit is exact

/**
 * English writes the German marks the other way round ("1,234.50" is "1.234,50"): swapping dot and
 * comma turns one into the other, so both languages share one reader and one writer.
 */
function swapMarks(text: string): string {
  return text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}

/**
 * A decimal as an integer count of 1/10^decimals (e.g. cents for 2). In German the comma is the
 * decimal mark and dots group thousands; in English the other way round. A lone grouping mark not
 * followed by exactly three digits (German "85.5", English "85,50") is read as a decimal mark, the
 * way many type it; "1.234" (English "1,234") stays one thousand two hundred thirty-four. More
 * decimals than the field holds are an error, not silently rounded.
 */
export function parseScaled(text: string, decimals: number, language: Language = 'de'): ParseResult {
  let t = language === 'en' ? swapMarks(text.trim()) : text.trim();
  if (t === '') return { ok: true, value: null };
  if (!t.includes(',') && /^[+-]?\d+\.\d*$/.test(t) && !/^[+-]?\d{1,3}\.\d{3}$/.test(t))
    t = t.replace('.', ',');
  // A space between digits groups thousands like a dot ("1 234,50"); "8 5" then fails the grouping.
  t = t.replace(/(?<=\d)[\s\u00a0\u202f]+(?=\d)/g, '.');
  const m = NUMBER.exec(t);
  if (!m) return { ok: false, error: 'invalid' };
  const [, sign, whole, fraction = ''] = m as unknown as [string, string, string, string | undefined];
  if (fraction.length > decimals) return { ok: false, error: 'tooPrecise' };
  const digits = (whole.replace(/\./g, '') + fraction.padEnd(decimals, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return { ok: false, error: 'tooLarge' };
  const value = Number(digits);
  return { ok: true, value: sign === '-' && value !== 0 ? -value : value };
}

/** Splits "85 €", "€85", "1,5 h", "90min" into number and unit (lower case, no spaces). */
function splitUnit(text: string): { number: string; unit: string } {
  const t = text.trim().toLocaleLowerCase('de');
  const before = /^(€)\s*(.*)$/.exec(t);
  if (before) return { number: before[2]!, unit: before[1]! };
  const after = /^(.*?[\d,.])\s*([^\d\s,.+-][^\d]*)?$/.exec(t);
  return after ? { number: after[1]!, unit: (after[2] ?? '').replace(/\s+/g, '') } : { number: t, unit: '' };
}

/** Cents from "85,50", "85,5", "85 €", "1.234,50 EUR" (English: "85.50", "1,234.50 EUR"). */
export function parseEuroCents(text: string, language: Language = 'de'): ParseResult {
  const { number, unit } = splitUnit(text);
  if (unit && !EURO.test(unit)) return { ok: false, error: 'invalid' };
  return parseScaled(number, 2, language);
}

/**
 * Minutes from "90", "90 min", "1.440", "1,5 h" (hours, to the minute) or "1:30" (hours:minutes).
 * Fractions of a minute are an error.
 */
export function parseMinutes(text: string, language: Language = 'de'): ParseResult {
  const clock = /^\s*(\d{1,4}):([0-5]\d)\s*(?:h|std\.?)?\s*$/i.exec(text);
  if (clock) return { ok: true, value: Number(clock[1]) * 60 + Number(clock[2]) };
  const { number, unit } = splitUnit(text);
  if (unit && HOUR.test(unit)) {
    const hours = parseScaled(number, 4, language);
    if (!hours.ok || hours.value === null) return hours.ok ? { ok: false, error: 'invalid' } : hours;
    const minutes = (hours.value * 60) / 10_000;
    return Number.isInteger(minutes) ? { ok: true, value: minutes } : { ok: false, error: 'tooPrecise' };
  }
  if (unit && !MINUTE.test(unit)) return { ok: false, error: 'invalid' };
  return parseScaled(number, 0, language);
}

/** A whole number ("1.200" people; English "1,200"). */
export function parseCount(text: string, language: Language = 'de'): ParseResult {
  return parseScaled(text, 0, language);
}

export const PARSERS: Record<NumberKind, (text: string, language?: Language) => ParseResult> = {
  euro: parseEuroCents,
  minutes: parseMinutes,
  count: parseCount,
};

/**
 * The integer `value` (in 1/10^decimals) written the German way: "1.234,50" (English "1,234.50").
 * `grouping` adds the thousands marks; the decimals are always written in full, so cents read as
 * "85,50".
 */
export function formatScaled(
  value: number,
  decimals: number,
  grouping = true,
  language: Language = 'de',
): string {
  const negative = value < 0;
  const digits = String(Math.abs(Math.trunc(value))).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const german = `${negative ? '-' : ''}${grouped}${decimals ? `,${fraction}` : ''}`;
  return language === 'en' ? swapMarks(german) : german;
}

/** The text a field shows for a stored value: "85,50" for cents, "90" for minutes, "1.200" people. */
export function formatForInput(kind: NumberKind, value: number, language: Language = 'de'): string {
  return formatScaled(value, kind === 'euro' ? 2 : 0, true, language);
}
