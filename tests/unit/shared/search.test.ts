import { describe, expect, it } from 'vitest';
import { normalizeTerm, searchableText, tokenize } from '../../../shared/search/normalize';
import { RecordSearch } from '../../../shared/search/recordSearch';

describe('search normalisation', () => {
  it.each([
    ['Müller', 'mueller'],
    ['MÜLLER', 'mueller'],
    ['Straße', 'strasse'],
    ['Ölmühle', 'oelmuehle'],
    ['Café', 'cafe'],
    ['Çelik', 'celik'],
  ])('%s → %s', (input, output) => {
    expect(normalizeTerm(input)).toBe(output);
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize('Sprachkurs B1/B2, ab 01.03. – Jobcenter-Termin')).toEqual([
      'Sprachkurs',
      'B1',
      'B2',
      'ab',
      '01',
      '03',
      'Jobcenter',
      'Termin',
    ]);
  });
});

describe('record search', () => {
  const search = new RecordSearch();
  search.addAll([
    {
      id: 'i1',
      kind: 'inquiry',
      title: 'Wohnungssuche Familie',
      text: 'Rückruf bei Frau Müller, Vermieterin in Groß Quenstedt',
      order: '2026-03-01',
    },
    {
      id: 'i2',
      kind: 'inquiry',
      title: 'Sprachkurs B1',
      text: 'Verwiesen an die Volkshochschule',
      order: '2026-02-01',
    },
    { id: 'f1', kind: 'followup', title: 'Müller zurückrufen', text: '', order: '2026-04-01' },
  ]);

  it('finds by a word of the notes, case-insensitive and by prefix', () => {
    expect(search.search('vermiet').map((h) => h.id)).toEqual(['i1']);
    expect(search.search('VOLKSHOCH').map((h) => h.id)).toEqual(['i2']);
  });

  it('is umlaut-tolerant both ways (ä/ae, ß/ss)', () => {
    expect(
      search
        .search('mueller')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['f1', 'i1']);
    expect(
      search
        .search('müller')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['f1', 'i1']);
    expect(search.search('gross').map((h) => h.id)).toEqual(['i1']);
    expect(search.search('groß quen').map((h) => h.id)).toEqual(['i1']);
  });

  it('requires every word to match, and reports the kind', () => {
    expect(search.search('müller wohnung').map((h) => h.id)).toEqual(['i1']);
    expect(search.search('sprachkurs müller')).toEqual([]);
    expect(search.search('zurück')[0]).toMatchObject({
      id: 'f1',
      kind: 'followup',
      title: 'Müller zurückrufen',
    });
  });

  it('matches word beginnings only, newest first, and honours the limit', () => {
    expect(search.search('ieterin')).toEqual([]); // inside a word: no match
    expect(search.search('müller').map((h) => h.id)).toEqual(['f1', 'i1']);
    expect(search.search('müller', 1).map((h) => h.id)).toEqual(['f1']);
    expect(search.search('müller', 10, 'inquiry').map((h) => h.id)).toEqual(['i1']);
    expect(search.search('  ,; ')).toEqual([]);
  });

  it('updates and removes documents', () => {
    const s = new RecordSearch();
    s.upsert({ id: 'x', kind: 'inquiry', title: 'Alt', text: 'Kita', order: '1' });
    s.upsert({ id: 'x', kind: 'inquiry', title: 'Neu', text: 'Schule', order: '1' });
    expect(s.search('kita')).toEqual([]);
    expect(s.search('schule').map((h) => h.title)).toEqual(['Neu']);
    s.remove('inquiry', 'x');
    expect(s.size).toBe(0);
    expect(s.matchingIds('schule', 'inquiry').size).toBe(0);
  });
});

describe('umlauts typed as plain vowels', () => {
  const s = new RecordSearch();
  s.addAll([
    { id: 'k', kind: 'organisation', title: 'Gemeinde Klötze', text: 'Bürgerbüro', order: '1' },
    { id: 'm', kind: 'person', title: 'Anna Müller', text: 'Straße der Jugend', order: '2' },
  ]);

  it.each([
    ['Klötze', 'k'],
    ['Kloetze', 'k'],
    ['Klotze', 'k'],
    ['klotz', 'k'],
    ['Burgerburo', 'k'],
    ['Muller', 'm'],
    ['Mueller', 'm'],
    ['strasse', 'm'],
  ])('"%s" finds its record', (query, id) => {
    expect(s.search(query).map((h) => h.id)).toEqual([id]);
  });

  it('does not invent matches: "Klatze" finds nothing', () => {
    expect(s.search('Klatze')).toEqual([]);
  });

  it('the searchable text holds both spellings of an umlaut word', () => {
    expect(searchableText('Gemeinde Klötze')).toBe('gemeinde kloetze klotze');
    expect(searchableText('Sprachkurs B1')).toBe('sprachkurs b1');
  });
});
