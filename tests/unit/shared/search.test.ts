import { describe, expect, it } from 'vitest';
import { normalizeTerm, searchableText, tokenize } from '../../../shared/search/normalize';
import { RecordSearch, queryWords, type SearchDoc } from '../../../shared/search/recordSearch';
import { SearchIndex } from '../../../shared/search/searchIndex';

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
    expect(s.matchingIds('schule', 'inquiry')).toEqual([]);
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

describe('the index after changes', () => {
  const words = ['Sprachkurs', 'Wohnung', 'Jobcenter', 'Kita', 'Müller', 'Straße', 'Familie', 'Beratung'];
  const doc = (n: number, variant = 0): SearchDoc => ({
    id: `r${n}`,
    kind: n % 5 === 0 ? 'followup' : 'inquiry',
    title: `${words[(n + variant) % words.length]} ${n}`,
    text: `${words[(n * 3 + variant) % words.length]} und ${words[(n * 7 + variant) % words.length]}`,
    // Few distinct dates: many records share one.
    order: `2026-0${1 + ((n * 5 + variant) % 9)}-01`,
  });
  const queries = ['sprachkurs', 'mueller', 'strasse fam', 'kita jobcenter', 'b', 'wohnung 12', 'r'];
  const results = (s: RecordSearch) =>
    queries.map((q) => [s.search(q, 1000), [...s.matchingIds(q, 'inquiry')].sort()]);

  it('a record changed, moved in time, added or removed after the build is found as a fresh build finds it', () => {
    const patched = new RecordSearch();
    patched.addAll(Array.from({ length: 2000 }, (_, n) => doc(n)));
    patched.prepare();
    const current = new Map(Array.from({ length: 2000 }, (_, n) => [n, doc(n)]));
    for (let step = 0; step < 300; step++) {
      const n = (step * 37) % 2300;
      if (step % 4 === 3) {
        patched.remove(n % 5 === 0 ? 'followup' : 'inquiry', `r${n}`);
        current.delete(n);
      } else {
        patched.upsert(doc(n, step));
        current.set(n, doc(n, step));
      }
      // Searching in between places each change into its block at once.
      if (step % 10 === 0) patched.search('kita');
    }
    const fresh = new RecordSearch();
    fresh.addAll([...current.values()].reverse());
    expect(patched.size).toBe(current.size);
    expect(results(patched)).toEqual(results(fresh));
  });

  it('a changed record is found by its new words only', () => {
    const s = new RecordSearch();
    s.addAll(Array.from({ length: 1000 }, (_, n) => doc(n)));
    s.prepare();
    s.upsert({ id: 'r501', kind: 'inquiry', title: 'Einbürgerung', text: 'Termin', order: '2026-12-24' });
    expect(s.search('einbuergerung termin')).toEqual([
      { id: 'r501', kind: 'inquiry', title: 'Einbürgerung' },
    ]);
    expect(s.search('strasse 501')).toEqual([]); // its old title was "Straße 501"
    expect(s.search('2026', 1)).toEqual([]); // dates are for order, not text
    expect(s.search('einbürgerung', 1)[0]?.id).toBe('r501');
  });

  it('records with the same date come in one order, however the index was built', () => {
    const same = (id: string): SearchDoc => ({
      id,
      kind: 'inquiry',
      title: 'Kita',
      text: '',
      order: '2026-01-01',
    });
    const a = new RecordSearch();
    a.addAll([same('x'), same('y'), same('z')]);
    const b = new RecordSearch();
    b.addAll([same('z'), same('x'), same('y')]);
    expect(a.search('kita').map((h) => h.id)).toEqual(b.search('kita').map((h) => h.id));
  });
});

