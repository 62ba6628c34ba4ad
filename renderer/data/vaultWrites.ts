// The open vault's first layer: its state, single and bulk writes through to IndexedDB, and the
// background snapshot. VaultRestore and OpenVault build on it (one concern per file).
import type { SlotSecrets, VaultHeader } from '../../shared/crypto/keySlots';
import {
  ENVELOPE_VERSION,
  sealRecord,
  type EncryptedRow,
  type RecordTable,
  type SealedRow,
} from '../../shared/storage/envelope';
import type { LiveRecord } from '../../shared/storage/snapshot';
import { SnapshotLayout } from '../../shared/storage/snapshotLayout';
import type { AnlaufstelleDb } from './db';
import type { RecordStore, StoreChange } from './recordStore';
import { sealDueSegments, storeSnapshot, type SealedSegments } from './snapshotWrite';
import { VaultRetiredError } from './vaultErrors';
import { RETIRED } from './vaultDatabase';

/** Rewrites a payload before it is sealed; `previous` is the record's current payload, if any. */
export type PayloadStamp = (table: RecordTable, id: string, previous: unknown, payload: unknown) => unknown;

/** One extra record written along with a deletion. */
export interface NoteWrite {
  table: RecordTable;
  id: string;
  payload: unknown;
}

/** Background snapshots once this many rows were written after the last one (and always at lock). */
export const SNAPSHOT_AFTER_ROWS = 100;

/** The state of an unlocked vault and its writes; the key lives only here and in memory. */
export class VaultWrites {
  damagedRows = 0;
  /** The last background snapshot write's failure, until one succeeds (shown; rows are safe anyway). */
  snapshotFailure: unknown;
  private readonly snapshotListeners = new Set<() => void>();
  /** Segments sealed for the next snapshot write (under the current key). */
  protected sealed: SealedSegments = new Map();
  protected snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  protected snapshotDue = 0;
  /** Snapshots, restores and re-keyings run one after another in this chain. */
  protected writing: Promise<unknown> = Promise.resolve();
  /** Set while a re-keying runs: single writes wait behind it. */
  protected rekeying: Promise<unknown> | undefined;
  /** Single writes started and not yet committed: a re-keying waits for them. */
  protected readonly inFlight = new Set<Promise<unknown>>();
  /**
   * Every row up to this write number is in memory. Another window's write breaks the chain: then
   * the vault is "diverged" and writes no snapshot (it would claim rows it never loaded).
   */
  protected loadedThrough: number;
  protected diverged = false;

  constructor(
    protected db: AnlaufstelleDb,
    protected key: CryptoKey,
    protected header: VaultHeader,
    protected secrets: SlotSecrets,
    readonly deviceId: string,
    readonly store: RecordStore,
    protected appliedSeq: number,
    protected snapshotWatermark: number,
    /** Which snapshot segment holds each record; the stored snapshot's, or a fresh one. */
    protected layout: SnapshotLayout = SnapshotLayout.fresh(store.snapshotContents()),
  ) {
    this.loadedThrough = appliedSeq;
    store.onRecordChange((table, id, record) => {
      if (record) this.layout.noteSet(table, id);
      else this.layout.noteDelete(table, id);
    });
  }

  /** Starts over with a new layout (a restore replaced everything, a re-keying wrote a new one). */
  protected replaceLayout(layout: SnapshotLayout): void {
    this.layout = layout;
    this.sealed = new Map();
  }

  /** Tells `listener` when a snapshot write fails or succeeds again; returns the unsubscribe. */
  onSnapshotFailure(listener: () => void): () => void {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  }

  private noteSnapshotOutcome(failure: unknown): void {
    if (failure === this.snapshotFailure) return;
    this.snapshotFailure = failure;
    for (const listener of this.snapshotListeners) listener();
  }

  get keyId(): string {
    return this.header.keyId;
  }

  /** When the vault was set up (ISO instant; kept through re-keyings): its "first use". */
  get createdAt(): string {
    return this.header.createdAt;
  }

  /** Waits for a running re-keying, then runs `write`, tracked so that a re-keying waits for it. */
  private async guarded<T>(write: () => Promise<T>): Promise<T> {
    while (this.rekeying) await this.rekeying.catch(() => {});
    const run = write();
    this.inFlight.add(run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(run);
    }
  }

  /**
   * Inside a write transaction: takes `count` write numbers and returns the first. Refuses storage
   * a re-keying retired; notes when another window wrote since this one last did.
   */
  private async takeSeq(count: number): Promise<number> {
    const [seqRow, retired] = await this.db.meta.bulkGet(['seq', RETIRED]);
    if (retired) throw new VaultRetiredError();
    const before = Number(seqRow?.value ?? 0);
    this.noteWrite(before, count);
    await this.db.meta.put({ key: 'seq', value: before + count });
    return before + 1;
  }

