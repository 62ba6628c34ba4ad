// Automatic backups with the real vault on IndexedDB; the desktop folder is an in-memory stand-in for
// the main process (Electron cannot run here). The written file must open with the backup passphrase.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { autoBackupFileName, parseAutoBackupFileName } from '../../../shared/desktop/autoBackup';
import { runAutoBackup } from '../../../renderer/data/autoBackup';
import { readBackupFile } from '../../../renderer/data/backup';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { saveInquiry } from '../../../renderer/data/inquiries';
import { saveDeviceSettings } from '../../../renderer/data/settings';
import { setUpVault } from '../../../renderer/data/vault';
import type { AutoBackupResult } from '../../../renderer/host/HostApi';

const PASSPHRASE = 'Q4WX-7MNB-2KDT-H9PL-5RCV-Z3FE';
let counter = 0;

function desktopFolder(options: { folder?: string | null; fail?: boolean } = {}) {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    /** Main's clock, which names the files. */
    now: new Date(),
    kind: 'desktop' as const,
    async backupFolder() {
      return options.folder === undefined ? '/mnt/netz/sicherungen' : options.folder;
    },
    async lastAutoBackupAt() {
      const dates = [...files.keys()].map((n) => parseAutoBackupFileName(n)!.getTime());
      return dates.length ? new Date(Math.max(...dates)) : null;
    },
    async writeAutoBackup(data: Uint8Array): Promise<AutoBackupResult> {
      if (options.fail) return 'failed';
      files.set(autoBackupFileName(this.now), data.slice());
      return 'written';
    },
  };
}

async function vaultWithInquiry() {
  const vault = await setUpVault(
    new AnlaufstelleDb(`auto-backup-${Date.now()}-${counter++}`),
    'Kastanie-Regen-4821',
  );
  await saveInquiry(vault, undefined, {
    ...emptyInquiryDraft(new Date('2026-11-20T09:00:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: 'Sprachkurs für Familie gesucht',
  });
  return vault;
}

describe('automatic backups at unlock', () => {
  it('writes a backup that opens with the passphrase, then waits a day before the next', async () => {
    const vault = await vaultWithInquiry();
    await saveDeviceSettings(vault, { autoBackupPassphrase: PASSPHRASE });
    const folder = desktopFolder();
    // The renderer's clock decides when a backup is due; main's names the file.
    const at = (now: Date) => {
      folder.now = now;
      return runAutoBackup(vault, folder, { now });
    };
    expect(await at(new Date(2026, 10, 23, 8, 30))).toBe('written');
    expect([...folder.files.keys()]).toEqual(['Anlaufstelle-Sicherung-2026-11-23_08-30-00.age']);
    const backup = await readBackupFile(folder.files.values().next().value!, PASSPHRASE);
    expect(
      backup.tables.inquiries.map((r) => (r.payload as { data: { subject: string } }).data.subject),
    ).toEqual(['Sprachkurs für Familie gesucht']);

    expect(await at(new Date(2026, 10, 23, 17, 0))).toBe('not-due');
    expect(await at(new Date(2026, 10, 24, 8, 31))).toBe('written');
    expect(folder.files.size).toBe(2);
  });

  it('says why nothing was written: browser, no folder, no passphrase, a failed write', async () => {
    const vault = await vaultWithInquiry();
    expect(await runAutoBackup(vault, { ...desktopFolder(), kind: 'browser' })).toBe('unsupported');
    expect(await runAutoBackup(vault, desktopFolder({ folder: null }))).toBe('no-folder');
    expect(await runAutoBackup(vault, desktopFolder())).toBe('no-passphrase');
    await saveDeviceSettings(vault, { autoBackupPassphrase: PASSPHRASE });
    expect(await runAutoBackup(vault, desktopFolder({ fail: true }))).toBe('failed');
  });
});
