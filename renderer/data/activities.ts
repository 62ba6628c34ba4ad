// Editing and cancelling activities that may belong to a series: one date, this and the following
// ones, or the whole series (the rules are in shared/domain/activitySeries.ts).
import {
  inScope,
  seriesEditWrites,
  seriesOf,
  type Series,
  type SeriesScope,
} from '../../shared/domain/activitySeries';
import type { Activity, ActivityDraft } from '../../shared/domain/network';
import { nextMeta } from '../../shared/domain/recordMeta';
import { payloadOf } from '../../shared/storage/records';
import { deleteRecords } from './deletion';
import { getActivity, listActivities } from './network';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

export function activitySeries(store: RecordStore, activity: Activity): Series<Activity> {
  return seriesOf(activity, listActivities(store));
}

/**
 * Saves an edited date, and with it the other dates of its series in `scope`, in one transaction.
 * Returns the dates in scope.
 */
export async function saveActivityEdit(
  vault: OpenVault,
  original: Activity,
  draft: ActivityDraft,
  scope: SeriesScope,
  now = new Date(),
): Promise<Activity[]> {
  const series = activitySeries(vault.store, original);
  const writes = seriesEditWrites(original, draft, series, scope);
  const records = writes.map(({ id, data }) => {
    const stored = vault.store.get('activities', id);
    const previous = stored ? payloadOf('activities', stored).meta : undefined;
    return { id, payload: { data, meta: nextMeta(previous, now, vault.deviceId) } };
  });
  await vault.putMany('activities', records);
  // The dates the user changed (a legacy series' other dates only got their series id).
  return inScope(original, series.members, scope).map((a) => getActivity(vault.store, a.id)!);
}

/**
 * Deletes a date, this and the following ones, or the whole series, with the Löschprotokoll line.
 * Returns how many dates were deleted.
 */
export async function deleteActivities(
  vault: OpenVault,
  activity: Activity,
  scope: SeriesScope,
): Promise<number> {
  const targets = inScope(activity, activitySeries(vault.store, activity).members, scope);
  await deleteRecords(vault, { removals: targets.map((a) => ({ table: 'activities', id: a.id })) });
  return targets.length;
}
