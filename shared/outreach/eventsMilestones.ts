// The milestones of an event series (Aufruf, Einsendeschluss, Redaktionsschluss, Druck, Pressetermin,
// Auswertungstreffen) become Wiedervorlagen: each follow-up carries the source
// `outreach:<series id>:milestone:<milestone id>`, so saving the series moves, retitles or removes it
// (shared/domain/sourcedFollowups.ts) and a follow-up opened from Heute leads back to its series.
import type { CalendarDay } from '../domain/calendarDay';
import type { SourcedDate } from '../domain/sourcedFollowups';
import type { Milestone, MilestoneKind, SeriesData } from './eventRecords';

export const OUTREACH_SOURCE = 'outreach:';

export interface MilestoneDate extends SourcedDate {
  milestoneId: string;
  kind: MilestoneKind;
  /** The series' title, which the follow-up's title names. */
  subject: string;
  note: string;
}

/** Every follow-up of one series starts with this. */
export function seriesSourcePrefix(seriesId: string): string {
  return `${OUTREACH_SOURCE}${seriesId}:`;
}

export function milestoneSource(seriesId: string, milestoneId: string): string {
  return `${seriesSourcePrefix(seriesId)}milestone:${milestoneId}`;
}

/**
 * The dates a series keeps follow-ups for: one per milestone. A milestone that had passed when it
 * was entered gets none (an Aufruf sent last month is nothing to look at again); one that exists
 * keeps its follow-up.
 */
export function milestoneDates(seriesId: string, series: SeriesData, today: CalendarDay): MilestoneDate[] {
  return series.milestones.map((m) => ({
    source: milestoneSource(seriesId, m.id),
    due: m.day,
    milestoneId: m.id,
    kind: m.kind,
    subject: series.title,
    note: m.note,
    ...(m.day < today ? { past: true as const } : {}),
  }));
}

/** The series and milestone a follow-up's source names; undefined for any other follow-up. */
export function parseOutreachSource(
  source: string | undefined,
): { seriesId: string; milestoneId: string } | undefined {
  if (!source?.startsWith(OUTREACH_SOURCE)) return undefined;
  const [seriesId, what, milestoneId] = source.slice(OUTREACH_SOURCE.length).split(':');
  return seriesId && what === 'milestone' && milestoneId ? { seriesId, milestoneId } : undefined;
}

/** The next milestone on or after `today` (the series list shows it); undefined when none is left. */
export function nextMilestone(milestones: readonly Milestone[], today: CalendarDay): Milestone | undefined {
  return [...milestones]
    .filter((m) => m.day >= today)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))[0];
}
