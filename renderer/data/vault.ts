// Vault lifecycle: set up, unlock (snapshot + newer rows), write-through, snapshot, re-keying, lock.
import { randomBytes, toBase64 } from '../../shared/crypto/bytes';
import {
  buildVault,
  changePassword as changePasswordSlot,
  createVault as createVaultHeader,
  createVaultWithRecovery,
  openPasswordSlot,
  parseVaultHeader,
  recoveryPublicKey,
  resetPasswordWithRecoveryKey,
  vaultHeaderSchema,
  WrongPasswordError,
  type PasswordSource,
  type RecoverySource,
  type SlotSecrets,
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
import { validateRecord } from '../../shared/storage/records';
import type { AnlaufstelleDb, MetaRow } from './db';
import { runFedTransaction } from './fedTransaction';
import { markPhase } from './perfMarks';
import { RecordStore } from './recordStore';
import { pauseForTest, writeGeneration, type RekeyProgress } from './rekey';
import { deleteGeneration, RETIRED, switchGeneration, withGenerationLock } from './vaultDatabase';

export type { RekeyProgress } from './rekey';
export type RekeyReason = 'recoveryKey' | 'password' | 'erasure' | 'anonymisation' | 'manual';

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

/** This vault was re-keyed in another window: its storage is retired, writes here are refused. */
export class VaultRetiredError extends Error {
  constructor() {
    super('vault storage retired by a re-keying');
    this.name = 'VaultRetiredError';
  }
}

/** Another write committed while a restore or re-keying was being planned; it plans again. */
class ConcurrentWriteError extends Error {}

interface UnlockFailures {
  count: number;
  lastFailedAt: number;
}

/** Meta key: the lowest snapshot watermark unlock may trust (set by a restore). */
const SNAPSHOT_FLOOR = 'snapshotFloor';
const UNLOCK_FAILURES = 'unlockFailures';

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
  return storeNewVault(db, await createVaultHeader(password, now));
}

/** Set-up as a person does it: a password slot and a recovery slot; the key is shown once, then gone. */
export async function setUpVaultWithRecovery(
  db: AnlaufstelleDb,
  password: string,
  now = new Date(),
): Promise<{ vault: OpenVault; recoveryKey: string }> {
  const made = await createVaultWithRecovery(password, now);
  const vault = await storeNewVault(db, made);
  return { vault, recoveryKey: await formatRecoveryKey(made.recoveryKey) };
}

async function storeNewVault(
  db: AnlaufstelleDb,
  made: { header: VaultHeader; vaultKey: CryptoKey; secrets: SlotSecrets },
): Promise<OpenVault> {
  const deviceId = `d-${toBase64(randomBytes(9)).replace(/[+/=]/g, 'x')}`;
  await db.transaction('rw', db.meta, async () => {
    if (await db.meta.get('vault')) throw new VaultExistsError('a vault exists already');
    await db.meta.bulkPut([
      { key: 'vault', value: made.header },
      { key: 'device', value: deviceId },
      { key: 'seq', value: 0 },
    ]);
  });
  return new OpenVault(db, made.vaultKey, made.header, made.secrets, deviceId, new RecordStore(), 0, 0);
}

// ---- Unlock throttle -------------------------------------------------------------------------
// The failure count is kept twice, in the meta row and in localStorage, and the larger one counts:
// deleting either gains nothing. A failure stamped in the future counts as now, so a wrong clock
// (or a tampered row) cannot block unlock for longer than the count allows.

function failuresKey(db: AnlaufstelleDb): string {
  return `anlaufstelle.unlockFailures.${db.base}`;
}

function parseFailures(value: unknown): UnlockFailures | undefined {
  const v = value as Partial<UnlockFailures> | undefined;
  if (!v || !Number.isFinite(v.count) || !Number.isFinite(v.lastFailedAt)) return undefined;
  return { count: Math.max(0, Math.floor(v.count!)), lastFailedAt: v.lastFailedAt! };
}

