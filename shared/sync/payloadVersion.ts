// A record's payload ({data, meta}) as a sync version and back. The clocks live in `meta.sync`
// (inside the encrypted payload): the clock most fields share once (`base`), the others listed.
// A record from before the team has no clocks: all its fields count as written at its last change.
import type { RecordMeta } from '../domain/recordMeta';
import { legacyClock } from './hlc';
import type { LiveVersion, RecordInfo } from './versioned';

export interface PayloadShape {
  data: Record<string, unknown>;
  meta: RecordMeta;
}

export function versionOfPayload({ data, meta }: PayloadShape): LiveVersion {
  const sync = meta.sync;
  const clock = sync?.clock ?? legacyClock(meta.changedAt, meta.deviceId);
  const base = sync?.base ?? clock;
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(data)) clocks[field] = base;
  Object.assign(clocks, sync?.fields);
  const { sync: _sync, ...rest } = meta;
  const info: RecordInfo = {
    createdAt: rest.createdAt,
    changedAt: rest.changedAt,
    deviceId: rest.deviceId,
    rev: rest.rev,
    ...(rest.changedBy !== undefined ? { changedBy: rest.changedBy } : {}),
  };
  return {
    erased: false,
    data,
    clocks,
    seen: sync?.seen ?? { [meta.deviceId]: clock },
    conflicts: sync?.conflicts ?? [],
    clock,
    info,
  };
}

export function payloadOfVersion(version: LiveVersion): PayloadShape {
  const base = commonestClock(version.clocks) ?? version.clock;
  const fields: Record<string, string> = {};
  for (const [field, clock] of Object.entries(version.clocks)) {
    // A removed field keeps its clock (else the other member's old value would come back).
    if (clock !== base || !(field in version.data)) fields[field] = clock;
  }
  return {
    data: version.data,
    meta: {
      ...version.info,
      sync: {
        clock: version.clock,
        base,
        ...(Object.keys(fields).length > 0 ? { fields } : {}),
        seen: version.seen,
        ...(version.conflicts.length > 0 ? { conflicts: version.conflicts } : {}),
      },
    },
  };
}

/** The clock most fields have (the smallest of equally common ones, so every device picks the same). */
function commonestClock(clocks: Record<string, string>): string | undefined {
  const counts = new Map<string, number>();
  for (const clock of Object.values(clocks)) counts.set(clock, (counts.get(clock) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [clock, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && clock < best)) {
      best = clock;
      bestCount = count;
    }
  }
  return best;
}