describe('matching against a plain reading of the rule', () => {
  // Every query word must begin some word of the record. Rare and common words, short prefixes and
  // whole words, across many blocks: the scan (rarest word first, then narrowing) finds exactly
  // the records a word-by-word check finds.
  const vocabulary = [
    'Sprachkurs',
    'Wohnungssuche',
    'Familie',
    'Familiennachzug',
    'Jobcenter',
    'Kita',
    'Müller',
    'Straße',
    'Beratung',
    'Ausländerbehörde',
    'Fahrdienst',
    'Ferienfreizeit',
    'Wohngeld',
    'Arbeit',
  ];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
  const docs: SearchDoc[] = Array.from({ length: 3000 }, (_, n) => ({
    id: `r${n}`,
    kind: n % 4 === 0 ? 'followup' : 'inquiry',
    // "Wohnungssuche" is rare: in about one record of forty.
    title: `${pick()} ${n}`,
    text: Array.from({ length: 1 + Math.floor(random() * 6) }, pick)
      .filter((w) => w !== 'Wohnungssuche' || random() < 0.2)
      .join(' '),
    order: `2026-${String(1 + (n % 12)).padStart(2, '0')}-01`,
  }));
  const index = new RecordSearch();
  index.addAll(docs);
  const expected = (query: string) => {
    const want = queryWords(query).map((w) => w.trim());
    return docs
      .filter((d) => d.kind === 'inquiry')
      .filter((d) => {
        const words = searchableText(`${d.title} ${d.text}`).split(/[^\p{L}\p{N}]+/u);
        return want.every((q) => words.some((w) => w.startsWith(q)));
      })
      .map((d) => d.id)
      .sort();
  };
  /** The list's matches, each once, in order for comparing. */
  const matched = (found: string[]) => {
    expect(new Set(found).size).toBe(found.length);
    return [...found].sort();
  };

  const queries = [
    'f',
    'wohnungssuche f',
    'wohnungssuche familie',
    'familie wohnungssuche',
    'fa fam famil',
    'kita 12',
    'ausländerbehörde arbeit fahrdienst',
    'wohn wohng',
    'strasse muel',
    'x',
    '1',
  ];
  it.each(queries)('"%s"', (query) => {
    expect(matched(index.matchingIds(query, 'inquiry'))).toEqual(expected(query));
  });

  // The app's index keeps each kind apart: its groups must be what one index of all kinds finds.
  const byKind = new SearchIndex();
  for (const doc of docs) byKind.upsert(doc);
  const steps = byKind.prepareInSteps();
  while (!steps.next().done);
  it.each(queries)('"%s", in the index kept by kind', (query) => {
    const groups = byKind.searchByKind(query, { inquiry: 12, followup: 6, person: 6, activity: 0 });
    expect(groups.get('inquiry')).toEqual(index.search(query, 12, 'inquiry'));
    expect(groups.get('followup')).toEqual(index.search(query, 6, 'followup'));
    expect(groups.get('person')).toEqual([]);
    expect(groups.get('activity')).toEqual([]);
    expect(groups.has('organisation')).toBe(false);
    expect(matched(byKind.matchingIds(query, 'inquiry'))).toEqual(expected(query));
  });
});

describe('a first build in steps', () => {
  const doc = (n: number, variant = 0): SearchDoc => ({
    id: `r${n}`,
    kind: n % 4 === 0 ? 'followup' : 'inquiry',
    title: `${['Sprachkurs', 'Wohnung', 'Kita', 'Müller'][(n + variant) % 4]} ${n}`,
    text: `Notiz ${n % 97} ${variant ? 'geändert' : ''}`,
    order: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
  });
  const queries = ['sprachkurs', 'mueller 4', 'kita notiz 1', 'geaendert', 'w'];
  const results = (s: RecordSearch) =>
    queries.map((q) => [s.search(q, 5000), [...s.matchingIds(q, 'inquiry')].sort()]);

  it("the list's matches found in steps are those found at once, also when the index changes between steps", () => {
    const s = new RecordSearch();
    s.addAll(Array.from({ length: 25_000 }, (_, n) => doc(n)));
    s.prepare();
    const finish = (steps: Generator<void, string[], void>) => {
      let count = 0;
      for (let step = steps.next(); ; step = steps.next(), count++)
        if (step.done) return { ids: step.value, count };
    };
    for (const q of queries)
      expect(finish(s.matchingIdsInSteps(q, 'inquiry')).ids).toEqual(s.matchingIds(q, 'inquiry'));
    expect(finish(s.matchingIdsInSteps('notiz', 'inquiry')).count).toBeGreaterThan(2);

    // A palette search between two steps patches the blocks in place.
    const steps = s.matchingIdsInSteps('geaendert', 'inquiry');
    steps.next();
    for (let n = 0; n < 3000; n += 3) s.upsert(doc(n, 1));
    expect(s.search('kita', 1)).toHaveLength(1);
    const { ids } = finish(steps);
    expect(ids.length).toBeGreaterThan(500);
    expect(ids).toEqual(s.matchingIds('geaendert', 'inquiry'));
  });

  it('finds what a build in one go finds, changes made between its steps included', () => {
    const count = 25_000; // more than one sort run and many join steps
    const stepped = new RecordSearch();
    stepped.addAll(Array.from({ length: count }, (_, n) => doc(n)));
    const current = new Map(Array.from({ length: count }, (_, n) => [n, doc(n)]));
    const steps = stepped.prepareInSteps();
    let step = 0;
    while (!steps.next().done) {
      // Before the last step the index answers nothing (the UI waits for it).
      expect(stepped.search('sprachkurs')).toEqual([]);
      const n = (step * 7919) % (count + 50);
      if (step % 3 === 2) {
        stepped.remove(n % 4 === 0 ? 'followup' : 'inquiry', `r${n}`);
        current.delete(n);
      } else {
        stepped.upsert(doc(n, 1));
        current.set(n, doc(n, 1));
      }
      step++;
    }
    expect(step).toBeGreaterThanOrEqual(7); // three sort runs, the merge, three of joining
    const once = new RecordSearch();
    once.addAll([...current.values()]);
    once.prepare();
    expect(stepped.size).toBe(current.size);
    expect(results(stepped)).toEqual(results(once));
    expect(stepped.search('geaendert', 5000).length).toBeGreaterThan(0);
  });
});