function localFailures(db: AnlaufstelleDb): UnlockFailures | undefined {
  try {
    const text = globalThis.localStorage?.getItem(failuresKey(db));
    return text ? parseFailures(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

async function readFailures(db: AnlaufstelleDb): Promise<UnlockFailures | undefined> {
  const stored = parseFailures((await db.meta.get(UNLOCK_FAILURES))?.value);
  const local = localFailures(db);
  if (!stored || !local) return stored ?? local;
  return {
    count: Math.max(stored.count, local.count),
    lastFailedAt: Math.max(stored.lastFailedAt, local.lastFailedAt),
  };
}

export async function remainingUnlockDelay(db: AnlaufstelleDb, now = Date.now()): Promise<number> {
  const failures = await readFailures(db);
  if (!failures) return 0;
  const last = Math.min(failures.lastFailedAt, now);
  return Math.max(0, last + unlockDelayMs(failures.count) - now);
}

async function recordFailure(db: AnlaufstelleDb): Promise<void> {
  const count = ((await readFailures(db))?.count ?? 0) + 1;
  const value: UnlockFailures = { count, lastFailedAt: Date.now() };
  try {
    globalThis.localStorage?.setItem(failuresKey(db), JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the meta row still counts.
  }
  await db.meta.put({ key: UNLOCK_FAILURES, value });
}

async function clearFailures(db: AnlaufstelleDb): Promise<void> {
  try {
    globalThis.localStorage?.removeItem(failuresKey(db));
  } catch {
    // unavailable
  }
  await db.meta.delete(UNLOCK_FAILURES);
}

/** One unlock attempt at a time: a second one waits for the first (and then for its delay). */
let attempts: Promise<unknown> = Promise.resolve();
function serialised<T>(attempt: () => Promise<T>): Promise<T> {
  const run = attempts.then(attempt, attempt);
  attempts = run.catch(() => {});
  return run;
}

export function unlockVault(
  db: AnlaufstelleDb,
  header: VaultHeader,
  password: string,
  onProgress: ProgressListener = () => {},
): Promise<OpenVault> {
  return serialised(async () => {
    const wait = await remainingUnlockDelay(db);
    if (wait > 0) throw new UnlockDelayError(wait);
    markPhase('unlock-start');
    onProgress('kdf');
    let opened: Awaited<ReturnType<typeof openPasswordSlot>>;
    try {
      opened = await openPasswordSlot(header, password);
    } catch (error) {
      if (error instanceof WrongPasswordError) await recordFailure(db);
      throw error;
    }
    markPhase('unlock-kdf-done');
    const secrets: SlotSecrets = {
      password: opened.password,
      recovery: await recoveryPublicKey(header, opened.vaultKey),
    };
    return openWithKey(db, opened.vaultKey, header, secrets, onProgress);
  });
}

/** After a key was unwrapped: loads the records into memory and returns the open vault. */
async function openWithKey(
  db: AnlaufstelleDb,
  key: CryptoKey,
  header: VaultHeader,
  secrets: SlotSecrets,
  onProgress: ProgressListener,
): Promise<OpenVault> {
  await clearFailures(db);
  const deviceId = String((await db.meta.get('device'))?.value ?? 'unknown');
  const loaded = await loadContents(db, key, header.keyId, onProgress);
  const vault = new OpenVault(
    db,
    key,
    header,
    secrets,
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
 * old one; the recovery slot is rewritten in the asymmetric kind, so later re-keyings keep it. A
 * mistyped key throws InvalidRecoveryKeyError, a key of another vault WrongPasswordError; either way
 * nothing changed. (The forgotten password's old slot is gone from disk at the next re-keying.)
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
  const reset = await resetPasswordWithRecoveryKey(header, recoveryKey, newPassword);
  await replaceHeader(db, header, reset.header);
  return openWithKey(db, reset.vaultKey, reset.header, reset.secrets, onProgress);
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

/** The header's creation instant as a Date (now, when an old header holds something unreadable). */
function createdDate(header: VaultHeader): Date {
  const created = new Date(header.createdAt);
  return Number.isNaN(created.getTime()) ? new Date() : created;
}

async function readHeader(db: AnlaufstelleDb): Promise<VaultHeader> {
  return parseVaultHeader((await db.meta.get('vault'))?.value);
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
function openRows(key: CryptoKey, table: RecordTable, rows: readonly EncryptedRow[]) {
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

function tables(db: AnlaufstelleDb) {
  return RECORD_TABLES.map((t) => db.table(t));
}

/** An unlocked vault: the key lives only here and in memory. */
export class OpenVault {
  damagedRows = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private snapshotDue = 0;
  /** Snapshots, restores and re-keyings run one after another in this chain. */
  private writing: Promise<unknown> = Promise.resolve();
  /** Set while a re-keying runs: single writes wait behind it. */
  private rekeying: Promise<unknown> | undefined;
  /** Single writes started and not yet committed: a re-keying waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /**
   * Every row up to this write number is in memory. Another window's write breaks the chain: then
   * the vault is "diverged" and writes no snapshot (it would claim rows it never loaded).
   */
  private loadedThrough: number;
  private diverged = false;

  constructor(
    private db: AnlaufstelleDb,
    private key: CryptoKey,
    private header: VaultHeader,
    private secrets: SlotSecrets,
    readonly deviceId: string,
    readonly store: RecordStore,
    private appliedSeq: number,
    private snapshotWatermark: number,
  ) {
    this.loadedThrough = appliedSeq;
  }

  get keyId(): string {
    return this.header.keyId;
  }

  /** When the vault was set up (ISO instant; kept through re-keyings): its "first use". */
  get createdAt(): string {
    return this.header.createdAt;
  }

  /**
   * Changes the password. With `rekey` (the default) the whole vault is re-keyed: new vault key, new
   * salts, every record re-sealed into fresh storage, the old storage deleted. Without it only the
   * key slot is re-wrapped. A wrong current password throws WrongPasswordError; nothing changes.
   */
  async changePassword(
    currentPassword: string,
    newPassword: string,
    options: { rekey?: boolean; onProgress?: (p: RekeyProgress) => void } = {},
  ): Promise<void> {
    const header = await readHeader(this.db);
    if (options.rekey === false) {
      const changed = await changePasswordSlot(header, currentPassword, newPassword);
      await replaceHeader(this.db, header, changed.header);
      this.header = changed.header;
      this.secrets = { ...this.secrets, password: changed.password };
      return;
    }
    await openPasswordSlot(header, currentPassword);
    await this.runRekey({ password: newPassword }, this.keptRecovery(), options.onProgress);
  }

  /** Issues a new recovery key (returned formatted, to show once); always re-keys, so the old one opens nothing. */
  async newRecoveryKey(password: string, onProgress?: (p: RekeyProgress) => void): Promise<string> {
    await openPasswordSlot(await readHeader(this.db), password);
    const { recoveryKey } = await this.runRekey({ password }, 'new', onProgress);
    return recoveryKey!;
  }

  /**
   * Re-keys: a new vault key and key id, every live record re-sealed into a fresh database with
   * tombstones for deleted ids and a new snapshot, the pointer flipped, the old database deleted.
   * The password slot is re-wrapped with the key-encryption key kept since unlock (same salt); the
   * recovery slot with its public key. A recovery slot of the old kind cannot be wrapped for: then a
   * new recovery key is issued and returned, formatted, to show once.
   */
  rekey(
    reason: RekeyReason,
    onProgress?: (p: RekeyProgress) => void,
  ): Promise<{ recoveryKey?: string; damagedRows?: number }> {
    void reason; // every reason does the same; the caller words its dialog by it
    return this.runRekey(this.secrets.password, this.keptRecovery(), onProgress);
  }

  private keptRecovery(): RecoverySource {
    const recovery = this.secrets.recovery;
    if (recovery === undefined) return 'none';
    return recovery === 'reissue' ? 'new' : { publicKey: recovery };
  }

  /** Whether the vault has a recovery slot (vaults set up before recovery keys existed have none). */
  async hasRecoveryKey(): Promise<boolean> {
    return (await readHeader(this.db)).slots.some((s) => s.kind === 'recovery');
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

  private noteWrite(before: number, count: number): void {
    if (before === this.loadedThrough) this.loadedThrough = before + count;
    else this.diverged = true;
  }

  /** Encrypts and writes one record; resolves only after the transaction committed. */
  put(table: RecordTable, id: string, payload: unknown): Promise<LiveRecord> {
    return this.guarded(async () => {
      const sealed = await sealRecord(this.key, this.keyId, table, id, payload);
      const seq = await this.db.transaction('rw', this.db.meta, this.db.table(table), async () => {
        const next = await this.takeSeq(1);
        await this.db.table<EncryptedRow, string>(table).put({ ...sealed, seq: next });
        return next;
      });
      const record: LiveRecord = { id, seq, payload };
      this.appliedSeq = Math.max(this.appliedSeq, seq);
      this.store.set(table, record);
      if (this.appliedSeq - this.snapshotWatermark >= SNAPSHOT_AFTER_ROWS) this.scheduleSnapshot(3000);
      return record;
    });
  }

  /** Deletes a record: the row becomes a tombstone without content. Resolves after commit. */
  remove(table: RecordTable, id: string): Promise<void> {
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
  ): Promise<void> {
    return this.guarded(() => this.putAllNow(writes, removals));
  }

  private async putAllNow(
    writes: ReadonlyArray<{ table: RecordTable; records: ReadonlyArray<{ id: string; payload: unknown }> }>,
    removals: ReadonlyArray<{ table: RecordTable; id: string }>,
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
      // Diverged: memory lacks another window's rows, so a snapshot from here would drop them.
      if (watermark === this.snapshotWatermark || this.diverged) return;
      const row: SnapshotRow = await sealSnapshot(
        this.key,
        this.keyId,
        watermark,
        this.store.snapshotContents(),
      );
      const db = this.db;
      // Stored only if it still covers every row: no write (from any window) came in meanwhile.
      const stored = await db.transaction('rw', db.meta, db.snapshots, async () => {
        const seq = Number((await db.meta.get('seq'))?.value ?? 0);
        if (seq === watermark) {
          await db.snapshots.put(row);
          return true;
        }
        // A newer write of this window's own: try again later. Another window's: diverged.
        if (seq !== this.loadedThrough) this.diverged = true;
        return false;
      });
      if (stored) this.snapshotWatermark = watermark;
      else this.scheduleSnapshot(3000);
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

  /**
   * Runs a re-keying in the write chain: single writes wait behind it (and it waits for those
   * already started), snapshots and restores queue in the chain. Afterwards this same object goes on
   * with the new database, key and key id, so the screens do not notice.
   */
  private async runRekey(
    password: PasswordSource,
    recovery: RecoverySource,
    onProgress: (p: RekeyProgress) => void = () => {},
  ): Promise<{ recoveryKey?: string; damagedRows?: number }> {
    while (this.rekeying) await this.rekeying.catch(() => {});
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    const previous = this.writing;
    const run = (async () => {
      await previous;
      await Promise.allSettled([...this.inFlight]);
      return withGenerationLock(this.db.base, async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await this.rekeyOnce(password, recovery, onProgress);
          } catch (error) {
            // Another window wrote while the new storage was written: read again and redo.
            if (!(error instanceof ConcurrentWriteError) || attempt === 3) throw error;
          }
        }
      });
    })();
    this.rekeying = run;
    this.writing = run.catch(() => {});
    try {
      return await run;
    } finally {
      this.rekeying = undefined;
    }
  }

  private async rekeyOnce(
    password: PasswordSource,
    recovery: RecoverySource,
    onProgress: (p: RekeyProgress) => void,
  ): Promise<{ recoveryKey?: string; damagedRows?: number }> {
    const old = this.db;
    markPhase('rekey-start');
    // 1. The old storage's bookkeeping, every id (for tombstones), and rows this window never loaded.
    const read = await old.transaction('r', [old.meta, ...tables(old)], async () => {
      const meta = await old.meta.bulkGet(['seq', RETIRED, 'vault', 'device', UNLOCK_FAILURES]);
      const ids = await Promise.all(
        RECORD_TABLES.map((t) => old.table<EncryptedRow, string>(t).toCollection().primaryKeys()),
      );
      const newer = await Promise.all(
        RECORD_TABLES.map((t) =>
          old.table<EncryptedRow, string>(t).where('seq').above(this.loadedThrough).toArray(),
        ),
      );
      return { meta, ids, newer };
    });
    const [seqRow, retired, headerRow, ...carried] = read.meta;
    if (retired) throw new VaultRetiredError();
    // Key slots changed in another window (its password, say): do not wrap for stale secrets.
    if (JSON.stringify(vaultHeaderSchema.safeParse(headerRow?.value).data) !== JSON.stringify(this.header))
      throw new HeaderChangedError('header changed');
    const seqBefore = Number(seqRow?.value ?? 0);

    // 2. Catch up, so memory holds every live record (another window may have written).
    let damaged = this.damagedRows;
    for (let t = 0; t < RECORD_TABLES.length; t++) {
      const table = RECORD_TABLES[t]!;
      for (const { row, payload, ok } of await openRows(this.key, table, read.newer[t] ?? [])) {
        if (!ok) {
          damaged++;
          continue;
        }
        const existing = this.store.get(table, row.id);
        if (existing && existing.seq > row.seq) continue;
        if (row.deleted) this.store.delete(table, row.id);
        else this.store.set(table, { id: row.id, seq: row.seq, payload });
      }
    }
    const contents = this.store.snapshotContents();
    const tombstones = {} as Record<RecordTable, string[]>;
    RECORD_TABLES.forEach((table, t) => {
      tombstones[table] = (read.ids[t] ?? []).filter((id) => !contents[table].has(id));
    });

    markPhase('rekey-read-done');
    // 3. New keys, and the new storage generation, complete with its header.
    // The vault's creation stays its creation: new keys are not a new vault.
    const made = await buildVault(password, recovery, createdDate(this.header));
    markPhase('rekey-keys-done');
    const written = await writeGeneration({
      base: old.base,
      header: made.header,
      key: made.vaultKey,
      keyId: made.header.keyId,
      meta: carried.filter((row): row is MetaRow => !!row),
      contents,
      tombstones,
      onProgress,
    });
    const fresh = written.db;
    const discard = async (error: unknown): Promise<never> => {
      fresh.close();
      await deleteGeneration(fresh.name, fresh.base);
      throw error;
    };
    markPhase('rekey-written');
    await pauseForTest('written');

    // 4. Retire the old storage (only if nothing was written meanwhile), then flip the pointer.
    try {
      await old.transaction('rw', old.meta, async () => {
        const [now, mark] = await old.meta.bulkGet(['seq', RETIRED]);
        if (mark) throw new VaultRetiredError();
        if (Number(now?.value ?? 0) !== seqBefore) throw new ConcurrentWriteError();
        await old.meta.put({ key: RETIRED, value: fresh.name });
      });
    } catch (error) {
      return discard(error);
    }
    await pauseForTest('retired');
    try {
      await switchGeneration(old.base, old.name, fresh.name);
    } catch (error) {
      await old.meta.delete(RETIRED).catch(() => {});
      return discard(error);
    }
    markPhase('rekey-flipped');
    await pauseForTest('flipped');

    // 5. Go on with the new storage in place; then delete the old database and its files.
    for (const [record, seq] of written.renumbered) record.seq = seq;
    this.db = fresh;
    this.key = made.vaultKey;
    this.header = made.header;
    this.secrets = made.secrets;
    this.appliedSeq = this.loadedThrough = this.snapshotWatermark = written.watermark;
    this.diverged = false;
    this.damagedRows = 0;
    old.close();
    await deleteGeneration(old.name, old.base);
    markPhase('rekey-done');
    return {
      ...(made.recoveryKey ? { recoveryKey: await formatRecoveryKey(made.recoveryKey) } : {}),
      ...(damaged > 0 ? { damagedRows: damaged } : {}),
    };
  }
}
