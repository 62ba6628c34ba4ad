import { dayToDate } from '../../shared/domain/calendarDay';
import { localeOf } from '../i18n/locale';

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
