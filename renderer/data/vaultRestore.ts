// The open vault's second layer: a restore replaces all records in one transaction.
import deepEqual from 'fast-deep-equal';
import { ENVELOPE_VERSION, RECORD_TABLES, sealRecord, type RecordTable } from '../../shared/storage/envelope';
import { emptyContents, type LiveRecord } from '../../shared/storage/snapshot';
import { SnapshotLayout } from '../../shared/storage/snapshotLayout';
import { runFedTransaction } from './fedTransaction';
import { ConcurrentWriteError, VaultRetiredError } from './vaultErrors';
import { RETIRED } from './vaultDatabase';
import { SNAPSHOT_FLOOR } from './vaultLoad';
import { VaultWrites } from './vaultWrites';

export class VaultRestore extends VaultWrites {
  /**
   * Replaces all data with the given records (a restore) in one transaction: all or nothing.
   * Unchanged records are kept, changed ones rewritten, missing ones become tombstones — or, when a
   * table is mostly replaced by other records, it is cleared and written anew. The old snapshot is
   * deleted (every segment) in the same transaction and the snapshot floor raised, so no replaced content can come
   * back through it; a new snapshot follows in the background. Sealing runs while earlier batches
   * are written (see fedTransaction): the browser's writing, not the encryption, sets the pace.
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
    const BATCH = 1000;
    // The plan is made from memory, which matches the rows up to this write number; the
    // transaction checks that no other write came in between.
    const basis = this.appliedSeq;
    const current = this.store.snapshotContents();
    // After damaged rows, memory may hold an older version than the disk: then rewrite everything.
    const mayKeep = this.damagedRows === 0;
    const contents = emptyContents();
    const toWrite = {} as Record<RecordTable, ReadonlyArray<{ id: string; payload: unknown }>>;
    const tombstones = {} as Record<RecordTable, string[]>;
    const cleared = new Set<RecordTable>();
    for (const table of RECORD_TABLES) {
      // Records whose row already holds the backup's content stay: restoring yesterday's backup
      // rewrites only what changed since.
      const unchanged: LiveRecord[] = [];
      const differing: Array<{ id: string; payload: unknown }> = [];
      for (const record of data[table]) {
        const existing = current[table].get(record.id);
        if (mayKeep && existing && deepEqual(existing.payload, record.payload)) unchanged.push(existing);
        else differing.push(record);
      }
      const inBackup = new Set(data[table].map((r) => r.id));
      const gone = [...current[table].keys()].filter((id) => !inBackup.has(id));
      if (gone.length > unchanged.length) {
        // Mostly other records (another office's backup): a tombstone per old record would cost as
        // much as writing it, so the table is cleared and written anew.
        cleared.add(table);
        toWrite[table] = data[table];
        tombstones[table] = [];
      } else {
        for (const record of unchanged) contents[table].set(record.id, record);
        toWrite[table] = differing;
        tombstones[table] = gone;
      }
    }
    const count = RECORD_TABLES.reduce((n, t) => n + toWrite[t].length + tombstones[t].length, 0);
    let watermark = 0;
    let written = 0;
    const wrote = (rows: number) => () => {
      written += rows;
      onProgress('write', count ? written / count : 1);
    };
    onProgress('write', 0);
    let retired: IDBRequest | undefined;
    await runFedTransaction(
      this.db.backendDB(),
      ['meta', 'snapshots', ...RECORD_TABLES],
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
        // The restore's own write number is the new snapshot floor; its rows follow it.
        const floor = before + 1;
        watermark = floor + count;
        this.noteWrite(before, watermark - before);
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
          if (cleared.has(table)) feed.push((tx) => [tx.objectStore(table).clear()]);
          const records = toWrite[table];
          for (let i = 0; i < records.length; i += BATCH) {
            if (feed.stopped) return;
            const batch = records.slice(i, i + BATCH);
            const rows = await Promise.all(
              batch.map((r) => sealRecord(this.key, this.keyId, table, r.id, r.payload)),
            );
            // Yield one task per batch, so the database's success callbacks run and place the
            // sealed batches while sealing goes on (they would otherwise wait for all of it).
            await new Promise((resolve) => setTimeout(resolve, 0));
            const first = seq;
            seq += rows.length;
            batch.forEach((r, k) =>
              contents[table].set(r.id, { id: r.id, seq: first + k, payload: r.payload }),
            );
            feed.push((tx) => {
              const store = tx.objectStore(table);
              const requests = rows.map((row, k) => store.put({ ...row, seq: first + k }));
              requests.at(-1)!.addEventListener('success', wrote(rows.length));
              return requests;
            });
          }
          const ids = tombstones[table];
          if (ids.length === 0) continue;
          const first = seq;
          seq += ids.length;
          feed.push((tx) => {
            const store = tx.objectStore(table);
            const requests = ids.map((id, k) =>
              store.put({ id, keyId: this.keyId, v: ENVELOPE_VERSION, seq: first + k, deleted: true }),
            );
            requests.at(-1)!.addEventListener('success', wrote(ids.length));
            return requests;
          });
        }
      },
    );
    onProgress('write', 1);
    this.appliedSeq = Math.max(this.appliedSeq, watermark);
    this.snapshotWatermark = -1;
    // Nothing of the old snapshot is left: every segment is written anew.
    this.replaceLayout(SnapshotLayout.fresh(contents));
    this.store.replaceAll(contents);
  }
}
