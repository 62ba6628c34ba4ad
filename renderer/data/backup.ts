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
import { RECORD_TABLES } from '../../shared/storage/envelope';
import type { OpenVault } from './vault';

export type BackupPhase = 'collect' | 'encrypt' | 'decrypt' | 'check' | 'write';
export type BackupProgress = (phase: BackupPhase, fraction: number) => void;

/** Every live record as it is in memory now (ids and decrypted payloads; no storage bookkeeping). */
export function collectRecords(vault: OpenVault): BackupTables {
  const tables = {} as BackupTables;
  for (const table of RECORD_TABLES) {
    tables[table] = Array.from(vault.store.all(table), (r) => ({ id: r.id, payload: r.payload }));
  }
  return tables;
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
  await vault.replaceAll(backup.tables, (phase, f) => onProgress(phase, f));
}

/** True when the vault holds no records worth keeping (only settings may exist). */
export function isVaultEmpty(vault: OpenVault): boolean {
  return RECORD_TABLES.every((t) => t === 'settings' || vault.store.count(t) === 0);
}
