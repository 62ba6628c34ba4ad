// Records the app writes: new ones get random ids (UUIDv4): an id is stored in the clear and must not reveal when the
// record was made, as a UUIDv7's leading 48 bits (milliseconds since 1970) would.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { emptyActivity, emptyOrganisation, emptyPerson } from '../../../shared/domain/network';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { saveFollowup } from '../../../renderer/data/followups';
import { saveInquiry } from '../../../renderer/data/inquiries';
import {
  ImportRecordError,
  importContacts,
  listPersons,
  saveActivities,
  saveOrganisation,
  savePerson,
} from '../../../renderer/data/network';
import { saveTemplate } from '../../../renderer/data/templates';
import { setUpVault } from '../../../renderer/data/vault';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are random UUIDv4 for every kind of new record, and two made in the same millisecond share nothing', async () => {
    const vault = await setUpVault(new AnlaufstelleDb(`record-ids-${Date.now()}`), 'Lindenblüte-Nebel-7319');
    const draft = {
      ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      subject: 'Sprachkurs',
    };
    const [a, b] = await Promise.all([
      saveInquiry(vault, undefined, draft),
      saveInquiry(vault, undefined, draft),
    ]);
    const ids = [
      a.id,
      b.id,
      (
        await saveFollowup(vault, undefined, {
          title: 'x',
          due: '2026-03-09',
          assignee: '',
          notes: '',
          inquiryId: null,
        })
      ).id,
      (await saveOrganisation(vault, undefined, emptyOrganisation('Caritas'))).id,
      (await savePerson(vault, undefined, { ...emptyPerson(), lastName: 'Weiß' })).id,
      ...(
        await saveActivities(vault, undefined, { ...emptyActivity('2026-03-02', 'aktart-01'), title: 'AG' }, [
          '2026-03-02',
          '2026-03-09',
        ])
      ).map((x) => x.id),
      (await saveTemplate(vault, { name: 'Polizei', fields: { ...draft } })).id,
    ];
    for (const id of ids) expect(id).toMatch(UUID_V4);
    // A UUIDv7 made in the same millisecond would share its first 12 hex digits.
    expect(a.id.slice(0, 8)).not.toBe(b.id.slice(0, 8));
  });

  it('an import whose contact would make an invalid record is refused whole, naming the contact', async () => {
    const vault = await setUpVault(
      new AnlaufstelleDb(`import-check-${Date.now()}`),
      'Lindenblüte-Nebel-7319',
    );
    const contact = {
      line: 2,
      firstName: 'Jürgen',
      lastName: 'Weiß',
      organisation: 'Caritas',
      function: '',
      email: '',
      phone: '',
      notes: '',
    };
    // A codec bug or a hostile file reaching this far: a phone number that is no text.
    const broken = { ...contact, line: 3, lastName: 'Öztürk', phone: 17 as unknown as string };
    const error = await importContacts(vault, [contact, broken], []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRecordError);
    expect(error).toMatchObject({ position: 2, problem: { reason: 'wrongType', field: 'data.phone' } });
    expect(listPersons(vault.store)).toEqual([]);
    expect(await importContacts(vault, [contact], [])).toEqual({ persons: 1, organisations: 1, merged: 0 });
  });
});
