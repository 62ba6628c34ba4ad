// Netzwerk: organisations, people (some of them Integrationslotsen) and activities.
import { z } from 'zod';
import { addMonths, addWeeks, parseISO } from 'date-fns';
import { dayRangeToInstants, isValidDay, localDayOf, toDay, type CalendarDay } from './calendarDay';
import { isEmailAddress } from '../codecs/emailAddress';
import { limitMessage, maxChars, maxEuro, maxNumber } from './limitMessage';

const text = (max = 500) => z.string().trim().max(max, maxChars(max));
const optionalDay = z.string().refine((d) => d === '' || isValidDay(d), 'validation.dateInvalid');
const email = z
  .string()
  .trim()
  .max(200, maxChars(200))
  .refine((v) => v === '' || isEmailAddress(v), 'validation.email');

// ---------- Organisation ----------
export const organisationDraftSchema = z.object({
  name: z.string().trim().min(1, 'validation.nameRequired').max(200, maxChars(200)),
  type: z.string(),
  address: text(),
  phone: text(100),
  email,
  website: text(300),
  offers: z.array(z.string()),
  offersText: text(2000),
  memberSince: optionalDay,
  memberships: z.array(z.string()),
  notes: text(20000),
});
export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;
export type OrganisationData = OrganisationDraft;
export interface Organisation extends OrganisationData {
  id: string;
  createdAt: string;
  changedAt: string;
}

export function emptyOrganisation(name = ''): OrganisationDraft {
  return {
    name,
    type: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    offers: [],
    offersText: '',
    memberSince: '',
    memberships: [],
    notes: '',
  };
}

/**
 * Network partners of a period. A partner counts from its "Mitglied seit"; without one, from the day it
 * was recorded (so a partner entered today with "Mitglied seit 2016" counts in the 2025 report).
 * "New" partners are those whose "Mitglied seit" lies in the period; without that date the start is
 * unknown, and they are reported as "ohne „Mitglied seit“" rather than as new.
 */
export function partnerSince(org: Pick<Organisation, 'memberSince' | 'createdAt'>): CalendarDay {
  return org.memberSince || toDay(new Date(org.createdAt));
}

export function partnerCounts<T extends Pick<Organisation, 'memberSince' | 'createdAt'>>(
  organisations: readonly T[],
  period: { from: CalendarDay; to: CalendarDay },
): { partners: T[]; newPartners: number; withoutMemberSince: number } {
  const partners = organisations.filter((o) => partnerSince(o) <= period.to);
  return {
    partners,
    newPartners: partners.filter((o) => o.memberSince && o.memberSince >= period.from).length,
    withoutMemberSince: partners.filter((o) => !o.memberSince).length,
  };
}

// ---------- Person and volunteer ----------
export const consentSchema = z.object({
  purpose: z.string().trim().min(1, 'validation.consentPurpose').max(500, maxChars(500)),
  givenOn: z.string().refine(isValidDay, 'validation.dateInvalid'),
  withdrawnOn: optionalDay,
});
export type Consent = z.infer<typeof consentSchema>;

export const allowanceSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month'),
  amountCents: z
    .number()
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(10_000_00, maxEuro(10_000_00)),
});
export type Allowance = z.infer<typeof allowanceSchema>;

export const volunteerSchema = z.object({
  municipality: z.string(),
  activeFrom: optionalDay,
  activeUntil: optionalDay,
  allowances: z.array(allowanceSchema),
});
export type Volunteer = z.infer<typeof volunteerSchema>;

export const personDraftSchema = z
  .object({
    firstName: text(100),
    lastName: text(100),
    function: text(200),
    organisationId: z.string(),
    phone: text(100),
    mobile: text(100),
    address: text(),
    email,
    languages: z.array(z.string().trim().min(1).max(60)),
    notes: text(20000),
    consent: consentSchema.nullable(),
    volunteer: volunteerSchema.nullable(),
  })
  .refine((p) => p.firstName || p.lastName, { message: 'validation.nameRequired', path: ['lastName'] });
export type PersonDraft = z.infer<typeof personDraftSchema>;
export type PersonData = PersonDraft;
export interface Person extends PersonData {
  id: string;
  createdAt: string;
  changedAt: string;
}

