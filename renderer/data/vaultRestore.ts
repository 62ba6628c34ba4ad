// The open vault's second layer: a restore replaces all records in one transaction.
import { RECORD_TABLES, type RecordTable } from '../../shared/storage/envelope';
import { packBatches, sealPack } from '../../shared/storage/pack';
import { emptyContents } from '../../shared/storage/snapshot';
import { SnapshotLayout } from '../../shared/storage/snapshotLayout';
import { runFedTransaction } from './fedTransaction';
import { nextBackgroundTask } from './backgroundTask';
import { ConcurrentWriteError, VaultRetiredError } from './vaultErrors';
import { RETIRED } from './vaultDatabase';
import { SNAPSHOT_FLOOR } from './vaultLoad';
import { VaultWrites } from './vaultWrites';

export class VaultRestore extends VaultWrites {
  /**
   * Replaces all data with the given records (a restore) in one transaction: all or nothing.
   * The backup's records are written in packs above a new floor: every row and pack below it (all
   * that was there before) no longer counts and is purged afterwards. The old snapshot is deleted
   * (every segment) in the same transaction, and no snapshot below the floor is trusted, so no
   * replaced content can come back through it; a new snapshot follows in the background. Sealing
   * runs while earlier packs are written (see fedTransaction).
   */
  async replaceAll(
    data: Record<RecordTable, ReadonlyArray<{ id: string; payload: unknown }>>,
    onProgress: (phase: 'write', fraction: number) => void = () => {},
  ): Promise<void> {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    // In the snapshot chain: no snapshot of the old state is sealed or stored during the restore.
    const run = this.writing.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.replaceAllOnce(data, onProgress);
        } catch (error) {
          // Another write committed between planning and the transaction: plan again.
          if (!(error instanceof ConcurrentWriteError) || attempt === 3) throw error;
        }
      }
    });
    this.writing = run.catch(() => {});
    try {
      await run;
    } finally {
      this.scheduleSnapshot(1000);
    }
  }

  private async replaceAllOnce(
    data: Record<RecordTable, ReadonlyArray<{ id: string; payload: unknown }>>,
    onProgress: (phase: 'write', fraction: number) => void,
  ): Promise<void> {
    // Packs per request group fed to the transaction.
    const GROUP = 4;
    // The transaction checks that no other write came in since this window last wrote or read.
    const basis = this.appliedSeq;
    const contents = emptyContents();
    const count = RECORD_TABLES.reduce((n, t) => n + data[t].length, 0);
    let watermark = 0;
    let written = 0;
    const wrote = (records: number) => () => {
      written += records;
      onProgress('write', count ? written / count : 1);
    };
    onProgress('write', 0);
    let retired: IDBRequest | undefined;
    await runFedTransaction(
      this.db.backendDB(),
      ['meta', 'snapshots', 'packs', ...RECORD_TABLES],
      'meta',
      (tx) => {
        // Requests complete in order: when the counter's read succeeds, this one has its result.
        retired = tx.objectStore('meta').get(RETIRED);
        return tx.objectStore('meta').get('seq') as IDBRequest<{ value: unknown } | undefined>;
      },
      async (seqRow, feed) => {
        if (retired?.result) throw new VaultRetiredError();
        const before = Number(seqRow?.value ?? 0);
        if (before !== basis) throw new ConcurrentWriteError();
        // The restore's own write number is the new snapshot floor; its records follow it.
        const floor = before + 1;
        watermark = floor + count;
        this.noteWrite(before, watermark - before);
        // Every record is written anew in packs: a pack of 250 records costs the storage engine
        // about what one row does, so rewriting all is faster than comparing and rewriting the
        // changed records row by row. The rows and packs from before are replaced by the floor:
        // every read ignores what lies below it, and they are purged after the commit (clearing
        // them here took a third of the restore). The old snapshot goes now; a new one follows.
        feed.push((tx) => {
          const meta = tx.objectStore('meta');
          return [
            meta.put({ key: 'seq', value: watermark }),
            meta.put({ key: SNAPSHOT_FLOOR, value: floor }),
            tx.objectStore('snapshots').clear(),
          ];
        });
        let seq = floor + 1;
        for (const table of RECORD_TABLES) {
          const batches = packBatches(data[table], seq);
          seq += data[table].length;
          for (let i = 0; i < batches.length; i += GROUP) {
            if (feed.stopped) return;
            const group = batches.slice(i, i + GROUP);
            const packs = await Promise.all(
              group.map((batch) => sealPack(this.key, this.keyId, table, batch)),
            );
            // Yield one task per group, so the database's success callbacks run and place the
            // sealed packs while sealing goes on (they would otherwise wait for all of it).
            await new Promise((resolve) => setTimeout(resolve, 0));
            let records = 0;
            for (const batch of group) {
              records += batch.length;
              for (const record of batch) contents[table].set(record.id, record);
            }
            feed.push((tx) => {
              const store = tx.objectStore('packs');
              const requests = packs.map((pack) => store.put(pack));
              requests.at(-1)!.addEventListener('success', wrote(records));
              return requests;
            });
          }
        }
      },
    );
    onProgress('write', 1);
    void this.purgeReplaced(watermark - count);
    this.appliedSeq = Math.max(this.appliedSeq, watermark);
    this.snapshotWatermark = -1;
    // The rows written before no longer count: memory is exactly what the packs hold.
    this.damagedRows = 0;
    // Nothing of the old snapshot is left: every segment is written anew.
    this.replaceLayout(SnapshotLayout.fresh(contents));
    this.store.replaceAll(contents);
  }

  private purging: Promise<void> = Promise.resolve();

  /**
   * Deletes the rows and packs a restore replaced (write numbers below its floor), a batch per
   * transaction in the background, so saves are never held up for long. Every read ignores them
   * already; this frees the space. Stops when the vault moves to other storage (a re-keying); what
   * is left is purged after the next unlock.
   */
  purgeReplaced(floor: number): Promise<void> {
    const db = this.db;
    this.purging = this.purging.then(async () => {
      for (const table of [...RECORD_TABLES, 'packs']) {
        for (;;) {
          if (this.db !== db) return;
          const deleted = await deleteBelow(db.backendDB(), table, floor).catch(() => 0);
          if (deleted < PURGE_BATCH) break;
          await nextBackgroundTask();
        }
      }
    });
    return this.purging;
  }

  /** Settles when the purges started so far are done (for tests). */
  whenPurged(): Promise<void> {
    return this.purging;
  }
}

/** Rows per purge transaction. */
const PURGE_BATCH = 2000;

/** Deletes up to PURGE_BATCH rows of `table` written before `floor`; resolves with their number. */
function deleteBelow(idb: IDBDatabase, table: string, floor: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Relaxed: losing this delete to a crash only means it runs again after the next unlock.
    const tx = idb.transaction(table, 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore(table);
    let count = 0;
    // Nothing written since the restore (the usual case: it wrote packs only): clear the table
    // in one request, which the storage engine handles far better than row-by-row deletes.
    const kept = store.index('seq').count(IDBKeyRange.lowerBound(floor));
    kept.onsuccess = () => {
      if (kept.result === 0) {
        store.clear();
        return;
      }
      const keys = store.index('seq').getAllKeys(IDBKeyRange.upperBound(floor, true), PURGE_BATCH);
      keys.onsuccess = () => {
        count = keys.result.length;
        for (const key of keys.result) store.delete(key);
      };
    };
    tx.oncomplete = () => resolve(count);
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('purge failed'));
  });
}
