import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  ImportError,
  contactsToCsv,
  guessMapping,
  parseCsv,
  rowsToContacts,
  type ExportContact,
} from '../../../shared/codecs/contactsCsv';
import { decodeText, looksBinary } from '../../../shared/codecs/textEncoding';
import { contactsToVcards, parseVcards } from '../../../shared/codecs/vcard';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/contacts', name)));

describe('encoding detection', () => {
  it('reads a German Outlook export in Windows-1252 with umlauts, ß and €', () => {
    const { text, encoding } = decodeText(fixture('outlook-de-windows1252.csv'));
    expect(encoding).toBe('Windows-1252');
    expect(text).toContain('Müßig-Öztürk');
    expect(text).toContain('Mo 9–12 €');
  });

  it('recognises UTF-8 with and without BOM', () => {
    expect(decodeText(fixture('english-utf8-bom.csv')).encoding).toBe('UTF-8 (BOM)');
    expect(decodeText(new TextEncoder().encode('Vorname;Nachname\nÄnne;Groß')).encoding).toBe('UTF-8');
  });

  it('refuses binary files', () => {
    expect(looksBinary(fixture('image.csv'))).toBe(true);
    expect(looksBinary(fixture('outlook-de-windows1252.csv'))).toBe(false);
  });
});

describe('CSV import', () => {
  it('maps German Outlook headers and reads every contact', () => {
    const table = parseCsv(decodeText(fixture('outlook-de-windows1252.csv')).text);
    expect(table.delimiter).toBe(';');
    const mapping = guessMapping(table.headers);
    expect(mapping).toMatchObject({
      firstName: 1,
      lastName: 3,
      organisation: 4,
      function: 5,
      phone: 6,
      email: 7,
      notes: 8,
    });
    const contacts = rowsToContacts(table, mapping);
    expect(contacts).toHaveLength(3);
    expect(contacts[0]).toMatchObject({
      line: 2,
      firstName: 'Jürgen-Anna',
      lastName: 'Müßig-Öztürk',
      organisation: 'Caritasverband für das Bistum Magdeburg',
      email: 'mueszig@caritas.example',
    });
    expect(contacts[2]).toMatchObject({ firstName: '', lastName: '', organisation: 'Volkshochschule Harz' });
  });

  it('maps English headers with comma delimiter', () => {
    const table = parseCsv(decodeText(fixture('english-utf8-bom.csv')).text);
    expect(table.delimiter).toBe(',');
    const contacts = rowsToContacts(table, guessMapping(table.headers));
    expect(contacts.map((c) => `${c.firstName} ${c.lastName}`)).toEqual(['Ayşe Yılmaz', 'Łukasz Nowak']);
  });

  it('names the line of the first bad row, counted as Excel shows it, and returns nothing', () => {
    const table = parseCsv(decodeText(fixture('broken-bad-email.csv')).text);
    let error: unknown;
    try {
      rowsToContacts(table, guessMapping(table.headers));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    // Line 3 is empty (skipped, as Excel exports often end with empty rows); line 4 has a bad e-mail.
    expect((error as ImportError).key).toBe('import.rowBadEmail');
    expect((error as ImportError).values).toEqual({ line: 4, value: 'kein-mail-adresse' });
  });

  it('refuses a file without rows or without a name column', () => {
    expect(() => parseCsv('Vorname;Nachname\r\n')).toThrow(ImportError);
    const table = parseCsv('Telefon;Ort\r\n123;Halle\r\n');
    expect(() => rowsToContacts(table, guessMapping(table.headers))).toThrow(ImportError);
  });

  it('never crashes on random input: it either parses or throws ImportError (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (input) => {
        try {
          const table = parseCsv(input);
          rowsToContacts(table, guessMapping(table.headers));
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('exports Excel-friendly CSV that reads back the same, with formula-like cells defused', () => {
    const contacts: ExportContact[] = [
      {
        firstName: 'Anna',
        lastName: 'Groß; Weiß',
        organisation: 'Jobcenter "Harz"',
        function: '',
        email: 'a@b.de',
        phone: '+49 3941',
        mobile: '0170 1112223',
        address: 'Markt 1, 29410 Salzwedel',
        notes: 'Zeile 1\nZeile 2',
      },
      {
        firstName: '',
        lastName: '',
        organisation: '=HYPERLINK("x")',
        function: '',
        email: '',
        phone: '',
        mobile: '',
        address: '',
        notes: '',
      },
    ];
    const csv = contactsToCsv(contacts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parseCsv(csv);
    expect(table.delimiter).toBe(';');
    const back = rowsToContacts(table, guessMapping(table.headers));
    expect(back[0]).toMatchObject({
      lastName: 'Groß; Weiß',
      organisation: 'Jobcenter "Harz"',
      phone: '+49 3941',
      mobile: '0170 1112223',
      address: 'Markt 1, 29410 Salzwedel',
      notes: 'Zeile 1\nZeile 2',
    });
    // Our own defusing apostrophe is dropped on the way back in; the text is data here, not a formula.
    expect(back[1]!.organisation).toBe('=HYPERLINK("x")');
  });
});

describe('vCard import and export', () => {
  it('reads 2.1 quoted-printable (Windows-1252 and UTF-8, soft breaks), 3.0 folded lines and 4.0 in one file', () => {
    const contacts = parseVcards(decodeText(fixture('outlook-mixed.vcf')).text);
    expect(contacts).toHaveLength(3);
    expect(contacts[0]).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      organisation: 'Ausländerbehörde',
      email: 'j.mueller@landkreis.example',
      phone: '03941 999',
      notes: 'Sprechzeiten Di + Do, Straße 7',
    });
    expect(contacts[1]).toMatchObject({
      firstName: 'Ewa',
      lastName: 'Kowalski',
      organisation: 'Integrationslotsen Harz, e.V.',
      function: 'Koordinatorin',
      notes: 'Lange Notiz, die über mehrere Zeilen gefaltet ist',
    });
    expect(contacts[2]).toMatchObject({
      firstName: 'Olena',
      lastName: 'Schewtschenko',
      phone: '+49-3941-1234',
    });
  });

  it('refuses broken or empty cards with an ImportError', () => {
    expect(() => parseVcards(decodeText(fixture('not-a-vcard.vcf')).text)).toThrow(ImportError);
    expect(() => parseVcards('Vorname;Nachname')).toThrow(ImportError);
  });

  it('writes vCard 4.0 that ical.js and our reader read back', () => {
    const contacts: ExportContact[] = [
      {
        firstName: 'Jürgen',
        lastName: 'Müller',
        organisation: 'Ausländerbehörde, Landkreis',
        function: 'SB',
        email: 'j@x.de',
        phone: '0391 1',
        mobile: '0171 5550123',
        address: 'Markt 1, 29410 Salzwedel',
        notes: 'a;b\nc',
      },
      {
        firstName: '',
        lastName: '',
        organisation: 'VHS Harz',
        function: '',
        email: '',
        phone: '',
        mobile: '',
        address: '',
        notes: '',
      },
    ];
    const vcf = contactsToVcards(contacts);
    const cards = ICAL.parse(vcf) as unknown[];
    expect(cards).toHaveLength(2);
    expect(new ICAL.Component(cards[0] as never).getFirstPropertyValue('version')).toBe('4.0');
    const back = parseVcards(vcf);
    expect(back[0]).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      organisation: 'Ausländerbehörde, Landkreis',
      phone: '0391 1',
      mobile: '0171 5550123',
      address: 'Markt 1, 29410 Salzwedel',
      notes: 'a;b\nc',
    });
    expect(back[1]).toMatchObject({ organisation: 'VHS Harz' });
  });
});
