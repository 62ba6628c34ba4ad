// The import reads every row: a bad row is reported with its line, field and reason instead of
// blocking the whole file, so the preview can show the good rows and the user may skip the bad ones.
import { describe, expect, it } from 'vitest';
import { ImportError, guessMapping, parseCsv, readContacts } from '../../../shared/codecs/contactsCsv';
import { parseVcards, readVcards } from '../../../shared/codecs/vcard';

const CSV = [
  'Vorname;Nachname;Firma;E-Mail-Adresse',
  'Anna;Berg;;anna@example.org',
  ';;;',
  'Karl;Klein;;kein-mail-adresse',
  ';;;nur@mail.example',
  'Jana;Wolf;Jobcenter Salzwedel;j.wolf@jobcenter.example',
].join('\r\n');

describe('readContacts', () => {
  const table = parseCsv(CSV);
  const { contacts, problems } = readContacts(table, guessMapping(table.headers));

  it('keeps the good rows with the line Excel shows', () => {
    expect(contacts.map((c) => [c.line, c.lastName])).toEqual([
      [2, 'Berg'],
      [6, 'Wolf'],
    ]);
  });

  it('reports each bad row with its line, the field at fault and the reason; empty rows are no problem', () => {
    expect(problems).toEqual([
      {
        line: 4,
        field: 'email',
        key: 'import.rowBadEmail',
        values: { line: 4, value: 'kein-mail-adresse' },
      },
      { line: 5, field: 'name', key: 'import.rowWithoutName', values: { line: 5 } },
    ]);
  });

  it('quotes a long bad cell shortened, so a hostile cell does not flood the preview', () => {
    const long = parseCsv(`Name;E-Mail\r\nAnna Berg;${'a'.repeat(500)}\r\n`);
    const [problem] = readContacts(long, guessMapping(long.headers)).problems;
    expect(String(problem?.values.value)).toHaveLength(80);
  });

  it('still refuses a mapping without any name column', () => {
    const noName = parseCsv('Telefon;Ort\r\n123;Halle\r\n');
    expect(() => readContacts(noName, guessMapping(noName.headers))).toThrow(ImportError);
  });
});

describe('readVcards', () => {
  const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
  const VCF = [
    card(['N:Özdemir;Hatice;;;', 'FN:Hatice Özdemir', 'EMAIL:h.oezdemir@caritas.example']),
    card(['FN:', 'EMAIL:niemand@example.org']),
    card(['N:Weiß;Jürgen;;;', 'FN:Jürgen Weiß', 'EMAIL:juergen.weiss@caritas@de']),
    card(['ORG:Diakonie Lörrach']),
  ].join('\r\n');

  it('keeps the good cards and reports each bad one by its number, field and reason', () => {
    const { contacts, problems } = readVcards(VCF);
    expect(contacts.map((c) => [c.line, c.lastName || c.organisation])).toEqual([
      [1, 'Özdemir'],
      [4, 'Diakonie Lörrach'],
    ]);
    expect(problems).toEqual([
      { line: 2, field: 'name', key: 'import.cardWithoutName', values: { line: 2 } },
      {
        line: 3,
        field: 'email',
        key: 'import.cardBadEmail',
        values: { line: 3, value: 'juergen.weiss@caritas@de' },
      },
    ]);
  });

  it('parseVcards, for callers that take all or nothing, still refuses a card without a name', () => {
    expect(() => parseVcards(VCF)).toThrow(ImportError);
  });
});
