// The draft of a press release for an event series: a headline from its title and motto, a lead
// paragraph answering the W-questions (Wer, Was, Wann, Wo from the series and its approved
// contributions; Warum as a placeholder for the office's own words), the programme's highlights and
// the office's contact. Text the office has to write is a placeholder in square brackets, shown
// highlighted in the preview and the Word file.
import { dayToUtcMidnight } from '../domain/calendarDay';
import type { Language } from '../domain/settings';
import { localeOf } from '../i18n/locale';
import {
  buildBooklet,
  type BookletContribution,
  type BookletSeries,
  type OutputOrganisation,
} from './booklet';
import { eventOutputsLabels } from './eventOutputsLabels';

export type PressBlock =
  | { kind: 'paragraph'; text: string; placeholder: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] };

export interface PressRelease {
  language: Language;
  /** "Pressemitteilung – Entwurf". */
  kicker: string;
  headline: string;
  /** "5 Veranstaltungen vom 20.–27. September 2026". */
  subheadline: string;
  /** "[Ort], [Datum]." before the lead, for the office to fill in. */
  dateline: string;
  lead: string;
  body: PressBlock[];
  contactTitle: string;
  contact: PressBlock[];
  /** The figures the lead names. */
  figures: { entries: number; organisers: number; venues: number };
}

/** How many highlights the body lists; the rest is counted. */
export const HIGHLIGHTS = 5;

function longDay(day: string, language: Language, withYear: boolean): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(dayToUtcMidnight(day));
}

/** "Vom 20. September bis 27. September 2026" / "from 20 September to 27 September 2026". */
function fromTo(from: string, to: string, language: Language): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const a = longDay(from, language, !sameYear);
  const b = longDay(to, language, true);
  if (from === to) return language === 'en' ? `on ${b}` : `Am ${b}`;
  return language === 'en' ? `from ${a} to ${b}` : `Vom ${a} bis ${b}`;
}

export function buildPressRelease(
  series: BookletSeries,
  contributions: readonly BookletContribution[],
  organisations: readonly OutputOrganisation[],
  options: { language: Language; officeName: string; district: string },
): PressRelease {
  const { language } = options;
  const L = eventOutputsLabels(language);
  const booklet = buildBooklet(series, contributions, organisations, { language });
  const approved = contributions.filter((c) => c.seriesId === series.id && c.status === 'freigegeben');
  const figures = {
    entries: booklet.entries.length,
    organisers: new Set(approved.map((c) => c.organisationId)).size,
    venues: new Set(booklet.entries.map((e) => e.venue.toLocaleLowerCase()).filter(Boolean)).size,
  };
  const office = options.officeName.trim() || L.press.contactPlaceholder;
  const lead =
    L.press.lead({
      office,
      district: options.district.trim(),
      title: booklet.title,
      period: fromTo(series.from, series.to, language),
      ...figures,
    }) + (booklet.motto ? ` ${L.press.motto(booklet.motto)}` : '');

  const body: PressBlock[] = [{ kind: 'paragraph', text: L.press.why, placeholder: true }];
  if (booklet.entries.length === 0) {
    body.push({ kind: 'paragraph', text: L.press.noEntries, placeholder: true });
  } else {
    body.push(
      { kind: 'subheading', text: L.press.highlights },
      {
        kind: 'list',
        items: booklet.entries.slice(0, HIGHLIGHTS).map((e) => {
          const when = `${longDay(e.day, language, false)}, ${e.time}`;
          const where = [e.organiser, e.venue].filter(Boolean).join(', ');
          return `${when}: ${e.title} (${where})`;
        }),
      },
    );
    if (booklet.entries.length > HIGHLIGHTS)
      body.push({
        kind: 'paragraph',
        text: L.press.moreEvents(booklet.entries.length - HIGHLIGHTS),
        placeholder: false,
      });
  }
  body.push(
    { kind: 'paragraph', text: L.press.quote, placeholder: true },
    { kind: 'paragraph', text: L.press.programme, placeholder: true },
  );
  if (booklet.funderCredit) body.push({ kind: 'paragraph', text: booklet.funderCredit, placeholder: false });

  const contact: PressBlock[] = [
    { kind: 'paragraph', text: office, placeholder: !options.officeName.trim() },
    ...(options.district.trim()
      ? [{ kind: 'paragraph' as const, text: options.district.trim(), placeholder: false }]
      : []),
    { kind: 'paragraph', text: L.press.contactPlaceholder, placeholder: true },
  ];

  return {
    language,
    kicker: `${L.press.title} – ${L.press.draft}`,
    headline: L.press.headline(booklet.title, booklet.motto),
    subheadline: `${L.entries(figures.entries)} · ${booklet.period}`,
    dateline: L.press.placeDate,
    lead,
    body,
    contactTitle: L.press.contact,
    contact,
    figures,
  };
}
