// Unlocking: with the password (throttled after failures) or with the recovery key and a new
// password; either way the records are loaded into memory and an OpenVault comes back.
import {
  openPasswordSlot,
  recoveryPublicKey,
  resetPasswordWithRecoveryKey,
  WrongPasswordError,
  type SlotSecrets,
  type VaultHeader,
} from '../../shared/crypto/keySlots';
import { parseRecoveryKey } from '../../shared/crypto/recoveryKey';
import type { AnlaufstelleDb } from './db';
import { OpenVault } from './openVault';
import { markPhase } from './perfMarks';
import { RecordStore } from './recordStore';
import { clearFailures, recordFailure, remainingUnlockDelay } from './unlockDelay';
import { UnlockDelayError } from './vaultErrors';
import { replaceHeader } from './vaultHeader';
import { loadContents, readStored, type ProgressListener, type StoredRows } from './vaultLoad';
import { SNAPSHOT_AFTER_ROWS } from './vaultWrites';

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
    // The ciphertexts need no key: they are read while the key is derived.
    const reading = readStored(db, header.keyId);
    reading.catch(() => {}); // awaited below; a wrong password leaves it unread
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
    return openWithKey(db, opened.vaultKey, header, secrets, onProgress, reading);
  });
}

/** After a key was unwrapped: loads the records into memory and returns the open vault. */
async function openWithKey(
  db: AnlaufstelleDb,
  key: CryptoKey,
  header: VaultHeader,
  secrets: SlotSecrets,
  onProgress: ProgressListener,
  reading?: Promise<StoredRows>,
): Promise<OpenVault> {
  await clearFailures(db);
  const deviceId = String((await db.meta.get('device'))?.value ?? 'unknown');
  const loaded = await loadContents(db, key, header.keyId, onProgress, reading);
  const vault = new OpenVault(
    db,
    key,
    header,
    secrets,
    deviceId,
    new RecordStore(loaded.contents),
    loaded.maxSeq,
    loaded.snapshotWatermark,
    loaded.layout,
  );
  vault.damagedRows = loaded.damaged;
  onProgress('ready');
  // A missing or stale snapshot is rebuilt in the background, after the start screen is up.
  if (loaded.snapshotWatermark < 0 || loaded.rowsAfterSnapshot >= SNAPSHOT_AFTER_ROWS)
    vault.scheduleSnapshot(2000);
  // What a restore replaced and the window closed before purging (usually nothing is found).
  if (loaded.floor > 0) setTimeout(() => void vault.purgeReplaced(loaded.floor), 5000);
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
