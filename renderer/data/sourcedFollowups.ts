// The writes that keep a record's follow-ups in step with its dates (shared/domain/sourcedFollowups.ts),
// for the record's own transaction: funding deadlines, the milestones of an event series.
import type { FollowupData } from '../../shared/domain/followup';
import { nextMeta, type RecordMeta } from '../../shared/domain/recordMeta';
import {
  reconcileSourcedFollowups,
  type LinkedFollowup,
  type ReconcileOptions,
  type SourcedDate,
} from '../../shared/domain/sourcedFollowups';
import { newRecordId, payloadOf } from '../../shared/storage/records';
import { listFollowups } from './followups';
import type { OpenVault } from './vault';

export interface FollowupWrites {
  writes: Array<{ id: string; payload: { data: FollowupData; meta: RecordMeta } }>;
  removals: string[];
}

/** The follow-ups whose source starts with `prefix` (one record's). */
export function linkedFollowups(vault: OpenVault, prefix: string): LinkedFollowup[] {
  return listFollowups(vault.store)
    .filter((f) => f.source?.startsWith(prefix))
    .map((f) => ({ id: f.id, data: payloadOf('followups', vault.store.get('followups', f.id)!).data }));
}

/**
 * The follow-up writes that bring the follow-ups under `prefix` to `dates` (undefined: the record is
 * deleted), with their metadata.
 */
export function sourcedFollowupWrites<D extends SourcedDate>(
  vault: OpenVault,
  prefix: string,
  dates: readonly D[] | undefined,
  titleOf: (date: D) => string,
  now: Date,
  options: ReconcileOptions = {},
): FollowupWrites {
  const changes = reconcileSourcedFollowups(dates, linkedFollowups(vault, prefix), titleOf, now, options);
  const write = (followupId: string | undefined, followup: FollowupData) => {
    const stored = followupId ? vault.store.get('followups', followupId) : undefined;
    return {
      id: followupId ?? newRecordId(),
      payload: {
        data: followup,
        meta: nextMeta(stored && payloadOf('followups', stored).meta, now, vault.deviceId),
      },
    };
  };
  return {
    writes: [
      ...changes.create.map((f) => write(undefined, f)),
      ...changes.update.map((f) => write(f.id, f.data)),
    ],
    removals: changes.remove,
  };
}
