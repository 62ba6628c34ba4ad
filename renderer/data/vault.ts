// Vault lifecycle: set up, unlock (snapshot + newer rows), write-through, snapshot, lock.
import { randomBytes, toBase64 } from '../../shared/crypto/bytes';
import {
  changePassword,
  createVault as createVaultHeader,
  createVaultWithRecovery,
  parseVaultHeader,
  replaceRecoveryKey,
  resetPasswordWithRecoveryKey,
  unlockWithPassword,
  vaultHeaderSchema,
  WrongPasswordError,
  type VaultHeader,
} from '../../shared/crypto/keySlots';
import { formatRecoveryKey, parseRecoveryKey } from '../../shared/crypto/recoveryKey';
import { unlockDelayMs } from '../../shared/domain/password';
import {
  ENVELOPE_VERSION,
  RECORD_TABLES,
  openRecord,
  sealRecord,
  type EncryptedRow,
  type RecordTable,
  type SealedRow,
} from '../../shared/storage/envelope';
import {
  emptyContents,
  openSnapshot,
  sealSnapshot,
  type LiveRecord,
  type SnapshotRow,
  type TableContents,
} from '../../shared/storage/snapshot';
import deepEqual from 'fast-deep-equal';
import type { AnlaufstelleDb } from './db';
import { runFedTransaction } from './fedTransaction';
import { markPhase } from './perfMarks';
import { RecordStore } from './recordStore';

export type UnlockPhase = 'kdf' | 'read' | 'decrypt' | 'ready';
export type ProgressListener = (phase: UnlockPhase) => void;

export type VaultState = { kind: 'new' } | { kind: 'locked'; header: VaultHeader } | { kind: 'damaged' };

/** A wrong password must wait this long before the next try. */
export class UnlockDelayError extends Error {
  constructor(public readonly remainingMs: number) {
    super('unlock delayed');
    this.name = 'UnlockDelayError';
  }
}

export class VaultExistsError extends Error {}

/** Another write committed while a restore was being planned; the restore plans again. */
class ConcurrentWriteError extends Error {}

interface UnlockFailures {
  count: number;
  lastFailedAt: number;
}

/** Meta key: the lowest snapshot watermark unlock may trust (set by a restore). */
const SNAPSHOT_FLOOR = 'snapshotFloor';

/** Background snapshots once this many rows were written after the last one (and always at lock). */
const SNAPSHOT_AFTER_ROWS = 100;

export async function readVaultState(db: AnlaufstelleDb): Promise<VaultState> {
  const row = await db.meta.get('vault');
  if (!row) return { kind: 'new' };
  try {
    return { kind: 'locked', header: parseVaultHeader(row.value) };
  } catch {
    return { kind: 'damaged' };
  }
}

export async function setUpVault(db: AnlaufstelleDb, password: string, now = new Date()): Promise<OpenVault> {
  const { header, vaultKey } = await createVaultHeader(password, now);
  return storeNewVault(db, header, vaultKey);
}

/** Set-up as a person does it: a password slot and a recovery slot; the key is shown once, then gone. */
export async function setUpVaultWithRecovery(
  db: AnlaufstelleDb,
  password: string,
  now = new Date(),
): Promise<{ vault: OpenVault; recoveryKey: string }> {
  const { header, vaultKey, recoveryKey } = await createVaultWithRecovery(password, now);
  const vault = await storeNewVault(db, header, vaultKey);
  return { vault, recoveryKey: await formatRecoveryKey(recoveryKey) };
}

async function storeNewVault(
  db: AnlaufstelleDb,
  header: VaultHeader,
  vaultKey: CryptoKey,
): Promise<OpenVault> {
  const deviceId = `d-${toBase64(randomBytes(9)).replace(/[+/=]/g, 'x')}`;
  await db.transaction('rw', db.meta, async () => {
    if (await db.meta.get('vault')) throw new VaultExistsError('a vault exists already');
    await db.meta.bulkPut([
      { key: 'vault', value: header },
      { key: 'device', value: deviceId },
      { key: 'seq', value: 0 },
    ]);
  });
  return new OpenVault(db, vaultKey, header.keyId, deviceId, new RecordStore(), 0, 0);
}