  protected noteWrite(before: number, count: number): void {
    if (before === this.loadedThrough) this.loadedThrough = before + count;
    else this.diverged = true;
  }

  /**
   * Set while the vault belongs to a team: gives every record written here its sync clocks
   * (renderer/data/sync/syncStamp.ts). Records merged from the server are written as they are.
   */
  payloadStamp: PayloadStamp | undefined;

  private stamped(table: RecordTable, id: string, payload: unknown): unknown {
    return this.payloadStamp
      ? this.payloadStamp(table, id, this.store.get(table, id)?.payload, payload)
      : payload;
  }

  /**
   * Encrypts and writes one record; resolves only after the transaction committed. `change`:
   * `bookkeeping` for the sync's own notes in this device's settings (see StoreChange).
   */
  put(
    table: RecordTable,
    id: string,
    payload: unknown,
    change: 'content' | 'bookkeeping' = 'content',
  ): Promise<LiveRecord> {
    return this.putExact(table, id, this.stamped(table, id, payload), change);
  }

  /** Writes a payload as it is, without the team's stamp (a record merged from the server). */
  putExact(
    table: RecordTable,
    id: string,
    payload: unknown,
    change: StoreChange = 'content',
  ): Promise<LiveRecord> {
    return this.guarded(async () => {
      const sealed = await sealRecord(this.key, this.keyId, table, id, payload);
      const seq = await this.db.transaction('rw', this.db.meta, this.db.table(table), async () => {
        const next = await this.takeSeq(1);
        await this.db.table<EncryptedRow, string>(table).put({ ...sealed, seq: next });
        return next;
      });
      const record: LiveRecord = { id, seq, payload };
      this.appliedSeq = Math.max(this.appliedSeq, seq);
      this.store.set(table, record, change);
      if (this.appliedSeq - this.snapshotWatermark >= SNAPSHOT_AFTER_ROWS) this.scheduleSnapshot(3000);
      return record;
    });
  }

  /**
   * Set while the vault belongs to a team: a record written in the same transaction as deletions —
   * the note that they must reach the server — so no deletion can be forgotten by a crash.
   */
  removalNote:
    ((removals: ReadonlyArray<{ table: RecordTable; id: string }>) => NoteWrite | undefined) | undefined;

  /** Deletes a record: the row becomes a tombstone without content. Resolves after commit. */
  remove(table: RecordTable, id: string): Promise<void> {
    if (this.removalNote) return this.putAll([], [{ table, id }]);
    return this.guarded(async () => {
      const seq = await this.db.transaction('rw', this.db.meta, this.db.table(table), async () => {
        const next = await this.takeSeq(1);
        await this.db
          .table<EncryptedRow, string>(table)
          .put({ id, keyId: this.keyId, v: ENVELOPE_VERSION, seq: next, deleted: true });
        return next;
      });
      this.appliedSeq = Math.max(this.appliedSeq, seq);
      this.store.delete(table, id);
    });
  }

  /** Writes many records of one table in one all-or-nothing transaction (see putAll). */
  putMany(table: RecordTable, records: ReadonlyArray<{ id: string; payload: unknown }>): Promise<void> {
    return this.putAll([{ table, records }]);
  }

  /**
   * Writes many records, across tables, in one transaction: all or none (imports, restores, the
   * benchmark's dataset). Sealing runs first, outside the transaction, in parallel batches.
   */
  putAll(
    writes: ReadonlyArray<{ table: RecordTable; records: ReadonlyArray<{ id: string; payload: unknown }> }>,
    /** Records to delete in the same transaction (tombstones without content). */
    removals: ReadonlyArray<{ table: RecordTable; id: string }> = [],
    /**
     * `content`: a write of this computer's (stamped for the team, with a deletion note). The team
     * sync's writes are stored as they are: its merges as `background`, its own notes of what the
     * server has as `bookkeeping` (see StoreChange: who is told, and when).
     */
    change: StoreChange = 'content',
  ): Promise<void> {
    return this.guarded(() => this.putAllNow(writes, removals, change));
  }

