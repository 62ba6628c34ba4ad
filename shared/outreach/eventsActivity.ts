// An approved contribution becomes an Aktivität ("Als Aktivität übernehmen"), so the Interkulturelle
// Woche counts in Auswertung and Jahresbericht like any event the office recorded by hand.
import type { ActivityData } from '../domain/network';
import type { ContributionData } from './eventRecords';

/** "Veranstaltung (z. B. Interkulturelle Woche)" in the default activity types (categories.ts). */
export const EVENT_ACTIVITY_TYPE = 'aktart-03';

/** Minutes from start to end ("18:00"–"20:30": 150); null when either is missing or the end is not later. */
export function durationMinutes(startTime: string, endTime: string): number | null {
  const minutes = (t: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  };
  const start = minutes(startTime);
  const end = minutes(endTime);
  return start !== null && end !== null && end > start ? end - start : null;
}

export type ActivityRefusal = 'notApproved' | 'alreadyTaken';

/** Why a contribution cannot become an Aktivität (yet); undefined when it can. */
export function activityRefusal(
  contribution: Pick<ContributionData, 'status' | 'activityId'>,
  activityExists: boolean,
): ActivityRefusal | undefined {
  if (contribution.status !== 'freigegeben') return 'notApproved';
  if (contribution.activityId && activityExists) return 'alreadyTaken';
  return undefined;
}

/**
 * The Aktivität of an approved contribution: its day, start and duration, its title, the organiser
 * as partner organisation. `notes` (the series and the venue, in the UI's language) come from the
 * caller. Participants and the office's working time are not known yet: the Aktivität's own dialog
 * takes them later.
 */
export function contributionActivity(
  contribution: ContributionData,
  notes: string,
  type: string = EVENT_ACTIVITY_TYPE,
): ActivityData {
  return {
    date: contribution.date,
    startTime: contribution.startTime,
    durationMinutes: durationMinutes(contribution.startTime, contribution.endTime),
    type,
    title: contribution.title,
    organisationIds: contribution.organisationId ? [contribution.organisationId] : [],
    volunteerIds: [],
    participants: null,
    municipality: '',
    minutes: null,
    notes,
  };
}
