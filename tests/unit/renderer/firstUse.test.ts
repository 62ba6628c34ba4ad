import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { deleteRecords } from '../../../renderer/data/deletion';
import { vaultFirstUse } from '../../../renderer/data/firstUse';
import { saveFollowup } from '../../../renderer/data/followups';
import { saveInquiry } from '../../../renderer/data/inquiries';
import { setUpVault } from '../../../renderer/data/vault';

// Every dialog asks for the vault's first use; it is kept per table and updated from the change log.
describe("the vault's first use, kept between dialogs", () => {
  it('follows an older record saved, a record saved today, and the removal of the oldest one', async () => {
    const db = new AnlaufstelleDb(`first-use-${Date.now()}`);
    const vault = await setUpVault(db, 'Lindenblüte-Nebel-7319');
    const setUpDay = vaultFirstUse(vault.store, vault.createdAt);
    const draft = (at: string) => ({
      ...emptyInquiryDraft(new Date(at), { channel: 'kanal-01' }),
      subject: 'Frage zum Integrationskurs',
      requesterType: 'stelle-01',
      topics: ['thema-01'],
    });
    // Created "today": the first use stays the set-up day.
    await saveInquiry(vault, undefined, draft('2026-11-30T09:00:00Z'));
    expect(vaultFirstUse(vault.store, vault.createdAt)).toBe(setUpDay);

    // A record created in 2024 (as a restore or import brings them): the first use moves back.
    const old = await saveInquiry(
      vault,
      undefined,
      draft('2024-03-01T09:00:00Z'),
      new Date('2024-03-01T09:00:00Z'),
    );
    expect(vaultFirstUse(vault.store, vault.createdAt)).toBe('2024-03-01');
    // In another table, older still.
    await saveFollowup(
      vault,
      undefined,
      { title: 'Rückruf', due: '2023-06-01', assignee: '', notes: '', inquiryId: null },
      new Date('2023-05-31T10:00:00Z'),
    );
    expect(vaultFirstUse(vault.store, vault.createdAt)).toBe('2023-05-31');

    // The 2024 inquiry removed: the follow-up still holds the first use; its removal brings back the set-up day.
    await deleteRecords(vault, { removals: [{ table: 'inquiries', id: old.id }] });
    expect(vaultFirstUse(vault.store, vault.createdAt)).toBe('2023-05-31');
    const followupId = [...vault.store.all('followups')][0]!.id;
    await deleteRecords(vault, { removals: [{ table: 'followups', id: followupId }] });
    expect(vaultFirstUse(vault.store, vault.createdAt)).toBe(setUpDay);
    db.close();
  });
});
