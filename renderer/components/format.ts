// Dates and numbers in the app's language. Components take them bound to the current language from
// useFormat() (./useFormat.ts); the plain functions below stay for code outside React (messages built
// from a `t` and a language, exports).
import { dayToDate } from '../../shared/domain/calendarDay';
import { formatMonthInput } from '../../shared/domain/network';
import { bucketLabel } from '../../shared/stats/buckets';
import { localeOf } from '../i18n/locale';

// A pure memo: Intl formatters are costly to build and the same for the same language.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withTime}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** TT.MM.JJJJ, HH:MM in German. */
export function formatDateTime(iso: string, language: string): string {
  return formatter(language, true).format(new Date(iso));
}

export function formatDate(iso: string, language: string): string {
  return formatter(language, false).format(new Date(iso));
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(n);
}

/** A calendar day "YYYY-MM-DD" as TT.MM.JJJJ. */
export function formatDay(day: string, language: string): string {
  return formatter(language, false).format(dayToDate(day));
}

/** "01.10.2026 – 31.10.2026": the days a chosen period covers, shown under its preset. */
export function formatDayRange(range: { from?: string; to?: string }, language: string): string {
  if (!range.from || !range.to) return '';
  const from = formatDay(range.from, language);
  return range.from === range.to ? from : `${from} – ${formatDay(range.to, language)}`;
}

/** "200,00 €" */
export function formatEuro(cents: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** The formatters above, bound to one language: what useFormat() hands to components. */
export interface Formats {
  /** "de-DE" or "en-GB", for the rare Intl call not covered here. */
  locale: string;
  /** TT.MM.JJJJ of an ISO timestamp. */
  date(iso: string): string;
  /** TT.MM.JJJJ, HH:MM of an ISO timestamp. */
  dateTime(iso: string): string;
  /** TT.MM.JJJJ of a calendar day "YYYY-MM-DD". */
  day(day: string): string;
  /** "01.10.2026 – 31.10.2026"; empty while a bound is missing. */
  dayRange(range: { from?: string; to?: string }): string;
  /** "1.234" */
  count(n: number): string;
  /** "200,00 €" from cents. */
  euro(cents: number): string;
  /** A figure with at most one decimal ("12,5"); takes unknown so it fits recharts' formatters. */
  figure(value: unknown): string;
  /** A chart bucket's key as a label: "KW 12/2026", "März 2026", "Q1 2026". */
  bucket(key: string): string;
  /** A month "2026-11" as typed and shown: "11.2026" (German), "11/2026" (English). */
  month(month: string): string;
  /** What a date picker shows and reads: "dd.MM.yyyy" (German) or "dd/MM/yyyy" (English, en-GB). */
  pickerDay: string;
  /** The same with the time: "dd.MM.yyyy HH:mm". */
  pickerDateTime: string;
}

export function formatsFor(language: string): Formats {
  const locale = localeOf(language);
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    locale,
    date: (iso) => formatDate(iso, language),
    dateTime: (iso) => formatDateTime(iso, language),
    day: (day) => formatDay(day, language),
    dayRange: (range) => formatDayRange(range, language),
    count: (n) => formatCount(n, language),
    euro: (cents) => formatEuro(cents, language),
    figure: (value) => figure.format(Number(value)),
    bucket: (key) => bucketLabel(key, language),
    month: (month) => formatMonthInput(month, language === 'en' ? 'en' : 'de'),
    pickerDay: language === 'en' ? 'dd/MM/yyyy' : 'dd.MM.yyyy',
    pickerDateTime: language === 'en' ? 'dd/MM/yyyy HH:mm' : 'dd.MM.yyyy HH:mm',
  };
}
