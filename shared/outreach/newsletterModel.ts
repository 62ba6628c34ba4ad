// The Newsletter Integration as a document, from an issue and the data the office already keeps:
// the sections in their order with the office's texts, and three lists filled from the data —
// Rückblick (the period's Aktivitäten), Ankündigungen (approved contributions of event series and
// the office's own activities still to come), Angebote (Wegweiser offers whose provider consented,
// added or changed in the period). Entries the office unticked are left out, and so is a section
// with neither text nor entries. Preview, DOCX and PDF all render this one model.
import { addDays, addMonths } from 'date-fns';
import { dayToDate, localDayOf, toDay, type CalendarDay } from '../domain/calendarDay';
import type { Activity } from '../domain/network';
import type { Language, Settings } from '../domain/settings';
import { formatReportDay } from '../report/reportExportRows';
import type { ContributionData, SeriesData } from './eventRecords';
import type { OfferData } from './guideRecords';
import { issueLabel } from './newsletterIssue';
import { NEWSLETTER_SECTIONS, type NewsletterData, type NewsletterSection } from './newsletterRecords';

type WithId<T> = T & { id: string };

export interface NewsletterSources {
  activities: ReadonlyArray<
    Pick<Activity, 'id' | 'date' | 'startTime' | 'title' | 'organisationIds' | 'municipality'>
  >;
  contributions: ReadonlyArray<WithId<ContributionData>>;
  series: ReadonlyArray<WithId<Pick<SeriesData, 'title'>>>;
  offers: ReadonlyArray<WithId<OfferData> & { createdAt: string; changedAt: string }>;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  settings: Pick<Settings, 'officeName' | 'district' | 'lists'>;
}

/** One entry of a filled list: when, what, where and by whom. */
export interface NewsletterEntry {
  id: string;
  source: 'activity' | 'contribution' | 'offer';
  /** Empty for offers (they have no day of their own). */
  day: CalendarDay | '';
  time: string;
  title: string;
  /** Place and organiser ("Halberstadt · Caritas"), or an offer's provider. */
  where: string;
  /** The event series of a contribution, an offer's chapter and whether it is new or updated. */
  note: string;
}

export interface NewsletterLists {
  review: NewsletterEntry[];
  announcements: NewsletterEntry[];
  offers: NewsletterEntry[];
}

const LIST_OF: Partial<Record<NewsletterSection, keyof NewsletterLists>> = {
  rueckblick: 'review',
  ankuendigungen: 'announcements',
  angebote: 'offers',
};

export function listOfSection(section: NewsletterSection): keyof NewsletterLists | undefined {
  return LIST_OF[section];
}

const LABELS = {
  de: {
    title: 'Newsletter Integration',
    period: 'Zeitraum',
    sections: {
      grusswort: 'Grußwort',
      netzwerk: 'Neues aus dem Netzwerk',
      beratung: 'Beratung und Unterstützung',
      angebote: 'Angebote',
      thema: 'Thema',
      rueckblick: 'Rückblick',
      ankuendigungen: 'Ankündigungen',
      impressum: 'Impressum',
    },
    newOffer: 'neu',
    updatedOffer: 'aktualisiert',
    time: (t: string) => `${t} Uhr`,
  },
  en: {
    title: 'Newsletter Integration',
    period: 'Period',
    sections: {
      grusswort: 'Welcome',
      netzwerk: 'News from the network',
      beratung: 'Advice and support',
      angebote: 'Offers',
      thema: 'Topic',
      rueckblick: 'Review',
      ankuendigungen: 'Announcements',
      impressum: 'Imprint',
    },
    newOffer: 'new',
    updatedOffer: 'updated',
    time: (t: string) => t,
  },
} as const satisfies Record<Language, unknown>;

