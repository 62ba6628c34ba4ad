import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportedContact } from '../../../shared/codecs/contactsCsv';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import {
  importContacts,
  listOrganisations,
  listPersons,
  saveOrganisation,
} from '../../../renderer/data/network';
import { setUpVault } from '../../../renderer/data/vault';
import { emptyOrganisation } from '../../../shared/domain/network';

const contact = (c: Partial<ImportedContact>): ImportedContact => ({
  line: 2,
  firstName: '',
  lastName: '',
  organisation: '',
  function: '',
  email: '',
  phone: '',
  notes: '',
  ...c,
});

describe('importing contacts with address, mobile phone and a consent purpose', () => {
  it("keeps an organisation-only row's phone, the address on the organisation, both numbers of a person", async () => {
    const vault = await setUpVault(
      new AnlaufstelleDb(`import-address-${Date.now()}`),
      'Lindenblüte-Nebel-7319',
    );
    await saveOrganisation(vault, undefined, {
      ...emptyOrganisation('Jobcenter Altmarkkreis'),
      phone: '03901 1',
    });
    const result = await importContacts(
      vault,
      [
        contact({ organisation: 'Tafel Salzwedel', phone: '03901 9876', email: 'tafel@example.org' }),
        contact({
          firstName: 'Jürgen',
          lastName: 'Weiß',
          organisation: 'Caritas Salzwedel',
          phone: '03901 1234',
          mobile: '0171 5550123',
          address: 'Markt 1, 29410 Salzwedel',
        }),
        // An existing organisation gets its empty address filled; its phone stays.
        contact({ organisation: 'Jobcenter Altmarkkreis', phone: '0000', address: 'Hoyersburger Str. 1' }),
        contact({ firstName: 'Amira', lastName: 'Haddad', mobile: '0170 1112223', address: 'Bahnhofstr. 4' }),
      ],
      [],
      { consentPurpose: 'Kontakt für Verweisberatung' },
    );
    expect(result).toEqual({ persons: 2, organisations: 2, merged: 0 });
    const orgs = new Map(listOrganisations(vault.store).map((o) => [o.name, o]));
    expect(orgs.get('Tafel Salzwedel')).toMatchObject({ phone: '03901 9876', email: 'tafel@example.org' });
    expect(orgs.get('Caritas Salzwedel')).toMatchObject({ address: 'Markt 1, 29410 Salzwedel', phone: '' });
    expect(orgs.get('Jobcenter Altmarkkreis')).toMatchObject({
      address: 'Hoyersburger Str. 1',
      phone: '03901 1',
    });
    const people = new Map(listPersons(vault.store).map((p) => [p.lastName, p]));
    expect(people.get('Weiß')).toMatchObject({ phone: '03901 1234', mobile: '0171 5550123', address: '' });
    expect(people.get('Haddad')).toMatchObject({
      phone: '',
      mobile: '0170 1112223',
      address: 'Bahnhofstr. 4',
      notes: '',
    });
    expect(people.get('Weiß')!.consent).toMatchObject({
      purpose: 'Kontakt für Verweisberatung',
      withdrawnOn: '',
    });
  });

  it('without a purpose, imported persons have no consent ("nicht erfasst")', async () => {
    const vault = await setUpVault(
      new AnlaufstelleDb(`import-consent-${Date.now()}`),
      'Lindenblüte-Nebel-7319',
    );
    await importContacts(vault, [contact({ lastName: 'Weiß' })], []);
    expect(listPersons(vault.store)[0]!.consent).toBeNull();
  });
});
