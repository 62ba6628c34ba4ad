// "Gesehen" in Einstellungen → Team: the records with conflicts as they are then are not listed on
// this computer any more; a record that gets another conflict is listed again (README, Team).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { saveInquiry } from '../../../renderer/data/inquiries';
import { markConflictsSeen, unseenConflicts } from '../../../renderer/data/sync/conflicts';
import { setUpVault, type OpenVault } from '../../../renderer/data/vault';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { formatHlc } from '../../../shared/sync/hlc';
import type { PayloadShape } from '../../../shared/sync/payloadVersion';

const BEN = 'd-benLaptop0002';

async function inquiry(vault: OpenVault, subject: string) {
  return saveInquiry(vault, undefined, {
    ...emptyInquiryDraft(new Date('2026-11-30T09:15:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
  });
}

/** Another value of the subject that lost to a later change (as a merge keeps it). */
async function addConflict(vault: OpenVault, id: string, lost: string, at: string) {
  const payload = vault.store.get('inquiries', id)!.payload as PayloadShape;
  const conflicts = [
    ...(payload.meta.sync?.conflicts ?? []),
    { field: 'subject', value: lost, clock: formatHlc({ ms: Date.parse(at), counter: 0, device: BEN }) },
  ];
  await vault.put('inquiries', id, {
    ...payload,
    meta: { ...payload.meta, sync: { ...payload.meta.sync, conflicts } },
  });
}

describe('conflicts marked as seen', () => {
  it('hides those listed then; a record with another conflict, or a new one, is listed again', async () => {
    const vault = await setUpVault(
      new AnlaufstelleDb(`conflicts-seen-${Date.now()}`),
      'Lindenblüte-Nebel-7319',
    );
    const haddad = await inquiry(vault, 'Sprachkurs für Familie Haddad');
    const police = await inquiry(vault, 'Polizei bittet um Beratung');
    await addConflict(vault, haddad.id, 'Sprachkurs B1', '2026-11-30T10:00:00Z');
    expect(unseenConflicts(vault).map((r) => r.id)).toEqual([haddad.id]);

    await markConflictsSeen(vault);
    expect(unseenConflicts(vault)).toEqual([]);

    // Another conflict in the same record (even one made earlier), and one in another record.
    await addConflict(vault, haddad.id, 'Integrationskurs', '2026-11-29T08:00:00Z');
    await addConflict(vault, police.id, 'Polizei fragt an', '2026-11-30T11:00:00Z');
    expect(
      unseenConflicts(vault)
        .map((r) => r.id)
        .sort(),
    ).toEqual([haddad.id, police.id].sort());
    await markConflictsSeen(vault);
    expect(unseenConflicts(vault)).toEqual([]);
  });
});