export function newsletterLabels(language: Language) {
  return LABELS[language];
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

const byDay = (a: NewsletterEntry, b: NewsletterEntry) =>
  a.day.localeCompare(b.day) ||
  (a.time || '99').localeCompare(b.time || '99') ||
  collator.compare(a.title, b.title);

/**
 * What "upcoming" means for an issue: from the day after its period (or from today, once that is
 * later — a newsletter sent late must not announce what has already happened) for six months.
 * Six months reach the next issue at the usual three to four issues a year.
 */
export function announcementWindow(
  issue: Pick<NewsletterData, 'to'>,
  today: CalendarDay,
): { from: CalendarDay; to: CalendarDay } {
  const afterPeriod = toDay(addDays(dayToDate(issue.to), 1));
  const from = today > afterPeriod ? today : afterPeriod;
  return { from, to: toDay(addMonths(dayToDate(from), 6)) };
}

/** Every entry the lists could hold for the issue, before the office's exclusions. */
export function newsletterLists(
  sources: NewsletterSources,
  issue: Pick<NewsletterData, 'from' | 'to'>,
  today: CalendarDay,
  language: Language = 'de',
): NewsletterLists {
  const L = LABELS[language];
  const orgName = new Map(sources.organisations.map((o) => [o.id, o.name]));
  const place = new Map(sources.settings.lists.municipalities.map((m) => [m.id, m.label]));
  const chapter = new Map(sources.settings.lists.guideChapters.map((c) => [c.id, c.label]));
  const seriesTitle = new Map(sources.series.map((s) => [s.id, s.title]));
  const join = (parts: ReadonlyArray<string | undefined>) => parts.filter((p) => p?.trim()).join(' · ');

  const activityEntry = (a: NewsletterSources['activities'][number]): NewsletterEntry => ({
    id: a.id,
    source: 'activity',
    day: a.date,
    time: a.startTime,
    title: a.title,
    where: join([place.get(a.municipality), ...a.organisationIds.map((id) => orgName.get(id))]),
    note: '',
  });

  const review = sources.activities
    .filter((a) => a.date >= issue.from && a.date <= issue.to)
    .map(activityEntry)
    .sort(byDay);

  const window = announcementWindow(issue, today);
  const upcoming = (d: CalendarDay) => d >= window.from && d <= window.to;
  const contributions = sources.contributions.filter((c) => c.status === 'freigegeben' && upcoming(c.date));
  // An approved contribution made into an Aktivität is announced once, as the contribution.
  const madeFrom = new Set(contributions.map((c) => c.activityId).filter(Boolean));
  const announcements = [
    ...contributions.map((c): NewsletterEntry => ({
      id: c.id,
      source: 'contribution',
      day: c.date,
      time: c.startTime,
      title: c.title,
      where: join([c.venue || c.address, orgName.get(c.organisationId)]),
      note: seriesTitle.get(c.seriesId) ?? '',
    })),
    ...sources.activities.filter((a) => upcoming(a.date) && !madeFrom.has(a.id)).map(activityEntry),
  ].sort(byDay);

  const inPeriod = (instant: string) => {
    const d = localDayOf(instant);
    return d >= issue.from && d <= issue.to;
  };
  const offers = sources.offers
    .filter((o) => o.publishConsent && (inPeriod(o.createdAt) || inPeriod(o.changedAt)))
    .map((o): NewsletterEntry => ({
      id: o.id,
      source: 'offer',
      day: '',
      time: '',
      title: o.title,
      where: orgName.get(o.organisationId) ?? '',
      note: join([chapter.get(o.chapter), inPeriod(o.createdAt) ? L.newOffer : L.updatedOffer]),
    }))
    .sort((a, b) => collator.compare(a.title, b.title));

  return { review, announcements, offers };
}

export interface NewsletterItem extends NewsletterEntry {
  /** "12.05.2026, 18:00 Uhr" (empty for an offer). */
  when: string;
  /** Place, organiser and note in one line. */
  detail: string;
}

export interface NewsletterDocumentSection {
  id: NewsletterSection;
  title: string;
  /** The office's text, one paragraph per line. */
  paragraphs: string[];
  items: NewsletterItem[];
}

export interface Newsletter {
  language: Language;
  /** "Newsletter Integration Nr. 2/2026" */
  title: string;
  officeName: string;
  district: string;
  /** "01.04.2026 – 30.06.2026" */
  period: string;
  sections: NewsletterDocumentSection[];
  /** The printed footer: title and office. */
  footer: string;
}

/** The issue as a document: the sections in order, empty ones (no text, no entries) left out. */
export function buildNewsletter(
  sources: NewsletterSources,
  issue: NewsletterData,
  { today, language }: { today: CalendarDay; language: Language },
): Newsletter {
  const L = LABELS[language];
  const day = (d: string) => formatReportDay(d, language);
  const lists = newsletterLists(sources, issue, today, language);
  const excluded = new Set(issue.excludedIds);
  const sections: NewsletterDocumentSection[] = [];
  for (const id of NEWSLETTER_SECTIONS) {
    const paragraphs = (issue.texts[id] ?? '')
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean);
    const list = LIST_OF[id];
    const items = (list ? lists[list] : [])
      .filter((e) => !excluded.has(e.id))
      .map((e): NewsletterItem => ({
        ...e,
        when: e.day ? [day(e.day), e.time ? L.time(e.time) : ''].filter(Boolean).join(', ') : '',
        detail: [e.where, e.note].filter(Boolean).join(' · '),
      }));
    if (paragraphs.length === 0 && items.length === 0) continue;
    sections.push({ id, title: L.sections[id], paragraphs, items });
  }
  const title = `${L.title} ${issueLabel(issue)}`;
  return {
    language,
    title,
    officeName: sources.settings.officeName,
    district: sources.settings.district,
    period: `${day(issue.from)} – ${day(issue.to)}`,
    sections,
    footer: [title, sources.settings.officeName].filter(Boolean).join(' · '),
  };
}
