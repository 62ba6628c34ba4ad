import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WrongPasswordError } from '../../../shared/crypto/keySlots';
import {
  formatRecoveryKey,
  generateRecoveryKey,
  InvalidRecoveryKeyError,
} from '../../../shared/crypto/recoveryKey';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import {
  HeaderChangedError,
  readVaultState,
  setUpVaultWithRecovery,
  unlockVault,
  unlockWithRecovery,
} from '../../../renderer/data/vault';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const NEW_PASSWORD = 'Herbstwind-Kastanie-4821';
let n = 0;

async function header(db: AnlaufstelleDb) {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('expected locked');
  return state.header;
}

describe('recovery key and password change on IndexedDB', () => {
  it('the recovery key shown at set-up opens the vault with a new password; typos and foreign keys change nothing', async () => {
    const db = new AnlaufstelleDb(`recovery-test-${Date.now()}-${n++}`);
    const { vault, recoveryKey } = await setUpVaultWithRecovery(db, PASSWORD);
    await saveInquiry(vault, undefined, {
      ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      subject: 'Vor dem Vergessen',
    });
    const before = await db.meta.get('vault');

    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await expect(unlockWithRecovery(db, await header(db), typo, NEW_PASSWORD)).rejects.toThrow(
      InvalidRecoveryKeyError,
    );
    const foreign = await formatRecoveryKey(generateRecoveryKey());
    await expect(unlockWithRecovery(db, await header(db), foreign, NEW_PASSWORD)).rejects.toThrow(
      WrongPasswordError,
    );
    expect(await db.meta.get('vault')).toEqual(before);

    const opened = await unlockWithRecovery(db, await header(db), recoveryKey.toLowerCase(), NEW_PASSWORD);
    expect(listInquiries(opened.store).map((i) => i.subject)).toEqual(['Vor dem Vergessen']);
    await expect(unlockVault(db, await header(db), PASSWORD)).rejects.toThrow(WrongPasswordError);
    await new Promise((r) => setTimeout(r, 1100)); // the growing delay after the failed try
    const again = await unlockVault(db, await header(db), NEW_PASSWORD);
    expect(listInquiries(again.store)).toHaveLength(1);
  });

  it('password change without re-keying re-wraps only; a change based on key slots replaced meanwhile is refused', async () => {
    const db = new AnlaufstelleDb(`password-test-${Date.now()}-${n++}`);
    const { vault, recoveryKey } = await setUpVaultWithRecovery(db, PASSWORD);
    await expect(
      vault.changePassword('falsch-falsch-falsch', NEW_PASSWORD, { rekey: false }),
    ).rejects.toThrow(WrongPasswordError);
    const rowsBefore = await db.inquiries.toArray();
    await vault.changePassword(PASSWORD, NEW_PASSWORD, { rekey: false });
    expect(await db.inquiries.toArray()).toEqual(rowsBefore);
    await unlockVault(db, await header(db), NEW_PASSWORD);

    // Another window changes the password after this one read the header.
    const stale = await header(db);
    const other = await unlockVault(db, stale, NEW_PASSWORD);
    await other.changePassword(NEW_PASSWORD, PASSWORD, { rekey: false });
    const current = await header(db);
    await expect(unlockWithRecovery(db, stale, recoveryKey, PASSWORD)).rejects.toThrow(HeaderChangedError);
    // A re-keying from the first window would wrap for its stale password: refused, nothing changed.
    await expect(vault.rekey('manual')).rejects.toThrow(HeaderChangedError);
    expect(await header(db)).toEqual(current);
    await unlockVault(db, current, PASSWORD);
  });
});