export function emptyPerson(): PersonDraft {
  return {
    firstName: '',
    lastName: '',
    function: '',
    organisationId: '',
    phone: '',
    mobile: '',
    address: '',
    email: '',
    languages: [],
    notes: '',
    consent: null,
    volunteer: null,
  };
}

export function personName(p: Pick<PersonData, 'firstName' | 'lastName'>): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ');
}

/** Active on a day: started (or no start given) and not yet ended. */
export function isActiveVolunteer(p: PersonData, day: CalendarDay): boolean {
  if (!p.volunteer) return false;
  const { activeFrom, activeUntil } = p.volunteer;
  return (!activeFrom || activeFrom <= day) && (!activeUntil || activeUntil >= day);
}

// ---------- Allowance (Aufwandsentschädigung) ----------
export const DEFAULT_ALLOWANCE_CAP_CENTS = 200_00;

export function allowanceByMonth(allowances: readonly Allowance[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const a of allowances) sums.set(a.month, (sums.get(a.month) ?? 0) + a.amountCents);
  return sums;
}

/** Months whose total exceeds the monthly cap, in order. */
export function monthsOverCap(allowances: readonly Allowance[], capCents: number): string[] {
  return [...allowanceByMonth(allowances)]
    .filter(([, sum]) => sum > capCents)
    .map(([month]) => month)
    .sort();
}

/**
 * The months whose total is over the cap and differs from before: those the user is about to save
 * over the cap. A month already saved over the cap (and unchanged) is not asked about again.
 */
