// Event series (Interkulturelle Woche) and their contributions: saving a series keeps its milestones'
// follow-ups in step in the same transaction (shared/outreach/eventsMilestones.ts); an approved
// contribution becomes an Aktivität in one transaction with the link kept on the contribution.
import { toDay } from '../../shared/domain/calendarDay';
import { nextMeta } from '../../shared/domain/recordMeta';
import type { ContributionData, SeriesData } from '../../shared/outreach/eventRecords';
import { activityRefusal, contributionActivity } from '../../shared/outreach/eventsActivity';
import {
  milestoneDates,
  parseOutreachSource,
  seriesSourcePrefix,
  type MilestoneDate,
} from '../../shared/outreach/eventsMilestones';
import { canMoveContribution } from '../../shared/outreach/eventsStatus';
import { newRecordId } from '../../shared/storage/records';
import { listFollowups } from './followups';
import { getActivity } from './networkRecords';
import {
  deleteOutreach,
  getOutreach,
  outreachFile,
  saveOutreach,
  type Contribution,
  type Series,
  type Write,
} from './outreach';
import type { RecordStore } from './recordStore';
import { sourcedFollowupWrites } from './sourcedFollowups';
import type { OpenVault } from './vault';

/** Writes the title of a milestone's follow-up (in the UI's language). */
export type MilestoneTitle = (date: MilestoneDate) => string;

export function getSeries(store: RecordStore, id: string): SeriesData | undefined {
  const data = getOutreach(store, id);
  return data?.kind === 'series' ? data : undefined;
}

export function getContribution(store: RecordStore, id: string): ContributionData | undefined {
  const data = getOutreach(store, id);
  return data?.kind === 'contribution' ? data : undefined;
}

/** A series' contributions in the programme's order (day, time, title). */
export function contributionsOf(store: RecordStore, seriesId: string): Contribution[] {
  return outreachFile(store).contributions.filter((c) => c.seriesId === seriesId);
}

/** The series a milestone's follow-up belongs to, if it still exists. */
export function seriesOfFollowup(store: RecordStore, source: string | undefined): Series | undefined {
  const parsed = parseOutreachSource(source);
  return parsed ? outreachFile(store).series.find((s) => s.id === parsed.seriesId) : undefined;
}

/**
 * Saves a series and, in the same transaction, its milestones' follow-ups: created for coming
 * milestones, moved (and reopened) when a milestone's day changed, retitled when the series or the
 * milestone's kind was renamed, removed when the milestone was taken out. Returns the id; durable
 * when it resolves.
 */
export async function saveSeries(
  vault: OpenVault,
  id: string | undefined,
  data: SeriesData,
  titleOf: MilestoneTitle,
  now = new Date(),
): Promise<string> {
  const seriesId = id ?? newRecordId();
  const followups = sourcedFollowupWrites(
    vault,
    seriesSourcePrefix(seriesId),
    milestoneDates(seriesId, data, toDay(now)),
    titleOf,
    now,
    { gone: 'remove' },
  );
  const writes: Write[] = followups.writes.length ? [{ table: 'followups', records: followups.writes }] : [];
  return saveOutreach(vault, seriesId, data, now, {
    writes,
    removals: followups.removals.map((f) => ({ table: 'followups' as const, id: f })),
  });
}

/** Saves a contribution (its series must exist). Returns the id; durable when it resolves. */
export async function saveContribution(
  vault: OpenVault,
  id: string | undefined,
  data: ContributionData,
  now = new Date(),
): Promise<string> {
  if (!getSeries(vault.store, data.seriesId)) throw new Error(`no series ${data.seriesId}`);
  // One step at a time: the dialog offers no other, a stale form must not skip one either.
  const previous = id ? getContribution(vault.store, id) : undefined;
  if (previous && !canMoveContribution(previous.status, data.status))
    throw new Error(`contribution ${id}: ${previous.status} → ${data.status}`);
  return saveOutreach(vault, id, data, now);
}

export async function deleteContribution(vault: OpenVault, id: string, now = new Date()): Promise<void> {
  await deleteOutreach(vault, [id], now);
}

/**
 * Deletes a series with its contributions and its milestones' follow-ups: one transaction, one
 * Löschprotokoll line per table. Aktivitäten made from its contributions stay (they were held).
 */
export async function deleteSeries(vault: OpenVault, id: string, now = new Date()): Promise<void> {
  const contributions = contributionsOf(vault.store, id).map((c) => c.id);
  const prefix = seriesSourcePrefix(id);
  const followups = listFollowups(vault.store).filter((f) => f.source?.startsWith(prefix));
  await deleteOutreach(vault, [id, ...contributions], now, {
    removals: followups.map((f) => ({ table: 'followups' as const, id: f.id })),
  });
}

/** Whether the Aktivität a contribution names still exists. */
export function hasActivity(store: RecordStore, contribution: Pick<ContributionData, 'activityId'>): boolean {
  return !!contribution.activityId && !!getActivity(store, contribution.activityId);
}

/**
 * "Als Aktivität übernehmen": the Aktivität of an approved contribution and the contribution's link to
 * it, in one transaction. `notes`: the Aktivität's note (series and venue, in the UI's language).
 * Returns the Aktivität's id; durable when it resolves.
 */
export async function takeOverAsActivity(
  vault: OpenVault,
  contributionId: string,
  notes: string,
  type?: string,
  now = new Date(),
): Promise<string> {
  const contribution = getContribution(vault.store, contributionId);
  if (!contribution) throw new Error(`no contribution ${contributionId}`);
  const refusal = activityRefusal(contribution, hasActivity(vault.store, contribution));
  if (refusal) throw new Error(`contribution ${contributionId}: ${refusal}`);
  const activityId = newRecordId();
  await saveOutreach(vault, contributionId, { ...contribution, activityId }, now, {
    writes: [
      {
        table: 'activities',
        records: [
          {
            id: activityId,
            payload: {
              data: contributionActivity(contribution, notes, type),
              meta: nextMeta(undefined, now, vault.deviceId),
            },
          },
        ],
      },
    ],
  });
  return activityId;
}
