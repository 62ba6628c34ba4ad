// Reading the vault at unlock: the encrypted snapshot plus the rows written after its watermark, or
// every row when the snapshot is missing, stale or does not decrypt (it is only a cache).
import {
  openRecord,
  RECORD_TABLES,
  type EncryptedRow,
  type RecordTable,
} from '../../shared/storage/envelope';
import { openPack, type OpenedPack, type PackRow } from '../../shared/storage/pack';
import { REGISTRY_VERSION, validateRecord } from '../../shared/storage/records';
import {
  emptyContents,
  MANIFEST_ID,
  openManifest,
  openSegment,
  SNAPSHOT_FORMAT,
  type LiveRecord,
  type SnapshotRow,
  type TableContents,
} from '../../shared/storage/snapshot';
import { SnapshotLayout } from '../../shared/storage/snapshotLayout';
import type { AnlaufstelleDb } from './db';
import { markPhase } from './perfMarks';

/** The steps of an unlock, for its progress display (kdf and ready are reported by vaultUnlock). */
export type UnlockPhase = 'kdf' | 'read' | 'decrypt' | 'ready';
export type ProgressListener = (phase: UnlockPhase) => void;

/**
 * Meta key: the first write number of the last restore. Unlock trusts no snapshot below it, and
 * rows and packs below it are what the restore replaced (ignored, then purged in the background).
 */
export const SNAPSHOT_FLOOR = 'snapshotFloor';

interface Loaded {
  contents: TableContents;
  maxSeq: number;
  /** Watermark of the snapshot that was used, or -1 when none could be. */
  snapshotWatermark: number;
  /** Which segment holds each record, and which changed since the snapshot. */
  layout: SnapshotLayout;
  rowsAfterSnapshot: number;
  damaged: number;
  /** The last restore's first write number: rows and packs below it are replaced (see purgeReplaced). */
  floor: number;
}

export async function loadContents(
  db: AnlaufstelleDb,
  key: CryptoKey,
  keyId: string,
  onProgress: ProgressListener,
  /** The stored rows, when unlock began reading them during the key derivation. */
  reading: Promise<StoredRows> = readStored(db, keyId),
): Promise<Loaded> {
  onProgress('read');
  const first = await reading;
  markPhase('unlock-read-done');
  onProgress('decrypt');
  let opened: Awaited<ReturnType<typeof openStoredSnapshot>> | undefined;
  if (first.manifest) {
    try {
      opened = await openStoredSnapshot(key, first.manifest, first.snapshotRows);
    } catch {
      opened = undefined;
    }
  }
  let rows = first.rows;
  let packs = first.packs;
  if (!opened && first.manifest) {
    // The snapshot could not be trusted: fall back to every row and pack, the source of truth.
    // (Below the floor lies only what a restore replaced and has not purged yet.)
    [rows, packs] = await db.transaction('r', tables(db), () =>
      Promise.all([
        Promise.all(
          RECORD_TABLES.map((t) =>
            db.table<EncryptedRow, string>(t).where('seq').aboveOrEqual(first.floor).toArray(),
          ),
        ),
        db.packs.where('seq').aboveOrEqual(first.floor).toArray(),
      ]),
    );
  }
  const contents = opened?.contents ?? emptyContents();
  // With a snapshot, the layout notes each newer row's change; without one, it is made afterwards.
  const layout = opened?.layout;
  const target = contentsTarget(contents);
  let damaged = opened?.rejected ?? 0;
  let maxSeq = opened ? first.manifest!.watermark! : 0;
  let rowsAfterSnapshot = 0;
  // Packs first: a row (a later save or a tombstone) with a higher write number then wins.
  const after = opened ? first.manifest!.watermark! : -1;
  for (const { row, pack } of await openPacks(key, packs)) {
    maxSeq = Math.max(maxSeq, row.seq);
    rowsAfterSnapshot++;
    if (!pack) {
      damaged++;
      continue;
    }
    damaged += pack.rejected;
    for (const id of applyPack(target, pack, after)) layout?.noteSet(pack.table, id);
  }
  for (let t = 0; t < RECORD_TABLES.length; t++) {
    const table = RECORD_TABLES[t]!;
    const tableRows = rows[t] ?? [];
    rowsAfterSnapshot += tableRows.length;
    for (const { row, payload, ok } of await openRows(key, table, tableRows)) {
      maxSeq = Math.max(maxSeq, row.seq);
      if (!ok) {
        damaged++;
        continue;
      }
      if (!applyRow(target, table, row, payload)) continue;
      if (row.deleted) layout?.noteDelete(table, row.id);
      else layout?.noteSet(table, row.id);
    }
  }
  markPhase('unlock-decrypt-done');
  // A snapshot from an older registry is rewritten in full, so the next unlock need not check it.
  const usedWatermark = opened && !opened.rechecked ? first.manifest!.watermark! : -1;
  return {
    contents,
    maxSeq: Math.max(maxSeq, first.seq),
    snapshotWatermark: usedWatermark,
    layout: layout ?? SnapshotLayout.fresh(contents, first.snapshotIds),
    rowsAfterSnapshot,
    damaged,
    floor: first.floor,
  };
}

/** What unlock reads: the snapshot (when usable for this key) and the rows it does not cover. */
export type StoredRows = Awaited<ReturnType<typeof readStored>>;

/**
 * Reads everything unlock needs in one read transaction (decrypting comes afterwards: WebCrypto
 * awaits would end it). Needs no key, so unlock starts it while the key is still being derived.
 */