export function monthsNewlyOverCap(
  before: readonly Allowance[],
  after: readonly Allowance[],
  capCents: number,
): Array<{ month: string; cents: number }> {
  const old = allowanceByMonth(before);
  return [...allowanceByMonth(after)]
    .filter(([month, sum]) => sum > capCents && old.get(month) !== sum)
    .map(([month, cents]) => ({ month, cents }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * A month as people type it: "11.2026", "11/2026", "1.2026", "11 2026" or "2026-11". Returns the
 * stored form "2026-11", or null when it is not a month (half-typed, month 13, a two-digit year).
 */
export function parseMonthInput(text: string): string | null {
  const t = text.trim();
  const german = /^(\d{1,2})\s*[./\s-]\s*(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
  const [year, month] = german ? [german[2]!, german[1]!] : iso ? [iso[1]!, iso[2]!] : [];
  if (!year || !month) return null;
  const m = Number(month);
  if (m < 1 || m > 12 || Number(year) < 1900) return null;
  return `${year}-${String(m).padStart(2, '0')}`;
}

/**
 * "2026-11" as offices write it: German "11.2026", English "11/2026" (both are read back by
 * parseMonthInput; anything else is shown as it is).
 */
export function formatMonthInput(month: string, language: 'de' | 'en' = 'de'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}${language === 'en' ? '/' : '.'}${m[1]}` : month;
}

export function allowanceTotal(allowances: readonly Allowance[], year: number): number {
  return allowances.filter((a) => a.month.startsWith(`${year}-`)).reduce((sum, a) => sum + a.amountCents, 0);
}

// ---------- Activity ----------
/**
 * Limits of an activity. Office time may exceed a day: preparing a week-long event takes more
 * (200 hours is a generous ceiling that still catches a typo like "120000"); one date lasts at most a day.
 */
export const ACTIVITY_LIMITS = {
  title: 200,
  notes: 20_000,
  participants: 100_000,
  durationMinutes: 24 * 60,
  officeMinutes: 200 * 60,
} as const;

const supportedCount = z
  .number()
  .int('validation.wholeNumber')
  .min(0, 'validation.notNegative')
  .max(ACTIVITY_LIMITS.participants, maxNumber(ACTIVITY_LIMITS.participants))
  .nullable();

const maxMinutes = (max: number) => limitMessage('validationLimits.minutes', { max, hours: max / 60 });

export const activityDraftSchema = z.object({
  date: z.string().refine(isValidDay, 'validation.dateInvalid'),
  startTime: z.string().refine((t) => t === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(t), 'validation.time'),
  durationMinutes: z
    .number()
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(ACTIVITY_LIMITS.durationMinutes, maxMinutes(ACTIVITY_LIMITS.durationMinutes))
    .nullable(),
  type: z.string().min(1, 'validation.required'),
  title: z
    .string()
    .trim()
    .min(1, 'validation.titleRequired')
    .max(ACTIVITY_LIMITS.title, maxChars(ACTIVITY_LIMITS.title)),
  organisationIds: z.array(z.string()),
  volunteerIds: z.array(z.string()),
  participants: z
    .number()
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(ACTIVITY_LIMITS.participants, maxNumber(ACTIVITY_LIMITS.participants))
    .nullable(),
  municipality: z.string(),
  /** Handlungsfeld of the state's integration concept (list "Handlungsfelder"); absent when not set. */
  fieldOfAction: z.string().optional(),
  /** People and families the activity supported (volunteers' assignments above all); optional counts. */
  personsSupported: supportedCount.optional(),
  familiesSupported: supportedCount.optional(),
  minutes: z
    .number()
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(ACTIVITY_LIMITS.officeMinutes, maxMinutes(ACTIVITY_LIMITS.officeMinutes))
    .nullable(),
  notes: z.string().trim().max(ACTIVITY_LIMITS.notes, maxChars(ACTIVITY_LIMITS.notes)),
  /** Who did the work (a team member's name, as "Bearbeitet von" on inquiries); counts in hours per member. */
  handledBy: z.string().optional(),
  /** The dates of one series share this id, so the series or the rest of it can be edited or cancelled. */
  seriesId: z.string().optional(),
});
export type ActivityDraft = z.infer<typeof activityDraftSchema>;
export type ActivityData = ActivityDraft;
export interface Activity extends ActivityData {
  id: string;
  createdAt: string;
  changedAt: string;
}

export function emptyActivity(today: CalendarDay, type: string): ActivityDraft {
  return {
    date: today,
    startTime: '',
    durationMinutes: null,
    type,
    title: '',
    organisationIds: [],
    volunteerIds: [],
    participants: null,
    municipality: '',
    minutes: null,
    notes: '',
  };
}

export const RECURRENCES = ['none', 'weekly', 'biweekly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
/** Five years of monthly dates: more is a typing slip, not a plan. */
export const MAX_OCCURRENCES = 60;

/** A new activity's repetition, as the dialog asks for it (not stored: it makes the dates of a series). */
export const activityRepeatSchema = z.object({
  recurrence: z.enum(RECURRENCES),
  occurrences: z
    .number({ error: 'validation.number' })
    .int('validation.wholeNumber')
    .min(2, limitMessage('validationLimits.occurrences', { max: MAX_OCCURRENCES }))
    .max(MAX_OCCURRENCES, limitMessage('validationLimits.occurrences', { max: MAX_OCCURRENCES })),
  withFollowup: z.boolean(),
});
export type ActivityRepeat = z.infer<typeof activityRepeatSchema>;

/** The days of a recurring series starting at `first`, `count` occurrences (a monthly meeting, say). */
export function recurringDays(first: CalendarDay, recurrence: Recurrence, count: number): CalendarDay[] {
  if (recurrence === 'none' || count <= 1) return [first];
  const start = parseISO(first);
  return Array.from({ length: Math.min(count, MAX_OCCURRENCES) }, (_v, i) =>
    toDay(
      recurrence === 'monthly' ? addMonths(start, i) : addWeeks(start, recurrence === 'biweekly' ? 2 * i : i),
    ),
  );
}

/**
 * One date of a new series. Dates after today are planned, not held: they get no participant count
 * and no count of persons or families supported (copied from the first date, they would reach the
 * report as if counted). The Handlungsfeld and the other fields are copied.
 */
export function seriesOccurrence(draft: ActivityDraft, date: CalendarDay, today: CalendarDay): ActivityDraft {
  if (date <= today) return { ...draft, date };
  const planned = { ...draft, date, participants: null };
  if (draft.personsSupported != null) planned.personsSupported = null;
  if (draft.familiesSupported != null) planned.familiesSupported = null;
  return planned;
}

// ---------- Network care ----------
/**
 * Last contact per organisation: the latest inquiry (as requester or referral target) or activity on
 * or before `today`. Planned activities (the rest of a monthly series, say) are not contact yet.
 */
export function lastContacts(
  inquiries: ReadonlyArray<{ receivedAt: string; requesterOrgId?: string; referralOrgIds?: string[] }>,
  activities: ReadonlyArray<{ date: CalendarDay; organisationIds: string[] }>,
  today: CalendarDay,
): Map<string, CalendarDay> {
  // Inquiries by instant: the latest per organisation as a UTC ISO string (ordered as the instants
  // are), turned into a local day once per organisation instead of once per inquiry (a Date per
  // inquiry was most of a Netzwerk visit at 100,000 inquiries).
  const before = dayRangeToInstants(undefined, today).toExclusive!;
  const latest = new Map<string, string>();
  const noteInstant = (id: string | undefined, iso: string) => {
    if (id && iso < before && (latest.get(id) ?? '') < iso) latest.set(id, iso);
  };
  for (const inq of inquiries) {
    if (!inq.requesterOrgId && !inq.referralOrgIds?.length) continue;
    const iso = utcIso(inq.receivedAt);
    noteInstant(inq.requesterOrgId, iso);
    for (const id of inq.referralOrgIds ?? []) noteInstant(id, iso);
  }
  const last = new Map<string, CalendarDay>();
  for (const [id, iso] of latest) last.set(id, localDayOf(iso));
  for (const act of activities)
    for (const id of act.organisationIds)
      if (act.date <= today && (last.get(id) ?? '') < act.date) last.set(id, act.date);
  return last;
}

/** An instant as Date.toISOString writes it (what the app stores); other spellings are converted. */
function utcIso(instant: string): string {
  return instant.length === 24 && instant.endsWith('Z') ? instant : new Date(instant).toISOString();
}

/**
 * Per volunteer: the last activity they took part in and how many this calendar year, both on or
 * before `today` (planned meetings are not attended yet).
 */
export function volunteerMeetings(
  activities: ReadonlyArray<{ date: CalendarDay; volunteerIds: string[] }>,
  today: CalendarDay,
): { lastMeeting: Map<string, CalendarDay>; meetingsThisYear: Map<string, number> } {
  const lastMeeting = new Map<string, CalendarDay>();
  const meetingsThisYear = new Map<string, number>();
  const year = today.slice(0, 5); // "2026-"
  for (const a of activities) {
    if (a.date > today) continue;
    for (const id of a.volunteerIds) {
      if ((lastMeeting.get(id) ?? '') < a.date) lastMeeting.set(id, a.date);
      if (a.date.startsWith(year)) meetingsThisYear.set(id, (meetingsThisYear.get(id) ?? 0) + 1);
    }
  }
  return { lastMeeting, meetingsThisYear };
}

/** Partners without contact for `months` (or never), oldest first — never contacted at the top. */
export function partnersToContact<T extends { id: string }>(
  organisations: readonly T[],
  last: ReadonlyMap<string, CalendarDay>,
  now: Date,
  months: number,
): Array<{ organisation: T; lastContact: CalendarDay | undefined }> {
  const limit = toDay(addMonths(now, -months));
  return organisations
    .map((organisation) => ({ organisation, lastContact: last.get(organisation.id) }))
    .filter((x) => !x.lastContact || x.lastContact < limit)
    .sort((a, b) => (a.lastContact ?? '').localeCompare(b.lastContact ?? ''));
}

// ---------- Duplicates ----------
export interface ContactKey {
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string;
}

function norm(s: string): string {
  return s.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
}

/** A likely duplicate: the same e-mail, or the same name at the same organisation. */
export function isLikelyDuplicate(a: ContactKey, b: ContactKey): boolean {
  if (a.email && b.email && norm(a.email) === norm(b.email)) return true;
  const nameA = norm(`${a.firstName} ${a.lastName}`);
  return (
    nameA !== '' &&
    nameA === norm(`${b.firstName} ${b.lastName}`) &&
    norm(a.organisationName) === norm(b.organisationName)
  );
}