export async function remainingUnlockDelay(db: AnlaufstelleDb, now = Date.now()): Promise<number> {
  const failures = (await db.meta.get('unlockFailures'))?.value as UnlockFailures | undefined;
  if (!failures) return 0;
  return Math.max(0, failures.lastFailedAt + unlockDelayMs(failures.count) - now);
}

export async function unlockVault(
  db: AnlaufstelleDb,
  header: VaultHeader,
  password: string,
  onProgress: ProgressListener = () => {},
): Promise<OpenVault> {
  const wait = await remainingUnlockDelay(db);
  if (wait > 0) throw new UnlockDelayError(wait);
  markPhase('unlock-start');
  onProgress('kdf');
  let key: CryptoKey;
  try {
    key = await unlockWithPassword(header, password);
  } catch (error) {
    if (error instanceof WrongPasswordError) await recordFailure(db);
    throw error;
  }
  markPhase('unlock-kdf-done');
  return openWithKey(db, key, header.keyId, onProgress);
}

/** After a key was unwrapped: loads the records into memory and returns the open vault. */
async function openWithKey(
  db: AnlaufstelleDb,
  key: CryptoKey,
  keyId: string,
  onProgress: ProgressListener,
): Promise<OpenVault> {
  await db.meta.delete('unlockFailures');
  const deviceId = String((await db.meta.get('device'))?.value ?? 'unknown');
  const loaded = await loadContents(db, key, keyId, onProgress);
  const vault = new OpenVault(
    db,
    key,
    keyId,
    deviceId,
    new RecordStore(loaded.contents),
    loaded.maxSeq,
    loaded.snapshotWatermark,
  );
  vault.damagedRows = loaded.damaged;
  onProgress('ready');
  // A missing or stale snapshot is rebuilt in the background, after the start screen is up.
  if (loaded.snapshotWatermark < 0 || loaded.rowsAfterSnapshot >= SNAPSHOT_AFTER_ROWS)
    vault.scheduleSnapshot(2000);
  return vault;
}

/**
 * "Passwort vergessen?": the recovery key (as typed) opens the vault and a new password replaces the
 * old one. A mistyped key throws InvalidRecoveryKeyError, a key of another vault WrongPasswordError;
 * either way nothing changed.
 */
export async function unlockWithRecovery(
  db: AnlaufstelleDb,
  header: VaultHeader,
  recoveryKeyText: string,
  newPassword: string,
  onProgress: ProgressListener = () => {},
): Promise<OpenVault> {
  const recoveryKey = await parseRecoveryKey(recoveryKeyText);
  onProgress('kdf');
  const { header: next, vaultKey } = await resetPasswordWithRecoveryKey(header, recoveryKey, newPassword);
  await replaceHeader(db, header, next);
  return openWithKey(db, vaultKey, header.keyId, onProgress);
}

/** Another window changed the key slots meanwhile: nothing was written. */
export class HeaderChangedError extends Error {}

/** Swaps the vault header (key slots) in one transaction, only if it is still the one we started from. */
async function replaceHeader(db: AnlaufstelleDb, expected: VaultHeader, next: VaultHeader): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get('vault'))?.value;
    const same = vaultHeaderSchema.safeParse(stored);
    if (!same.success || JSON.stringify(same.data) !== JSON.stringify(expected))
      throw new HeaderChangedError('header changed');
    await db.meta.put({ key: 'vault', value: next });
  });
}

async function readHeader(db: AnlaufstelleDb): Promise<VaultHeader> {
  return parseVaultHeader((await db.meta.get('vault'))?.value);
}

async function recordFailure(db: AnlaufstelleDb): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const previous = (await db.meta.get('unlockFailures'))?.value as UnlockFailures | undefined;
    await db.meta.put({
      key: 'unlockFailures',
      value: { count: (previous?.count ?? 0) + 1, lastFailedAt: Date.now() } satisfies UnlockFailures,
    });
  });
}

