import { describe, expect, it } from 'vitest';
import { guessMapping, parseCsv, rowsToContacts } from '../../../shared/codecs/contactsCsv';
import { parseVcards } from '../../../shared/codecs/vcard';

describe('contact import: address and mobile phone', () => {
  it('an Outlook CSV maps business phone, mobile and the address parts', () => {
    const table = parseCsv(
      [
        'Vorname;Nachname;Firma;Telefon geschäftlich;Mobiltelefon;Straße geschäftlich;Postleitzahl geschäftlich;Ort geschäftlich',
        'Jürgen;Weiß;Caritas Salzwedel;03901 1234;0171 5550123;Markt 1;29410;Salzwedel',
        ';;Tafel Salzwedel;03901 9876;;;;',
      ].join('\r\n'),
    );
    const contacts = rowsToContacts(table, guessMapping(table.headers));
    expect(contacts[0]).toMatchObject({
      phone: '03901 1234',
      mobile: '0171 5550123',
      address: 'Markt 1, 29410 Salzwedel',
    });
    // An organisation-only row keeps its phone.
    expect(contacts[1]).toMatchObject({ organisation: 'Tafel Salzwedel', phone: '03901 9876', address: '' });
  });

  it('a list with only a mobile column uses it, and one "Adresse" column is the address', () => {
    const table = parseCsv('Name;Handy;Adresse\nAmira Haddad;0170 1112223;Bahnhofstr. 4, 39638 Gardelegen\n');
    expect(rowsToContacts(table, guessMapping(table.headers))[0]).toMatchObject({
      firstName: 'Amira',
      lastName: 'Haddad',
      phone: '',
      mobile: '0170 1112223',
      address: 'Bahnhofstr. 4, 39638 Gardelegen',
    });
  });

  it('a vCard gives TEL;TYPE=cell as mobile, the other TEL as phone, and ADR as address', () => {
    const [card] = parseVcards(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Weiß;Jürgen;;;',
        'ORG:Caritas Salzwedel',
        'TEL;TYPE=CELL:0171 5550123',
        'TEL;TYPE=WORK,VOICE:03901 1234',
        'ADR;TYPE=WORK:;;Markt 1;Salzwedel;;29410;Deutschland',
        'END:VCARD',
      ].join('\r\n'),
    );
    expect(card).toMatchObject({
      phone: '03901 1234',
      mobile: '0171 5550123',
      address: 'Markt 1, 29410 Salzwedel',
    });
  });
});
