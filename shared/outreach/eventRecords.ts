// Event series (Veranstaltungsreihe, first the Interkulturelle Woche) and their contributions
// (Beiträge) as stored in the "outreach" table. Forms, statuses and models build on these.
import { z } from 'zod';
import type { CalendarDay } from '../domain/calendarDay';
import { day, ids } from '../storage/storedFields';

/** Milestones of a series; each becomes a Wiedervorlage. */
export const MILESTONE_KINDS = ['call', 'submission', 'editorial', 'print', 'press', 'review'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const CONTRIBUTION_STATUSES = ['eingereicht', 'geprueft', 'freigegeben'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export interface Milestone {
  id: string;
  kind: MilestoneKind;
  day: CalendarDay;
  note: string;
}

export interface SeriesData {
  kind: 'series';
  title: string;
  motto: string;
  from: CalendarDay;
  to: CalendarDay;
  /** Aufruf zur Beteiligung: the text sent to the co-organisers. */
  callText: string;
  milestones: Milestone[];
  /** The funder's credit line, printed in the programme booklet. */
  funderCredit: string;
  notes: string;
}

export interface ContributionData {
  kind: 'contribution';
  seriesId: string;
  title: string;
  /** The organiser, from Netzwerk. */
  organisationId: string;
  date: CalendarDay;
  /** "HH:MM" or empty. */
  startTime: string;
  endTime: string;
  venue: string;
  address: string;
  accessibility: string;
  entryFee: string;
  registration: string;
  languages: string[];
  targetGroup: string;
  shortText: string;
  contact: string;
  photoCredit: string;
  /** How the photo's use was agreed (consent note). */
  photoConsent: string;
  status: ContributionStatus;
  /** The Aktivität made from it (empty: none yet). */
  activityId: string;
  notes: string;
}

const time = z.string().regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, 'time');

export const seriesStored = z.strictObject({
  kind: z.literal('series'),
  title: z.string(),
  motto: z.string(),
  from: day,
  to: day,
  callText: z.string(),
  milestones: z.array(
    z.strictObject({ id: z.string(), kind: z.enum(MILESTONE_KINDS), day, note: z.string() }),
  ),
  funderCredit: z.string(),
  notes: z.string(),
}) satisfies z.ZodType<SeriesData>;

export const contributionStored = z.strictObject({
  kind: z.literal('contribution'),
  seriesId: z.string(),
  title: z.string(),
  organisationId: z.string(),
  date: day,
  startTime: time,
  endTime: time,
  venue: z.string(),
  address: z.string(),
  accessibility: z.string(),
  entryFee: z.string(),
  registration: z.string(),
  languages: ids,
  targetGroup: z.string(),
  shortText: z.string(),
  contact: z.string(),
  photoCredit: z.string(),
  photoConsent: z.string(),
  status: z.enum(CONTRIBUTION_STATUSES),
  activityId: z.string(),
  notes: z.string(),
}) satisfies z.ZodType<ContributionData>;
