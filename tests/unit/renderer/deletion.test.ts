import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { deleteRecords } from '../../../renderer/data/deletion';
import { saveFollowup } from '../../../renderer/data/followups';
import { getInquiry, listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { readRetentionLog } from '../../../renderer/data/retention';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';

const PASSWORD = 'Lindenblüte-Nebel-7319';

describe('deleting records by hand', () => {
  it('removes the records in one step, logs ids and counts only, and they stay gone after unlock', async () => {
    const db = new AnlaufstelleDb(`deletion-test-${Date.now()}`);
    const vault = await setUpVault(db, PASSWORD);
    const draft = emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' });
    const gone = await saveInquiry(vault, undefined, { ...draft, subject: 'Polizei fragt nach Dolmetscher' });
    const kept = await saveInquiry(vault, undefined, { ...draft, subject: 'Schule lädt ein' });
    const followup = await saveFollowup(vault, undefined, {
      title: 'Rückruf Polizei',
      due: '2026-03-05',
      assignee: '',
      notes: '',
      inquiryId: gone.id,
    });

    await deleteRecords(
      vault,
      {
        removals: [
          { table: 'inquiries', id: gone.id },
          { table: 'followups', id: followup.id },
        ],
      },
      new Date('2026-03-06T10:00:00Z'),
    );

    expect(listInquiries(vault.store).map((i) => i.id)).toEqual([kept.id]);
    const log = readRetentionLog(vault.store);
    expect(log.map((e) => [e.rule, e.table, e.count, e.ids])).toEqual([
      ['deletion', 'inquiries', 1, [gone.id]],
      ['deletion', 'followups', 1, [followup.id]],
    ]);
    expect(JSON.stringify(log)).not.toContain('Polizei');

    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('vault not set up');
    const reopened = await unlockVault(db, state.header, PASSWORD);
    expect(getInquiry(reopened.store, gone.id)).toBeUndefined();
    expect(reopened.store.get('followups', followup.id)).toBeUndefined();
    expect(getInquiry(reopened.store, kept.id)?.subject).toBe('Schule lädt ein');
  });
});