  private async putAllNow(
    unstamped: ReadonlyArray<{
      table: RecordTable;
      records: ReadonlyArray<{ id: string; payload: unknown }>;
    }>,
    removals: ReadonlyArray<{ table: RecordTable; id: string }>,
    change: StoreChange,
  ): Promise<void> {
    const exact = change !== 'content';
    const stampedWrites =
      this.payloadStamp && !exact
        ? unstamped.map(({ table, records }) => ({
            table,
            records: records.map((r) => ({ id: r.id, payload: this.stamped(table, r.id, r.payload) })),
          }))
        : unstamped;
    const note = removals.length > 0 && !exact ? this.removalNote?.(removals) : undefined;
    const writes = note
      ? [...stampedWrites, { table: note.table, records: [{ id: note.id, payload: note.payload }] }]
      : stampedWrites;
    const BATCH = 2000;
    const sealed: Array<{ table: RecordTable; rows: SealedRow[] }> = [];
    for (const { table, records } of writes) {
      const rows: SealedRow[] = [];
      for (let i = 0; i < records.length; i += BATCH) {
        const batch = records.slice(i, i + BATCH);
        rows.push(
          ...(await Promise.all(batch.map((r) => sealRecord(this.key, this.keyId, table, r.id, r.payload)))),
        );
      }
      sealed.push({ table, rows });
    }
    const total = sealed.reduce((n, s) => n + s.rows.length, 0) + removals.length;
    const tables = [...new Set([...writes, ...removals].map((w) => w.table))].map((t) => this.db.table(t));
    const firstSeq = await this.db.transaction('rw', [this.db.meta, ...tables], async () => {
      const start = await this.takeSeq(total);
      let seq = start;
      for (const { table, rows } of sealed) {
        await this.db.table<EncryptedRow, string>(table).bulkPut(rows.map((row) => ({ ...row, seq: seq++ })));
      }
      for (const { table, id } of removals) {
        await this.db
          .table<EncryptedRow, string>(table)
          .put({ id, keyId: this.keyId, v: ENVELOPE_VERSION, seq: seq++, deleted: true });
      }
      return start;
    });
    let seq = firstSeq;
    for (const { table, records } of writes) {
      for (const r of records) this.store.set(table, { id: r.id, seq: seq++, payload: r.payload }, change);
    }
    for (const { table, id } of removals) {
      this.store.delete(table, id, change);
      seq++;
    }
    this.appliedSeq = Math.max(this.appliedSeq, firstSeq + total - 1);
    this.scheduleSnapshot(1000);
  }

  /** Writes the snapshot after `delayMs`, unless one is already due sooner (writes keep coming). */
  scheduleSnapshot(delayMs: number): void {
    const due = Date.now() + delayMs;
    if (this.snapshotTimer !== undefined && this.snapshotDue <= due) return;
    clearTimeout(this.snapshotTimer);
    this.snapshotDue = due;
    // A failure is shown (writeSnapshot records it) and tried again in a minute; the rows are
    // durable, unlock just reads more of them meanwhile. Sealed segments are kept for the next try.
    this.snapshotTimer = setTimeout(
      () => void this.writeSnapshot().catch(() => this.scheduleSnapshot(60_000)),
      delayMs,
    );
  }

  /**
   * Writes the derived snapshot if anything changed since the last one: the changed segments are
   * sealed one by one, then stored with a new manifest. Runs in one chain with restores and
   * re-keyings. Rejects when the write fails (and records the failure for the status banner).
   */
  async writeSnapshot(): Promise<void> {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    const run = this.writing.then(async () => {
      // Diverged: memory lacks another window's rows, so a snapshot from here would drop them.
      if (this.diverged || (this.layout.clean && this.appliedSeq === this.snapshotWatermark)) return;
      const key = this.key;
      const keyId = this.keyId;
      await sealDueSegments(this.layout, key, keyId, this.store.snapshotContents(), this.sealed);
      // From here on synchronous up to the sealing of the manifest: the watermark matches the layout.
      const watermark = this.appliedSeq;
      const plan = this.layout.plan(this.sealed);
      const stored = await storeSnapshot(this.db, key, keyId, watermark, plan, this.sealed, (seq) => {
        // A newer write of this window's own: try again later. Another window's: diverged.
        if (seq !== this.loadedThrough) this.diverged = true;
      });
      if (stored) {
        this.snapshotWatermark = watermark;
        this.layout.committed(plan);
        for (const seg of plan.put) this.sealed.delete(seg);
      } else this.scheduleSnapshot(3000);
    });
    this.writing = run.catch(() => {});
    try {
      await run;
      this.noteSnapshotOutcome(undefined);
    } catch (error) {
      this.noteSnapshotOutcome(error);
      throw error;
    }
  }

  /** Flushes the snapshot; the caller then reloads the page, which drops the key and all data. */
  async prepareLock(): Promise<void> {
    try {
      await this.writeSnapshot();
    } catch {
      // The snapshot is only a cache; rows are already durable.
    }
  }
}