export function readStored(db: AnlaufstelleDb, keyId: string) {
  return db.transaction('r', [db.meta, db.snapshots, ...tables(db)], async () => {
    const seq = Number((await db.meta.get('seq'))?.value ?? 0);
    // A restore raises the floor: a snapshot from before it (written late, e.g. by another window)
    // may hold records the restore cleared away, and must not be used.
    const floor = Number((await db.meta.get(SNAPSHOT_FLOOR))?.value ?? 0);
    const manifest = await db.snapshots.get(MANIFEST_ID);
    const watermark = manifest?.watermark ?? -1;
    const usable =
      !!manifest &&
      manifest.v === SNAPSHOT_FORMAT &&
      manifest.keyId === keyId &&
      watermark <= seq &&
      watermark >= floor;
    // Unusable: only the row ids, so the next snapshot write deletes what no manifest names.
    const snapshotRows = usable ? await db.snapshots.toArray() : [];
    const snapshotIds = usable
      ? snapshotRows.map((r) => r.id)
      : await db.snapshots.toCollection().primaryKeys();
    // Without a snapshot: every row and pack from the last restore on (the older ones it replaced).
    const after = usable ? watermark : floor - 1;
    const rows = await Promise.all(
      RECORD_TABLES.map((t) => db.table<EncryptedRow, string>(t).where('seq').above(after).toArray()),
    );
    const packs = await db.packs.where('seq').above(after).toArray();
    return { seq, floor, manifest: usable ? manifest : undefined, snapshotRows, snapshotIds, rows, packs };
  });
}

/**
 * Opens the manifest and every segment it names (decrypted in parallel, off the main thread). Any
 * segment missing, of another version than the manifest names, or failing to open makes the whole
 * snapshot untrusted (the caller then reads every row).
 */
export async function openStoredSnapshot(
  key: CryptoKey,
  manifestRow: SnapshotRow,
  rows: readonly SnapshotRow[],
) {
  const manifest = await openManifest(key, manifestRow);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const recheck = manifest.registry !== REGISTRY_VERSION;
  const contents = emptyContents();
  let rejected = 0;
  const segments = await Promise.all(
    manifest.segments.map(async (entry) => {
      const segment = await openSegment(key, entry, byId.get(entry.id), recheck);
      const table = contents[segment.table];
      for (const record of segment.records) table.set(record.id, record);
      rejected += segment.rejected;
      return { entry, ids: segment.records.map((r) => r.id) };
    }),
  );
  const layout = SnapshotLayout.stored(segments, byId.keys());
  if (recheck) layout.touchAll();
  return { contents, layout, rejected, rechecked: recheck };
}

/** Decrypts and checks rows (tombstones need nothing); a row that fails either comes back not ok. */
export function openRows(key: CryptoKey, table: RecordTable, rows: readonly EncryptedRow[]) {
  return Promise.all(
    rows.map(async (row) => {
      if (row.deleted) return { row, payload: undefined, ok: true };
      try {
        // A record the registry refuses is reported and skipped like one that fails to decrypt.
        const checked = validateRecord(table, row.id, await openRecord(key, table, row));
        return checked.ok
          ? { row, payload: checked.payload, ok: true }
          : { row, payload: undefined, ok: false };
      } catch {
        return { row, payload: undefined, ok: false };
      }
    }),
  );
}

/** Opens packs in parallel (off the main thread); a pack that does not open comes back without records. */
export function openPacks(key: CryptoKey, rows: readonly PackRow[]) {
  return Promise.all(
    rows.map(async (row) => {
      try {
        return { row, pack: (await openPack(key, row)) as OpenedPack | undefined };
      } catch {
        return { row, pack: undefined };
      }
    }),
  );
}

/**
 * Where opened records go: plain maps at unlock, the live store during a re-keying's catch-up.
 * (`RecordStore` is one as it is.)
 */
export interface RecordTarget {
  get(table: RecordTable, id: string): LiveRecord | undefined;
  set(table: RecordTable, record: LiveRecord): void;
  delete(table: RecordTable, id: string): void;
}

/** The contents' maps as a target. */
export function contentsTarget(contents: TableContents): RecordTarget {
  return {
    get: (table, id) => contents[table].get(id),
    set: (table, record) => void contents[table].set(record.id, record),
    delete: (table, id) => void contents[table].delete(id),
  };
}

/**
 * Puts a pack's records written after `after` into the target, unless a newer version is there
 * already; returns the ids it set. Apply packs before rows: a tombstone row must come last.
 */
export function applyPack(target: RecordTarget, pack: OpenedPack, after: number): string[] {
  const set: string[] = [];
  for (const record of pack.records) {
    if (record.seq <= after) continue;
    const existing = target.get(pack.table, record.id);
    if (existing && existing.seq > record.seq) continue;
    target.set(pack.table, record);
    set.push(record.id);
  }
  return set;
}

/**
 * Applies an opened row (a save or a tombstone) unless a newer version is there already; says
 * whether it changed the target.
 */
export function applyRow(
  target: RecordTarget,
  table: RecordTable,
  row: EncryptedRow,
  payload: unknown,
): boolean {
  const existing = target.get(table, row.id);
  if (existing && existing.seq > row.seq) return false;
  if (row.deleted) {
    if (!existing) return false;
    target.delete(table, row.id);
  } else target.set(table, { id: row.id, seq: row.seq, payload });
  return true;
}

/** The tables holding records: one per kind, and the packs. */
export function tables(db: AnlaufstelleDb) {
  return [...RECORD_TABLES.map((t) => db.table(t)), db.packs];
}
