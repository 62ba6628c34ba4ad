// OpenVault, the unlocked vault the app works with; this last layer changes its keys: password,
// recovery key and re-keying into fresh storage.
import {
  buildVault,
  changePassword as changePasswordSlot,
  openPasswordSlot,
  vaultHeaderSchema,
  type PasswordSource,
  type RecoverySource,
} from '../../shared/crypto/keySlots';
import { formatRecoveryKey } from '../../shared/crypto/recoveryKey';
import { RECORD_TABLES, type EncryptedRow, type RecordTable } from '../../shared/storage/envelope';
import { emptyContents } from '../../shared/storage/snapshot';
import type { MetaRow } from './db';
import { markPhase } from './perfMarks';
import { pauseForTest, writeGeneration, type RekeyProgress } from './rekey';
import { UNLOCK_FAILURES } from './unlockDelay';
import { deleteGeneration, RETIRED, switchGeneration, withGenerationLock } from './vaultDatabase';
import { ConcurrentWriteError, HeaderChangedError, VaultRetiredError } from './vaultErrors';
import { createdDate, readHeader, replaceHeader } from './vaultHeader';
import { applyPack, applyRow, openPacks, openRows, SNAPSHOT_FLOOR, tables } from './vaultLoad';
import { VaultRestore } from './vaultRestore';

export type RekeyReason = 'recoveryKey' | 'password' | 'erasure' | 'anonymisation' | 'manual';

/** An unlocked vault: the key lives only here and in memory. */
export class OpenVault extends VaultRestore {
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
      // Another window's restore since this window loaded replaced everything: read it all again.
      const floor = Number((await old.meta.get(SNAPSHOT_FLOOR))?.value ?? 0);
      // (Rows and packs below the floor are what that restore replaced.)
      const replaced = floor > this.loadedThrough;
      const after = replaced ? floor - 1 : this.loadedThrough;
      const ids = await Promise.all(
        RECORD_TABLES.map((t) =>
          old.table<EncryptedRow, string>(t).where('seq').aboveOrEqual(floor).primaryKeys(),
        ),
      );
      const newer = await Promise.all(
        RECORD_TABLES.map((t) => old.table<EncryptedRow, string>(t).where('seq').above(after).toArray()),
      );
      const packs = await old.packs.where('seq').above(after).toArray();
      return { meta, ids, newer, packs, after, replaced };
    });
    const [seqRow, retired, headerRow, ...carried] = read.meta;
    if (retired) throw new VaultRetiredError();
    // Key slots changed in another window (its password, say): do not wrap for stale secrets.
    if (JSON.stringify(vaultHeaderSchema.safeParse(headerRow?.value).data) !== JSON.stringify(this.header))
      throw new HeaderChangedError('header changed');
    const seqBefore = Number(seqRow?.value ?? 0);

    // 2. Catch up, so memory holds every live record (another window may have written).
    let damaged = this.damagedRows;
    if (read.replaced) this.store.replaceAll(emptyContents());
    const opened = await openPacks(this.key, read.packs);
    for (const { pack } of opened) {
      if (!pack) {
        damaged++;
        continue;
      }
      damaged += pack.rejected;
      applyPack(this.store, pack, read.after);
    }
    for (let t = 0; t < RECORD_TABLES.length; t++) {
      const table = RECORD_TABLES[t]!;
      for (const { row, payload, ok } of await openRows(this.key, table, read.newer[t] ?? [])) {
        if (!ok) {
          damaged++;
          continue;
        }
        applyRow(this.store, table, row, payload);
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
    this.replaceLayout(written.layout);
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
