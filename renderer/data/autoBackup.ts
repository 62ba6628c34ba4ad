// Automatic backups (desktop): at unlock, when the last one in the chosen folder is older than a
// day, the whole vault is written there as an age file with this computer's backup passphrase.
import { isAutoBackupDue } from '../../shared/desktop/autoBackup';
import type { HostApi } from '../host/HostApi';
import { createBackupFile } from './backup';
import { readDeviceSettings } from './settings';
import type { OpenVault } from './vault';

export type AutoBackupOutcome =
  'unsupported' | 'no-folder' | 'no-passphrase' | 'not-due' | 'written' | 'failed';

type BackupHost = Pick<HostApi, 'kind' | 'backupFolder' | 'lastAutoBackupAt' | 'writeAutoBackup'>;

/** Runs one automatic backup if it is due (or `force`); every outcome is returned for the UI to show. */
export async function runAutoBackup(
  vault: OpenVault,
  host: BackupHost,
  options: { now?: Date; force?: boolean } = {},
): Promise<AutoBackupOutcome> {
  const now = options.now ?? new Date();
  if (host.kind !== 'desktop') return 'unsupported';
  try {
    if (!(await host.backupFolder())) return 'no-folder';
    const passphrase = readDeviceSettings(vault).autoBackupPassphrase;
    if (!passphrase) return 'no-passphrase';
    if (!options.force && !isAutoBackupDue(await host.lastAutoBackupAt(), now)) return 'not-due';
    const file = await createBackupFile(vault, passphrase, undefined, now);
    const result = await host.writeAutoBackup(file);
    return result === 'written' ? 'written' : result === 'no-folder' ? 'no-folder' : 'failed';
  } catch {
    return 'failed';
  }
}
