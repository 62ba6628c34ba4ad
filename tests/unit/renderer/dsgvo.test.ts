import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { emptyActivity, emptyPerson } from '../../../shared/domain/network';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { saveFollowup } from '../../../renderer/data/followups';
import { getInquiry, listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { getPerson, saveActivities, savePerson, getActivity } from '../../../renderer/data/network';
import { auskunftFor, erasePerson, readRetentionLog } from '../../../renderer/data/retention';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';

const PASSWORD = 'Lindenblüte-Nebel-7319';

describe('Auskunft and "Person löschen" on IndexedDB', () => {
  it('gathers everything about a person; erasure removes them, anonymises references, keeps counts, survives unlock', async () => {
    const db = new AnlaufstelleDb(`dsgvo-test-${Date.now()}`);
    const vault = await setUpVault(db, PASSWORD);
    const amira = await savePerson(vault, undefined, {
      ...emptyPerson(),
      firstName: 'Amira',
      lastName: 'Haddad',
      phone: '0170 555',
      consent: { purpose: 'Begleitung zu Terminen', givenOn: '2025-02-01', withdrawnOn: '' },
      volunteer: { municipality: 'gemeinde-01', activeFrom: '2025-01-01', activeUntil: '', allowances: [] },
    });
    const other = await savePerson(vault, undefined, {
      ...emptyPerson(),
      firstName: 'Jürgen',
      lastName: 'Weiß',
    });
    const draft = {
      ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      municipality: 'gemeinde-02',
    };
    const asked = await saveInquiry(vault, undefined, {
      ...draft,
      subject: 'Frau Haddad fragt nach Sprachkurs',
      notes: 'Rückruf 0170 555',
      requesterContact: `person:${amira.id}`,
    });
    const unrelated = await saveInquiry(vault, undefined, {
      ...draft,
      subject: 'Schule fragt nach Dolmetscher',
    });
    await saveFollowup(vault, undefined, {
      title: 'Rückruf Frau Haddad',
      due: '2026-03-05',
      assignee: '',
      notes: '',
      inquiryId: asked.id,
    });
    const [meeting] = await saveActivities(vault, undefined, {
      ...emptyActivity('2026-03-10', 'aktivitaet-01'),
      title: 'Lotsentreffen',
      volunteerIds: [amira.id, other.id],
    });

    const auskunft = auskunftFor(vault, amira.id, new Date('2026-11-27T10:00:00Z'))!;
    expect(auskunft.person).toMatchObject({ firstName: 'Amira', lastName: 'Haddad', phone: '0170 555' });
    expect(auskunft.consent).toEqual({
      purpose: 'Begleitung zu Terminen',
      givenOn: '2025-02-01',
      withdrawnOn: '',
    });
    expect(auskunft.inquiries.map((i) => i.subject)).toEqual(['Frau Haddad fragt nach Sprachkurs']);
    expect(auskunft.followups.map((f) => f.title)).toEqual(['Rückruf Frau Haddad']);
    expect(auskunft.activities.map((a) => a.title)).toEqual(['Lotsentreffen']);
    expect(auskunftFor(vault, 'no-such-person')).toBeNull();

    await erasePerson(vault, amira.id);
    const check = (v: typeof vault) => {
      expect(getPerson(v.store, amira.id)).toBeUndefined();
      expect(getPerson(v.store, other.id)?.lastName).toBe('Weiß');
      expect(listInquiries(v.store)).toHaveLength(2);
      const anonymised = getInquiry(v.store, asked.id)!;
      expect(anonymised).toMatchObject({
        subject: 'anonymisiert',
        notes: '',
        requesterType: 'stelle-01',
        municipality: 'gemeinde-02',
      });
      expect(anonymised.requesterPersonId).toBeUndefined();
      expect(getInquiry(v.store, unrelated.id)!.subject).toBe('Schule fragt nach Dolmetscher');
      expect(getActivity(v.store, meeting!.id)!.volunteerIds).toEqual([other.id]);
      const everything = JSON.stringify([
        ...v.store.all('inquiries'),
        ...v.store.all('followups'),
        ...v.store.all('persons'),
        ...v.store.all('activities'),
      ]);
      for (const secret of ['Haddad', 'Amira', '0170 555']) expect(everything).not.toContain(secret);
    };
    check(vault);
    const log = readRetentionLog(vault.store);
    expect(log.map((e) => [e.rule, e.table, e.count])).toEqual([
      ['erasure', 'persons', 1],
      ['erasure', 'inquiries', 1],
      ['erasure', 'followups', 1],
      ['erasure', 'activities', 1],
    ]);
    expect(JSON.stringify(log)).not.toContain('Haddad');
    const personRow = await db.persons.get(amira.id);
    expect(personRow).toMatchObject({ deleted: true });
    expect(personRow?.ct).toBeUndefined();

    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('locked expected');
    check(await unlockVault(db, state.header, PASSWORD));
  });
});
