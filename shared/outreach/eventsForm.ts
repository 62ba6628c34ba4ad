// The forms of an event series (Veranstaltungsreihe) and its contributions (Beiträge): what the dialogs
// accept, with German message keys (renderer/i18n/events.*.ts), and the conversion to the stored shape.
import { z } from 'zod';
import { isValidDay, type CalendarDay } from '../domain/calendarDay';
import { maxChars } from '../domain/limitMessage';
import { ACTIVITY_LIMITS } from '../domain/network';
import {
  CONTRIBUTION_STATUSES,
  MILESTONE_KINDS,
  type ContributionData,
  type SeriesData,
} from './eventRecords';

/** The short text printed in the programme booklet: about five lines of an A5 column. */
export const SHORT_TEXT_MAX = 600;

/** Languages of a contribution: a few words each, a handful in all. */
export const LANGUAGE_MAX = 60;
export const LANGUAGES_MAX = 20;

const text = (max: number) => z.string().trim().max(max, maxChars(max));
/** A day of a series lies in this century: a half-typed "20.09.6" (year 0006) is refused, not saved. */
const inCentury = (d: string) => d >= '2000-01-01' && d <= '2099-12-31';
const day = z
  .string()
  // An empty or impossible day says so, not also that it is out of range.
  .refine(isValidDay, { message: 'events.validation.dayInvalid', abort: true })
  .refine(inCentury, 'events.validation.dayRange');
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A time as people type it — "9:30", "9.30", "930", "18 Uhr", "18" — as "09:30" / "18:00"; anything
 * else stays as typed (and is refused).
 */
export function normaliseTime(text: string): string {
  const typed = text.trim();
  const t = typed.replace(/\s*uhr$/i, '');
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(t) ?? /^(\d{1,2})(\d{2})$/.exec(t);
  if (!m) return typed;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  return hours > 23 || minutes > 59 ? typed : `${pad2(hours)}:${pad2(minutes)}`;
}

const time = z
  .string()
  .transform(normaliseTime)
  .refine((t) => t === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(t), 'validation.time');

export const milestoneDraftSchema = z.object({
  id: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  day,
  note: text(300),
});
export type MilestoneDraft = z.infer<typeof milestoneDraftSchema>;

export const seriesDraftSchema = z
  .object({
    // The series' field is labelled "Bezeichnung": its message says so.
    title: text(300).min(1, 'events.validation.nameRequired'),
    motto: text(300),
    from: day,
    to: day,
    callText: text(20_000),
    milestones: z.array(milestoneDraftSchema),
    funderCredit: text(500),
    notes: text(20_000),
  })
  .refine((s) => !isValidDay(s.from) || !isValidDay(s.to) || s.to >= s.from, {
    message: 'events.validation.periodOrder',
    path: ['to'],
  });
export type SeriesDraft = z.infer<typeof seriesDraftSchema>;

export const contributionDraftSchema = z
  .object({
    // As long as an Aktivität's title may be: the contribution becomes one.
    title: text(ACTIVITY_LIMITS.title).min(1, 'validation.titleRequired'),
    organisationId: z.string().min(1, 'events.validation.organiserRequired'),
    date: day,
    startTime: time,
    endTime: time,
    venue: text(300),
    address: text(500),
    accessibility: text(500),
    entryFee: text(200),
    registration: text(500),
    // Checked as a whole: the chips field shows one message, not one per chip.
    languages: z
      .array(z.string())
      .max(LANGUAGES_MAX, 'events.validation.tooManyLanguages')
      .refine((ls) => ls.every((l) => l.trim().length <= LANGUAGE_MAX), maxChars(LANGUAGE_MAX)),
    targetGroup: text(300),
    shortText: text(SHORT_TEXT_MAX),
    contact: text(500),
    photoCredit: text(300),
    photoConsent: text(1000),
    status: z.enum(CONTRIBUTION_STATUSES),
    notes: text(20_000),
  })
  .refine((c) => !c.startTime || !c.endTime || c.endTime > c.startTime, {
    message: 'events.validation.endBeforeStart',
    path: ['endTime'],
  })
  .refine((c) => !c.endTime || !!c.startTime, {
    message: 'events.validation.endWithoutStart',
    path: ['startTime'],
  });
export type ContributionDraft = z.infer<typeof contributionDraftSchema>;

// ---------- Draft ↔ data ----------
export function emptySeriesDraft(): SeriesDraft {
  return {
    title: '',
    motto: '',
    from: '',
    to: '',
    callText: '',
    milestones: [],
    funderCredit: '',
    notes: '',
  };
}

export function seriesToDraft(s: SeriesData): SeriesDraft {
  const { kind: _kind, ...draft } = s;
  return { ...draft, milestones: s.milestones.map((m) => ({ ...m })) };
}

/** The stored series; milestones in the order of their days (the plan reads top to bottom). */
export function seriesDraftToData(d: SeriesDraft): SeriesData {
  return {
    kind: 'series',
    ...d,
    milestones: [...d.milestones].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
  };
}

export function emptyContributionDraft(date: CalendarDay): ContributionDraft {
  return {
    title: '',
    organisationId: '',
    date,
    startTime: '',
    endTime: '',
    venue: '',
    address: '',
    accessibility: '',
    entryFee: '',
    registration: '',
    languages: [],
    targetGroup: '',
    shortText: '',
    contact: '',
    photoCredit: '',
    photoConsent: '',
    status: 'eingereicht',
    notes: '',
  };
}

export function contributionToDraft(c: ContributionData): ContributionDraft {
  const { kind: _kind, seriesId: _series, activityId: _activity, ...draft } = c;
  return { ...draft, languages: [...c.languages] };
}

/** The stored contribution; the Aktivität made from it stays linked (`previous`). */
export function contributionDraftToData(
  d: ContributionDraft,
  seriesId: string,
  previous: ContributionData | undefined,
): ContributionData {
  return {
    kind: 'contribution',
    seriesId,
    ...d,
    // The same language twice is one language.
    languages: [...new Set(d.languages.map((l) => l.trim()).filter(Boolean))],
    activityId: previous?.activityId ?? '',
  };
}

/** A contribution's day outside its series' period (asked about before saving, not refused). */
export function outsideSeries(date: CalendarDay, series: Pick<SeriesData, 'from' | 'to'>): boolean {
  return date < series.from || date > series.to;
}
