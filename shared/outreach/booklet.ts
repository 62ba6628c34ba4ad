// The programme booklet of an event series as a plain document model: the approved contributions
// (status "freigegeben") in the programme's order (day, time, title), numbered 1…n and grouped by day
// under a weekday heading, an index by venue and one by organiser pointing to those numbers (page
// independent, so A5 and A4 and the Word file share them), and the funder's credit line. Every text is
// formatted here once, so the on-screen booklet, the PDF and the DOCX say the same.
import { dayToUtcMidnight, type CalendarDay } from '../domain/calendarDay';
import type { Language } from '../domain/settings';
import { localeOf } from '../i18n/locale';
import type { ContributionData, SeriesData } from './eventRecords';
import { eventOutputsLabels, type EventOutputsLabels } from './eventOutputsLabels';

export type BookletSeries = Pick<SeriesData, 'title' | 'motto' | 'from' | 'to' | 'funderCredit'> & {
  id: string;
};
export type BookletContribution = ContributionData & { id: string };
/** An organisation of the Netzwerk, as far as the outputs need it. */
export interface OutputOrganisation {
  id: string;
  name: string;
  email?: string;
}

export interface BookletEntry {
  /** 1…n in the programme's order; the indexes point to it. */
  number: number;
  id: string;
  day: CalendarDay;
  startTime: string;
  endTime: string;
  /** "18:00–20:00 Uhr", "18:00 Uhr" or "ganztägig". */
  time: string;
  title: string;
  organiser: string;
  venue: string;
  address: string;
  accessibility: string;
  entryFee: string;
  registration: string;
  /** The languages' names ("Arabisch, Deutsch"). */
  languages: string;
  targetGroup: string;
  shortText: string;
  contact: string;
  photoCredit: string;
}

export interface BookletDay {
  day: CalendarDay;
  /** "Montag, 21. September 2026". */
  heading: string;
  entries: BookletEntry[];
}

export interface BookletIndexLine {
  label: string;
  /** The entries' numbers, ascending. */
  numbers: number[];
}

export interface Booklet {
  language: Language;
  title: string;
  motto: string;
  /** "20.–27. September 2026". */
  period: string;
  days: BookletDay[];
  entries: BookletEntry[];
  venueIndex: BookletIndexLine[];
  organiserIndex: BookletIndexLine[];
  funderCredit: string;
  labels: EventOutputsLabels;
}

const collators = new Map<string, Intl.Collator>();
function collator(language: Language): Intl.Collator {
  const locale = localeOf(language);
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

/** The programme's order: day, then time (untimed last), then title. */
export function programmeOrder(language: Language) {
  const c = collator(language);
  return (a: BookletContribution, b: BookletContribution) =>
    a.date.localeCompare(b.date) ||
    (a.startTime || '99').localeCompare(b.startTime || '99') ||
    c.compare(a.title, b.title) ||
    a.id.localeCompare(b.id);
}

/** The series' approved contributions in the programme's order. */
export function approvedContributions<C extends BookletContribution>(
  seriesId: string,
  contributions: readonly C[],
  language: Language = 'de',
): C[] {
  return contributions
    .filter((x) => x.seriesId === seriesId && x.status === 'freigegeben')
    .sort(programmeOrder(language));
}

/** "Montag, 21. September 2026" (a calendar day: formatted in UTC, so no time zone moves it). */
export function weekdayHeading(day: CalendarDay, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayToUtcMidnight(day));
}

/** "21.09.2026" (German) or "21/09/2026". */
export function shortDay(day: CalendarDay, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayToUtcMidnight(day));
}

/** "20.–27. September 2026" and the like, as Intl words a range. */
export function periodText(from: CalendarDay, to: CalendarDay, language: Language): string {
  const format = new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return from === to
    ? format.format(dayToUtcMidnight(from))
    : format.formatRange(dayToUtcMidnight(from), dayToUtcMidnight(to));
}

export function timeText(startTime: string, endTime: string, labels: EventOutputsLabels): string {
  if (!startTime) return labels.allDay;
  return `${startTime}${endTime ? `–${endTime}` : ''}${labels.timeSuffix}`;
}

/**
 * A contribution's languages as names: ISO codes ("ar") through Intl, anything else as written.
 */
export function languageNames(languages: readonly string[], language: Language): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([localeOf(language)], { type: 'language' });
  } catch {
    names = undefined;
  }
  return languages
    .map((code) => {
      if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(code)) return code;
      const name = names?.of(code);
      return name && name !== code ? name : code;
    })
    .join(', ');
}

export function organiserName(
  organisations: ReadonlyMap<string, OutputOrganisation>,
  id: string,
  labels: EventOutputsLabels,
): string {
  return organisations.get(id)?.name.trim() || labels.unknownOrganiser;
}

export function organisationMap(
  organisations: readonly OutputOrganisation[],
): ReadonlyMap<string, OutputOrganisation> {
  return new Map(organisations.map((o) => [o.id, o]));
}

function indexBy(entries: readonly BookletEntry[], key: (e: BookletEntry) => string, language: Language) {
  const lines = new Map<string, number[]>();
  for (const entry of entries) {
    const label = key(entry);
    lines.set(label, [...(lines.get(label) ?? []), entry.number]);
  }
  return [...lines]
    .map(([label, numbers]) => ({ label, numbers }))
    .sort((a, b) => collator(language).compare(a.label, b.label));
}

export function buildBooklet(
  series: BookletSeries,
  contributions: readonly BookletContribution[],
  organisations: readonly OutputOrganisation[],
  options: { language: Language },
): Booklet {
  const { language } = options;
  const labels = eventOutputsLabels(language);
  const orgs = organisationMap(organisations);
  const entries: BookletEntry[] = approvedContributions(series.id, contributions, language).map((c, i) => ({
    number: i + 1,
    id: c.id,
    day: c.date,
    startTime: c.startTime,
    endTime: c.endTime,
    time: timeText(c.startTime, c.endTime, labels),
    title: c.title.trim(),
    organiser: organiserName(orgs, c.organisationId, labels),
    venue: c.venue.trim(),
    address: c.address.trim(),
    accessibility: c.accessibility.trim(),
    entryFee: c.entryFee.trim(),
    registration: c.registration.trim(),
    languages: languageNames(c.languages, language),
    targetGroup: c.targetGroup.trim(),
    shortText: c.shortText.trim(),
    contact: c.contact.trim(),
    // "Foto: …" is how credits are often typed; the booklet puts its own "Foto:" before it.
    photoCredit: c.photoCredit.trim().replace(/^(foto|photo|bild)\s*:\s*/i, ''),
  }));
  const days: BookletDay[] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.day === entry.day) last.entries.push(entry);
    else days.push({ day: entry.day, heading: weekdayHeading(entry.day, language), entries: [entry] });
  }
  return {
    language,
    title: series.title.trim(),
    motto: series.motto.trim(),
    period: periodText(series.from, series.to, language),
    days,
    entries,
    venueIndex: indexBy(entries, (e) => e.venue || labels.noVenue, language),
    organiserIndex: indexBy(entries, (e) => e.organiser, language),
    funderCredit: series.funderCredit.trim(),
    labels,
  };
}

/** A title as part of a file name, without the characters a file system refuses. */
export function fileStem(kind: string, title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe ? `${kind} ${safe}` : kind;
}
