import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../shared/backup/format';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { keyOf, storedPacks, storedSnapshot } from './storedSnapshot';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { createBackupFile, readBackupFile, restoreBackup } from '../../../renderer/data/backup';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { readVaultState, setUpVault, unlockVault, type OpenVault } from '../../../renderer/data/vault';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const PASSPHRASE = 'K7QM-2XHD-9PRT-W4NB-6FJC-A1B2';
let counter = 0;

function draft(subject: string) {
  return {
    ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
  };
}

async function reopen(db: AnlaufstelleDb): Promise<OpenVault> {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('expected locked');
  return unlockVault(db, state.header, PASSWORD);
}

const subjects = (vault: OpenVault) =>
  listInquiries(vault.store)
    .map((i) => i.subject)
    .sort();

/** A backup of another vault holding one inquiry (other ids than any vault in a test). */
async function otherOfficesBackup(): Promise<Uint8Array> {
  const other = await setUpVault(new AnlaufstelleDb(`backup-other-${Date.now()}-${counter++}`), PASSWORD);
  await saveInquiry(other, undefined, draft('Aus dem anderen Landkreis'));
  return createBackupFile(other, PASSPHRASE);
}

describe('backup and restore on IndexedDB', () => {
  it('restores exactly the backed-up records, replaces later changes, and leaves no replaced content in the snapshot', async () => {
    const db = new AnlaufstelleDb(`backup-test-${Date.now()}-${counter++}`);
    const vault = await setUpVault(db, PASSWORD);
    const unchanged = await saveInquiry(vault, undefined, draft('Sprachkurs gesucht'));
    const edited = await saveInquiry(vault, undefined, draft('Wohnung für Familie K.'));
    const phases = new Set<string>();
    const file = await createBackupFile(vault, PASSPHRASE, (phase) => phases.add(phase));
    expect([...phases]).toEqual(['collect', 'encrypt']);

    // After the backup: one more inquiry, one changed.
    await saveInquiry(vault, undefined, draft('NACH-DER-SICHERUNG'));
    await saveInquiry(vault, edited.id, { ...draft('Wohnung für Familie K. (geändert)') });
    await vault.writeSnapshot();

    await expect(readBackupFile(file, 'falsch-falsch-falsch')).rejects.toBeInstanceOf(BackupError);
    expect(subjects(vault)).toContain('NACH-DER-SICHERUNG'); // a failed read changed nothing

    const backup = await readBackupFile(file, PASSPHRASE);
    expect(backup.manifest.counts.inquiries).toBe(2);
    const replacedRows = await db.inquiries.toArray();
    await restoreBackup(vault, backup);
    expect(subjects(vault)).toEqual(['Sprachkurs gesucht', 'Wohnung für Familie K.']);
    // Every record is written anew in packs; the old rows, the later one's among them, are purged.
    await vault.whenPurged();
    expect(await db.inquiries.count()).toBe(0);
    const packed = await storedPacks(db, keyOf(vault));
    expect([...packed.inquiries.keys()].sort()).toEqual([unchanged.id, edited.id].sort());
    expect(JSON.stringify([...packed.inquiries.values()])).not.toContain('NACH-DER-SICHERUNG');

    // The old snapshot (replaced content) went with the same commit; unlock then reads the rows.
    expect(await db.snapshots.count()).toBe(0);
    const fromRows = await reopen(db);
    expect(subjects(fromRows)).toEqual(['Sprachkurs gesucht', 'Wohnung für Familie K.']);

    // A replaced row that is still there (the window closed before the purge): it is below the
    // restore's floor, and no read counts it.
    await db.inquiries.bulkPut(replacedRows);
    expect(subjects(await reopen(db))).toEqual(['Sprachkurs gesucht', 'Wohnung für Familie K.']);

    // The new snapshot, written in the background, holds the restored state only.
    await vault.writeSnapshot();
    const reopened = await reopen(db);
    expect(subjects(reopened)).toEqual(['Sprachkurs gesucht', 'Wohnung für Familie K.']);
    const { contents, watermark } = (await storedSnapshot(db, keyOf(reopened)))!;
    expect(watermark).toBe(Number((await db.meta.get('seq'))!.value));
    const inSnapshot = JSON.stringify([...contents.inquiries.values()].map((r) => r.payload));
    expect(inSnapshot).not.toContain('NACH-DER-SICHERUNG');
    expect(inSnapshot).not.toContain('(geändert)');
  });

  it('replacing a vault by other records clears the old rows and leaves no tombstones', async () => {
    const file = await otherOfficesBackup();

    const db = new AnlaufstelleDb(`backup-test-${Date.now()}-${counter++}`);
    const vault = await setUpVault(db, PASSWORD);
    for (const subject of ['Alt 1', 'Alt 2', 'Alt 3']) await saveInquiry(vault, undefined, draft(subject));
    const oldIds = (await db.inquiries.toArray()).map((r) => r.id);

    await restoreBackup(vault, await readBackupFile(file, PASSPHRASE));
    expect(subjects(vault)).toEqual(['Aus dem anderen Landkreis']);
    await vault.whenPurged();
    expect(await db.inquiries.count()).toBe(0);
    const packed = await storedPacks(db, keyOf(vault));
    expect(packed.inquiries.size).toBe(1);
    expect([...packed.inquiries.keys()].some((id) => oldIds.includes(id))).toBe(false);
    expect(subjects(await reopen(db))).toEqual(['Aus dem anderen Landkreis']);
  });

  it('a snapshot of the old state, however late it is written, cannot bring cleared records back', async () => {
    const file = await otherOfficesBackup();
    const db = new AnlaufstelleDb(`backup-test-${Date.now()}-${counter++}`);
    const vault = await setUpVault(db, PASSWORD);
    for (const subject of ['Alt 1', 'Alt 2']) await saveInquiry(vault, undefined, draft(subject));
    await vault.writeSnapshot();
    const oldSnapshot = await db.snapshots.toArray();
    await saveInquiry(vault, undefined, draft('Alt 3'));

    // In this window: a snapshot write already under way when the restore starts.
    const lateSnapshot = vault.writeSnapshot();
    await restoreBackup(vault, await readBackupFile(file, PASSPHRASE));
    await lateSnapshot;
    expect(subjects(await reopen(db))).toEqual(['Aus dem anderen Landkreis']);

    // Another window storing its old snapshot after the restore: unlock must not trust it.
    await db.snapshots.bulkPut(oldSnapshot);
    expect(subjects(await reopen(db))).toEqual(['Aus dem anderen Landkreis']);
  });

  it('a save racing with a restore ends the same in memory and on disk', async () => {
    const db = new AnlaufstelleDb(`backup-test-${Date.now()}-${counter++}`);
    const vault = await setUpVault(db, PASSWORD);
    for (const subject of ['A', 'B', 'C']) await saveInquiry(vault, undefined, draft(subject));
    const backup = await readBackupFile(await createBackupFile(vault, PASSPHRASE), PASSPHRASE);
    // The save starts first; the restore after 0–9 ms, so some runs plan the restore while the
    // save's transaction is open but not yet committed.
    for (let offset = 0; offset < 10; offset++) {
      await saveInquiry(vault, undefined, draft(`Nach der Sicherung ${offset}`));
      const racing = saveInquiry(vault, undefined, draft(`Gleichzeitig ${offset}`));
      await new Promise((resolve) => setTimeout(resolve, offset));
      await restoreBackup(vault, backup);
      await racing;
      expect(subjects(await reopen(db))).toEqual(subjects(vault));
      expect(subjects(vault)).not.toContain(`Nach der Sicherung ${offset}`);
    }
  });
});
