// Backups of the whole vault as age files: create (for "Sicherung erstellen" and, later, automatic
// backups), read and check a file, and restore it all-or-nothing.
import { version as APP_VERSION } from '../../package.json';
import { openBackupFile, sealBackupFile } from '../../shared/backup/ageFile';
import {
  decodeBackup,
  encodeBackup,
  type BackupTables,
  type DecodedBackup,
} from '../../shared/backup/format';
import { deviceSettingsId } from '../../shared/domain/settings';
import { RECORD_TABLES } from '../../shared/storage/envelope';
import { deviceSecretsOf, settingsPayloadOf, withoutDeviceSecrets } from '../../shared/storage/records';
import { readTeam, saveTeam } from './sync/teamState';
import type { OpenVault } from './vault';

export type BackupPhase = 'collect' | 'encrypt' | 'decrypt' | 'check' | 'write';
export type BackupProgress = (phase: BackupPhase, fraction: number) => void;

/**
 * Every live record as it is in memory now (ids and decrypted payloads; no storage bookkeeping),
 * without device secrets: this is what backups and exports hold.
 */
export function collectRecords(vault: OpenVault): BackupTables {
  const tables = {} as BackupTables;
  for (const table of RECORD_TABLES) {
    tables[table] = Array.from(vault.store.all(table), (r) => ({
      id: r.id,
      payload: withoutDeviceSecrets(table, r.id, r.payload),
    }));
  }
  return tables;
}

/**
 * The backup's settings as this device keeps them: no device secret comes in from a file (older
 * backups still hold them), and this device keeps its own (the automatic-backup passphrase).
 */
function keepOwnDeviceSecrets(vault: OpenVault, tables: BackupTables): BackupTables {
  const ownId = deviceSettingsId(vault.deviceId);
  const own = vault.store.get('settings', ownId);
  const secrets = own ? deviceSecretsOf('settings', ownId, own.payload) : {};
  const settings = tables.settings.map((r) => ({
    id: r.id,
    payload: withoutDeviceSecrets('settings', r.id, r.payload),
  }));
  if (own && Object.keys(secrets).length > 0) {
    const index = settings.findIndex((r) => r.id === ownId);
    const restored = settingsPayloadOf('device', settings[index]);
    // When the backup has no record of this device, its current one (with the secret) stays.
    const payload = restored ? { ...restored, data: { ...restored.data, ...secrets } } : own.payload;
    if (index >= 0) settings[index] = { id: ownId, payload };
    else settings.push({ id: ownId, payload });
  }
  return { ...tables, settings };
}

/** The complete backup file (age v1, passphrase recipient), ready to be written. */
export async function createBackupFile(
  vault: OpenVault,
  passphrase: string,
  onProgress: BackupProgress = () => {},
  now = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  onProgress('collect', 0);
  const plaintext = await encodeBackup(collectRecords(vault), { appVersion: APP_VERSION, createdAt: now });
  onProgress('collect', 1);
  try {
    return await sealBackupFile(plaintext, passphrase, (f) => onProgress('encrypt', f));
  } finally {
    plaintext.fill(0);
  }
}

/** "anlaufstelle-sicherung-2026-11-27-1430.age" in local time. */
export function backupFileName(now = new Date(), prefix = 'anlaufstelle-sicherung'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.age`;
}

/** Decrypts and checks a backup file; throws BackupError (German message key) on anything wrong. */
export async function readBackupFile(
  file: Uint8Array,
  passphrase: string,
  onProgress: BackupProgress = () => {},
): Promise<DecodedBackup> {
  const plaintext = await openBackupFile(file, passphrase, (f) => onProgress('decrypt', f));
  onProgress('check', 0);
  try {
    return await decodeBackup(plaintext);
  } finally {
    plaintext.fill(0);
    onProgress('check', 1);
  }
}

/** Makes the vault hold exactly the backup's records, in one transaction (see OpenVault.replaceAll). */
export async function restoreBackup(
  vault: OpenVault,
  backup: DecodedBackup,
  onProgress: BackupProgress = () => {},
): Promise<void> {
  await vault.replaceAll(keepOwnDeviceSecrets(vault, backup.tables), (phase, f) => onProgress(phase, f));
  // In a team: the restored records are older than what this device had merged. Reading the server's
  // log again from the start merges every newer change back in, instead of leaving them out.
  const team = readTeam(vault);
  if (team?.checkpoint) await saveTeam(vault, { ...team, checkpoint: undefined });
}

/** True when the vault holds no records worth keeping (only settings may exist). */
export function isVaultEmpty(vault: OpenVault): boolean {
  return RECORD_TABLES.every((t) => t === 'settings' || vault.store.count(t) === 0);
}
