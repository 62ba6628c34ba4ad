// Reading the vault at unlock: the encrypted snapshot plus the rows written after its watermark, or
// every row when the snapshot is missing, stale or does not decrypt (it is only a cache).
import {
  openRecord,
  RECORD_TABLES,
  type EncryptedRow,
  type RecordTable,
} from '../../shared/storage/envelope';
import { validateRecord } from '../../shared/storage/records';
import { emptyContents, openSnapshot, type TableContents } from '../../shared/storage/snapshot';
import type { AnlaufstelleDb } from './db';
import { markPhase } from './perfMarks';

/** The steps of an unlock, for its progress display (kdf and ready are reported by vaultUnlock). */
export type UnlockPhase = 'kdf' | 'read' | 'decrypt' | 'ready';
export type ProgressListener = (phase: UnlockPhase) => void;

/** Meta key: the lowest snapshot watermark unlock may trust (set by a restore). */
export const SNAPSHOT_FLOOR = 'snapshotFloor';

interface Loaded {
  contents: TableContents;
  maxSeq: number;
  /** Watermark of the snapshot that was used, or -1 when none could be. */
  snapshotWatermark: number;
  rowsAfterSnapshot: number;
  damaged: number;
}

export async function loadContents(
  db: AnlaufstelleDb,
  key: CryptoKey,
  keyId: string,
  onProgress: ProgressListener,
): Promise<Loaded> {
  onProgress('read');
  // Read everything needed in one read transaction; decrypt afterwards (WebCrypto awaits would end it).
  const first = await db.transaction('r', [db.meta, db.snapshots, ...tables(db)], async () => {
    const seq = Number((await db.meta.get('seq'))?.value ?? 0);
    // A restore raises the floor: a snapshot from before it (written late, e.g. by another window)
    // may hold records the restore cleared away, and must not be used.
    const floor = Number((await db.meta.get(SNAPSHOT_FLOOR))?.value ?? 0);
    const snapshot = await db.snapshots.get('current');
    const usable =
      !!snapshot && snapshot.keyId === keyId && snapshot.watermark <= seq && snapshot.watermark >= floor;
    const after = usable ? snapshot.watermark : -1;
    const rows = await Promise.all(
      RECORD_TABLES.map((t) => db.table<EncryptedRow, string>(t).where('seq').above(after).toArray()),
    );
    return { seq, snapshot: usable ? snapshot : undefined, rows };
  });
  markPhase('unlock-read-done');
  onProgress('decrypt');
  let contents: TableContents | undefined;
  let damaged = 0;
  let snapshotStale = false;
  if (first.snapshot) {
    try {
      const opened = await openSnapshot(key, first.snapshot);
      contents = opened.contents;
      damaged = opened.rejected;
      snapshotStale = opened.rechecked;
    } catch {
      contents = undefined;
    }
  }
  let rows = first.rows;
  const snapshotUsable = !!contents;
  if (!contents) {
    contents = emptyContents();
    if (first.snapshot) {
      // The snapshot could not be trusted: fall back to every row, the source of truth.
      rows = await db.transaction('r', tables(db), () =>
        Promise.all(RECORD_TABLES.map((t) => db.table<EncryptedRow, string>(t).toArray())),
      );
    }
  }
  let maxSeq = first.snapshot && snapshotUsable ? first.snapshot.watermark : 0;
  let rowsAfterSnapshot = 0;
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
      const existing = contents[table].get(row.id);
      if (existing && existing.seq > row.seq) continue;
      if (row.deleted) contents[table].delete(row.id);
      else contents[table].set(row.id, { id: row.id, seq: row.seq, payload });
    }
  }
  markPhase('unlock-decrypt-done');
  // A snapshot from an older registry is rewritten (as if missing), so the next unlock need not check it.
  const snapshotWatermark =
    snapshotUsable && !snapshotStale && first.snapshot ? first.snapshot.watermark : -1;
  return { contents, maxSeq: Math.max(maxSeq, first.seq), snapshotWatermark, rowsAfterSnapshot, damaged };
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

export function tables(db: AnlaufstelleDb) {
  return RECORD_TABLES.map((t) => db.table(t));
}