interface Loaded {
  contents: TableContents;
  maxSeq: number;
  /** Watermark of the snapshot that was used, or -1 when none could be. */
  snapshotWatermark: number;
  rowsAfterSnapshot: number;
  damaged: number;
}

async function loadContents(
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
  if (first.snapshot) {
    try {
      contents = await openSnapshot(key, first.snapshot);
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
  let damaged = 0;
  let maxSeq = first.snapshot && snapshotUsable ? first.snapshot.watermark : 0;
  let rowsAfterSnapshot = 0;
  for (let t = 0; t < RECORD_TABLES.length; t++) {
    const table = RECORD_TABLES[t]!;
    const tableRows = rows[t] ?? [];
    rowsAfterSnapshot += tableRows.length;
    const opened = await Promise.all(
      tableRows.map(async (row) => {
        if (row.deleted) return { row, payload: undefined, ok: true };
        try {
          return { row, payload: await openRecord(key, table, row), ok: true };
        } catch {
          return { row, payload: undefined, ok: false };
        }
      }),
    );
    for (const { row, payload, ok } of opened) {
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
  const snapshotWatermark = snapshotUsable && first.snapshot ? first.snapshot.watermark : -1;
  return { contents, maxSeq: Math.max(maxSeq, first.seq), snapshotWatermark, rowsAfterSnapshot, damaged };
}

function tables(db: AnlaufstelleDb) {
  return RECORD_TABLES.map((t) => db.table(t));
}

/** An unlocked vault: the key lives only here and in memory. */
export class OpenVault {
  damagedRows = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private snapshotDue = 0;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: AnlaufstelleDb,
    private readonly key: CryptoKey,
    readonly keyId: string,
    readonly deviceId: string,
    readonly store: RecordStore,
    private appliedSeq: number,
    private snapshotWatermark: number,
  ) {}

  /**
   * Re-wraps the vault key under a new password (one Argon2id for the current password, one for the
   * new one); no record is re-encrypted. A wrong current password throws WrongPasswordError.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const header = await readHeader(this.db);
    await replaceHeader(this.db, header, await changePassword(header, currentPassword, newPassword));
  }

  /** Issues a new recovery key (returned formatted, to show once); the old one stops working. */
  async newRecoveryKey(password: string): Promise<string> {
    const header = await readHeader(this.db);
    const { header: next, recoveryKey } = await replaceRecoveryKey(header, password);
    await replaceHeader(this.db, header, next);
    return formatRecoveryKey(recoveryKey);
  }

  /** Whether the vault has a recovery slot (vaults set up before recovery keys existed have none). */
  async hasRecoveryKey(): Promise<boolean> {
    return (await readHeader(this.db)).slots.some((s) => s.kind === 'recovery');
  }

  /** Encrypts and writes one record; resolves only after the transaction committed. */
  async put(table: RecordTable, id: string, payload: unknown): Promise<LiveRecord> {
    const sealed = await sealRecord(this.key, this.keyId, table, id, payload);
    const seq = await this.db.transaction('rw', this.db.meta, this.db.table(table), async () => {
      const next = Number((await this.db.meta.get('seq'))?.value ?? 0) + 1;
      await this.db.meta.put({ key: 'seq', value: next });
      await this.db.table<EncryptedRow, string>(table).put({ ...sealed, seq: next });
      return next;
    });
    const record: LiveRecord = { id, seq, payload };
    this.appliedSeq = Math.max(this.appliedSeq, seq);
    this.store.set(table, record);
    if (this.appliedSeq - this.snapshotWatermark >= SNAPSHOT_AFTER_ROWS) this.scheduleSnapshot(3000);
    return record;
  }

  /** Deletes a record: the row becomes a tombstone without content. Resolves after commit. */
  async remove(table: RecordTable, id: string): Promise<void> {
    const seq = await this.db.transaction('rw', this.db.meta, this.db.table(table), async () => {
      const next = Number((await this.db.meta.get('seq'))?.value ?? 0) + 1;
      await this.db.meta.put({ key: 'seq', value: next });
      await this.db
        .table<EncryptedRow, string>(table)
        .put({ id, keyId: this.keyId, v: ENVELOPE_VERSION, seq: next, deleted: true });
      return next;
    });
    this.appliedSeq = Math.max(this.appliedSeq, seq);
    this.store.delete(table, id);
  }

  /** Writes many records of one table in one all-or-nothing transaction (see putAll). */
  putMany(table: RecordTable, records: ReadonlyArray<{ id: string; payload: unknown }>): Promise<void> {
    return this.putAll([{ table, records }]);
  }

  /**
   * Writes many records, across tables, in one transaction: all or none (imports, restores, the
   * benchmark's dataset). Sealing runs first, outside the transaction, in parallel batches.
   */
  async putAll(
    writes: ReadonlyArray<{ table: RecordTable; records: ReadonlyArray<{ id: string; payload: unknown }> }>,
    /** Records to delete in the same transaction (tombstones without content). */
    removals: ReadonlyArray<{ table: RecordTable; id: string }> = [],
  ): Promise<void> {
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
      const start = Number((await this.db.meta.get('seq'))?.value ?? 0) + 1;
      await this.db.meta.put({ key: 'seq', value: start + total - 1 });
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
      for (const r of records) this.store.set(table, { id: r.id, seq: seq++, payload: r.payload });
    }
    for (const { table, id } of removals) {
      this.store.delete(table, id);
      seq++;
    }
    this.appliedSeq = Math.max(this.appliedSeq, firstSeq + total - 1);
    this.scheduleSnapshot(1000);
  }

  /**
   * Replaces all data with the given records (a restore) in one transaction: all or nothing.
   * Unchanged records are kept, changed ones rewritten, missing ones become tombstones — or, when a
   * table is mostly replaced by other records, it is cleared and written anew. The old snapshot is
   * deleted in the same transaction and the snapshot floor raised, so no replaced content can come
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
    await runFedTransaction(
      this.db.backendDB(),
      ['meta', 'snapshots', ...RECORD_TABLES],
      'meta',
      (tx) => tx.objectStore('meta').get('seq') as IDBRequest<{ value: unknown } | undefined>,
      async (seqRow, feed) => {
        const before = Number(seqRow?.value ?? 0);
        if (before !== basis) throw new ConcurrentWriteError();
        // The restore's own write number is the new snapshot floor; its rows follow it.
        const floor = before + 1;
        watermark = floor + count;
        feed.push((tx) => {
          const meta = tx.objectStore('meta');
          return [
            meta.put({ key: 'seq', value: watermark }),
            meta.put({ key: SNAPSHOT_FLOOR, value: floor }),
            tx.objectStore('snapshots').delete('current'),
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
    this.store.replaceAll(contents);
  }

  /** Writes the snapshot after `delayMs`, unless one is already due sooner (writes keep coming). */
  scheduleSnapshot(delayMs: number): void {
    const due = Date.now() + delayMs;
    if (this.snapshotTimer !== undefined && this.snapshotDue <= due) return;
    clearTimeout(this.snapshotTimer);
    this.snapshotDue = due;
    this.snapshotTimer = setTimeout(() => void this.writeSnapshot().catch(() => {}), delayMs);
  }

  /**
   * Writes the derived snapshot if anything changed since the last one. Runs in one chain with
   * other snapshot writes and restores; what it stores is read when its turn comes.
   */
  async writeSnapshot(): Promise<void> {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    const run = this.writing.then(async () => {
      // Watermark and contents are read together, synchronously, before sealing starts.
      const watermark = this.appliedSeq;
      if (watermark === this.snapshotWatermark) return;
      const row: SnapshotRow = await sealSnapshot(
        this.key,
        this.keyId,
        watermark,
        this.store.snapshotContents(),
      );
      await this.db.snapshots.put(row);
      this.snapshotWatermark = watermark;
    });
    this.writing = run.catch(() => {});
    await run;
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
