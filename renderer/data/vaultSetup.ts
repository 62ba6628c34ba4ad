// Setting up a new vault: the header with its key slots, the device id and the write counter.
import { randomBytes, toBase64 } from '../../shared/crypto/bytes';
import {
  createVault as createVaultHeader,
  createVaultWithRecovery,
  type SlotSecrets,
  type VaultHeader,
} from '../../shared/crypto/keySlots';
import { formatRecoveryKey } from '../../shared/crypto/recoveryKey';
import type { AnlaufstelleDb } from './db';
import { OpenVault } from './openVault';
import { RecordStore } from './recordStore';
import { VaultExistsError } from './vaultErrors';

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
