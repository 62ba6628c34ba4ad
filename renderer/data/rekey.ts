// Re-keying's storage half: writes a complete new storage generation (a fresh IndexedDB database)
// holding every live record re-sealed under the new vault key (in packs), tombstones for deleted ids, the
// bookkeeping rows and a snapshot. The header row comes last, in the final durable transaction, so
// a database without it is an incomplete generation that start-up clean-up deletes.
import type { VaultHeader } from '../../shared/crypto/keySlots';
import {
  ENVELOPE_VERSION,
  RECORD_TABLES,
  type EncryptedRow,
  type RecordTable,
} from '../../shared/storage/envelope';
import { packBatches, sealPack, type PackRow } from '../../shared/storage/pack';
import { emptyContents, type LiveRecord, type TableContents } from '../../shared/storage/snapshot';
import type { SnapshotLayout } from '../../shared/storage/snapshotLayout';
import type { AnlaufstelleDb, MetaRow } from './db';
import { sealWholeSnapshot } from './snapshotWrite';
import { deleteGeneration, newGenerationName, vaultDatabase } from './vaultDatabase';

export interface RekeyProgress {
  /** Records re-sealed and written so far. */
  done: number;
  total: number;
}

/** Points at which a test can freeze a re-keying, as if the window were closed right there. */
export type RekeyPoint = 'partlyWritten' | 'written' | 'retired' | 'flipped';
export const rekeyTestHooks: { pause?: (point: RekeyPoint) => Promise<void> } = {};

export async function pauseForTest(point: RekeyPoint): Promise<void> {
  await rekeyTestHooks.pause?.(point);
}

export interface GenerationInput {
  base: string;
  header: VaultHeader;
  key: CryptoKey;
  keyId: string;
  /** Bookkeeping carried over (device id, unlock failures). */
  meta: MetaRow[];
  contents: TableContents;
  tombstones: Record<RecordTable, readonly string[]>;
  onProgress: (progress: RekeyProgress) => void;
}

export interface WrittenGeneration {
  db: AnlaufstelleDb;
  watermark: number;
  /** The live records with their write numbers in the new generation (applied after the flip). */
  renumbered: Array<[LiveRecord, number]>;
  /** The new generation's snapshot segments, as stored. */
  layout: SnapshotLayout;
}

/** Write transactions in flight while the next packs are sealed. */
const IN_FLIGHT = 3;
/** Packs per write transaction. */
const PACKS_PER_WRITE = 4;

export async function writeGeneration(input: GenerationInput): Promise<WrittenGeneration> {
  const db = await vaultDatabase(newGenerationName(input.base), input.base);
  try {
    return await fill(db, input);
  } catch (error) {
    // Nothing points at it: remove what was written (start-up clean-up would otherwise).
    db.close();
    await deleteGeneration(db.name, input.base).catch(() => {});
    throw error;
  }
}

async function fill(db: AnlaufstelleDb, input: GenerationInput): Promise<WrittenGeneration> {
  await db.open();
  const idb = db.backendDB();
  const total = RECORD_TABLES.reduce((n, t) => n + input.contents[t].size, 0);
  const renumbered: Array<[LiveRecord, number]> = [];
  const next = emptyContents();
  let seq = 0;
  let done = 0;
  let failure: unknown;
  const pending: Array<Promise<void>> = [];
  input.onProgress({ done, total });
  for (const table of RECORD_TABLES) {
    const records = [...input.contents[table].values()];
    // Every live record goes into a pack: the row count, not the bytes, sets the storage's pace.
    const batches = packBatches(records, seq + 1);
    seq += records.length;
    for (let i = 0; i < batches.length; i += PACKS_PER_WRITE) {
      if (failure !== undefined) throw failure;
      const group = batches.slice(i, i + PACKS_PER_WRITE);
      const packs = await Promise.all(group.map((batch) => sealPack(input.key, input.keyId, table, batch)));
      let count = 0;
      for (const batch of group) {
        count += batch.length;
        for (const record of batch) {
          const was = input.contents[table].get(record.id)!;
          renumbered.push([was, record.seq]);
          next[table].set(record.id, record);
        }
      }
      // Written while the next packs are sealed; progress counts records that reached the database.
      pending.push(
        putRows(idb, 'packs', packs).then(
          async () => {
            done += count;
            input.onProgress({ done, total });
            if (done === count) await pauseForTest('partlyWritten');
          },
          (error: unknown) => {
            failure ??= error;
          },
        ),
      );
      if (pending.length >= IN_FLIGHT) await pending.shift();
    }
  }
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
  for (const table of RECORD_TABLES) {
    const ids = input.tombstones[table];
    if (ids.length === 0) continue;
    await putRows(
      idb,
      table,
      ids.map((id) => ({ id, keyId: input.keyId, v: ENVELOPE_VERSION, seq: ++seq, deleted: true })),
    );
  }
  const snapshot = await sealWholeSnapshot(input.key, input.keyId, seq, next);
  // The last, durable transaction: bookkeeping, snapshot, and the header that makes it complete.
  await db.transaction('rw', db.meta, db.snapshots, async () => {
    await db.meta.bulkPut([...input.meta, { key: 'seq', value: seq }]);
    for (const row of snapshot.rows) await db.snapshots.put(row);
    await db.meta.put({ key: 'vault', value: input.header });
  });
  return { db, watermark: seq, renumbered, layout: snapshot.layout };
}

/**
 * One plain IndexedDB transaction per batch. 'relaxed' is enough here: nothing points at this
 * database until the final strict transaction has flushed the log that holds these writes too.
 */
function putRows(
  idb: IDBDatabase,
  table: RecordTable | 'packs',
  rows: ReadonlyArray<EncryptedRow | PackRow>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore(table);
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
}
