// A record's payload ({data, meta}) as a sync version and back. The clocks live in `meta.sync`
// (inside the encrypted payload): the clock most fields share once (`base`), the others listed.
// A record from before the team has no clocks: all its fields count as written at its last change.
// Every unlock reads every record, so what is usual is left out (`clock` as `changedAt` and
// `deviceId` make it, `base` equal to `clock`, `seen` naming only the writer of `clock`) and the
// server mark is one string, not four values.
import type { RecordMeta } from '../domain/recordMeta';
import { clockDevice, legacyClock } from './hlc';
import type { SyncMark } from './replicator';
import type { LiveVersion, RecordInfo } from './versioned';

export interface PayloadShape {
  data: Record<string, unknown>;
  meta: RecordMeta;
}

export function versionOfPayload({ data, meta }: PayloadShape): LiveVersion {
  const sync = meta.sync;
  const clock = sync?.clock ?? legacyClock(meta.changedAt, meta.deviceId);
  const base = sync ? (sync.base ?? clock) : clock;
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
    seen: sync ? (sync.seen ?? { [clockDevice(clock)]: clock }) : { [meta.deviceId]: clock },
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
  const seenDevices = Object.keys(version.seen);
  const usualSeen = seenDevices.length === 1 && version.seen[clockDevice(version.clock)] === version.clock;
  const usualClock = version.clock === legacyClock(version.info.changedAt, version.info.deviceId);
  const sync = {
    ...(usualClock ? {} : { clock: version.clock }),
    ...(base !== version.clock ? { base } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(usualSeen ? {} : { seen: version.seen }),
    ...(version.conflicts.length > 0 ? { conflicts: version.conflicts } : {}),
  };
  // Nothing unusual: the payload reads like one from before the team, as the same version.
  return {
    data: version.data,
    meta: { ...version.info, ...(Object.keys(sync).length > 0 ? { sync } : {}) },
  };
}

/** A record's mark: its document on the server, and what this device knows of it. */
export interface DocMark extends SyncMark {
  doc: string;
}

type StoredMark = NonNullable<NonNullable<RecordMeta['sync']>['mark']>;

/**
 * `doc|leaves|closed|dirty` (revisions comma-separated; empty parts at the end left out): document
 * ids and revisions are hex and `N-hex`, so neither separator occurs in them.
 */
export function encodeMark({ doc, leaves, closed, dirty }: DocMark): string {
  const parts = [doc, leaves.join(','), closed.join(','), dirty ? 'dirty' : ''];
  while (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return parts.join('|');
}

export function decodeMark(stored: StoredMark): DocMark {
  if (typeof stored !== 'string') return stored;
  const [doc = '', leaves = '', closed = '', dirty = ''] = stored.split('|');
  const list = (text: string) => (text ? text.split(',') : []);
  return { doc, leaves: list(leaves), closed: list(closed), dirty: dirty === 'dirty' };
}

/** The mark a payload carries (undefined for a record never synced). */
export function markOfPayload(payload: PayloadShape | undefined): DocMark | undefined {
  const stored = payload?.meta?.sync?.mark;
  return stored === undefined ? undefined : decodeMark(stored);
}

/** The payload with this mark, or without one (its clocks unchanged). */
export function withMark(payload: PayloadShape, mark: DocMark | undefined): PayloadShape {
  const { sync: old, ...meta } = payload.meta;
  const { mark: _old, ...rest } = old ?? {};
  const sync = mark ? { ...rest, mark: encodeMark(mark) } : rest;
  return { ...payload, meta: { ...meta, ...(Object.keys(sync).length > 0 ? { sync } : {}) } };
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
