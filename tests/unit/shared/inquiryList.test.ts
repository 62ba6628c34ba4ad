// The list's sorting and free-text filter at speed (ranks packed into a typed array, positions
// looked up per match) must give exactly the results of the plain definitions: German collation for
// text, ties newest first, then the given order; matches in list order.
import { describe, expect, it } from 'vitest';
import { compareNewestFirst, type Inquiry } from '../../../shared/domain/inquiry';
import { INQUIRY_STATUSES } from '../../../shared/domain/categories';
import {
  EMPTY_FILTER,
  filterInquiries,
  prepareTextFilterInSteps,
  sortInquiries,
  type InquirySort,
} from '../../../shared/domain/inquiryFilter';
import { InquiryColumns, columnsOf } from '../../../shared/domain/inquiryColumns';
import { germanSortKey } from '../../../shared/search/normalize';

const SUBJECTS = [
  'Ärger',
  'arger',
  'Apfel',
  'Straße',
  'Strasse',
  'strasse',
  'Zoo',
  'Öl',
  'Oma',
  'ß',
  'ss',
  '',
];
const STATUSES = INQUIRY_STATUSES;
const LABELS: Record<string, string> = {
  'stelle-01': 'Jobcenter',
  'stelle-02': 'Ämter',
  'stelle-03': 'Ausländerbehörde',
};

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function inquiries(count: number, seed: number): Inquiry[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    id: `i${String(i).padStart(3, '0')}`,
    // Few distinct times and creation times: many ties on every level.
    receivedAt: `2026-0${1 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 3)}T09:00:00.000Z`,
    createdAt: `2026-0${1 + Math.floor(next() * 2)}-01T00:00:00.000Z`,
    changedAt: '',
    channel: 'kanal-01',
    requesterType: pick(Object.keys(LABELS)),
    topics: ['thema-01'],
    subject: pick(SUBJECTS),
    notes: '',
    status: pick(STATUSES),
  }));
}

const STATUS_ORDER: Record<string, number> = { offen: 0, 'in-bearbeitung': 1, wartet: 2, erledigt: 3 };
const label = (_kind: 'requesterType', id: string) => LABELS[id] ?? id;

/** The definition, one comparison per pair (what the list did before it was made fast). */
function reference(list: readonly Inquiry[], sort: InquirySort): Inquiry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  if (sort.key === 'receivedAt') {
    return [...list].sort((a, b) =>
      a.receivedAt === b.receivedAt ? compareNewestFirst(a, b) : a.receivedAt < b.receivedAt ? -sign : sign,
    );
  }
  const key = (i: Inquiry): string | number =>
    sort.key === 'status'
      ? (STATUS_ORDER[i.status] ?? 9)
      : germanSortKey(sort.key === 'subject' ? i.subject : label('requesterType', i.requesterType));
  return [...list].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = ka === kb ? 0 : ka < kb ? -1 : 1;
    if (c !== 0) return c * sign;
    return a.receivedAt === b.receivedAt ? 0 : a.receivedAt < b.receivedAt ? 1 : -1;
  });
}

const SORTS: InquirySort[] = (['receivedAt', 'subject', 'requesterType', 'status'] as const).flatMap((key) =>
  (['asc', 'desc'] as const).map((direction) => ({ key, direction })),
);
const ids = (list: readonly Inquiry[]) => list.map((i) => i.id);

describe('sorting the inquiry list', () => {
  it.each(SORTS)('by $key $direction gives the order of the definition, sorted input or not', (sort) => {
    for (const seed of [1, 2, 3]) {
      const shuffled = inquiries(300, seed);
      const newestFirst = [...shuffled].sort(compareNewestFirst);
      for (const list of [shuffled, newestFirst]) {
        expect(ids(sortInquiries(list, sort, label))).toEqual(ids(reference(list, sort)));
      }
    }
  });

  it('puts Ä with A and ß with ss (German collation), ties newest first', () => {
    const list = [
      { subject: 'Zoo', receivedAt: '2026-01-02T00:00:00.000Z' },
      { subject: 'Ärger', receivedAt: '2026-01-01T00:00:00.000Z' },
      { subject: 'Straße', receivedAt: '2026-01-01T00:00:00.000Z' },
      { subject: 'Apfel', receivedAt: '2026-01-03T00:00:00.000Z' },
      { subject: 'Strasse', receivedAt: '2026-01-03T00:00:00.000Z' },
      { subject: 'Stube', receivedAt: '2026-01-03T00:00:00.000Z' },
    ].map((fields, i) => ({ ...inquiries(1, i)[0]!, id: fields.subject, ...fields }));
    expect(ids(sortInquiries(list, { key: 'subject', direction: 'asc' }, label))).toEqual([
      'Apfel',
      'Ärger',
      'Strasse', // same key as "Straße", received later: first
      'Straße',
      'Stube',
      'Zoo',
    ]);
    expect(ids(sortInquiries(list, { key: 'subject', direction: 'desc' }, label))).toEqual([
      'Zoo',
      'Stube',
      'Strasse', // ties stay newest first in both directions
      'Straße',
      'Ärger',
      'Apfel',
    ]);
  });

  it('sorts empty and one-element lists', () => {
    for (const sort of SORTS) {
      expect(sortInquiries([], sort, label)).toEqual([]);
      const one = inquiries(1, 9);
      expect(sortInquiries(one, sort, label)).toEqual(one);
    }
  });

  it('returns a copy and leaves the given list as it was', () => {
    const list = [...inquiries(50, 4)].sort(compareNewestFirst);
    const before = ids(list);
    const sorted = sortInquiries(list, { key: 'receivedAt', direction: 'desc' }, label);
    expect(sorted).not.toBe(list);
    sortInquiries(list, { key: 'subject', direction: 'asc' }, label);
    expect(ids(list)).toEqual(before);
  });
});

describe('the free-text filter of the list', () => {
  const list = [...inquiries(200, 5)].sort(compareNewestFirst);
  const plain = (l: readonly Inquiry[], matches: readonly string[]) =>
    l.filter((i) => matches.includes(i.id));

  it('keeps list order whatever order the search found the ids in, and ignores unknown ids', () => {
    const matches = ['i150', 'i007', 'kein-eintrag', 'i099', 'i000'];
    expect(ids(filterInquiries(list, EMPTY_FILTER, matches))).toEqual(ids(plain(list, matches)));
    expect(filterInquiries(list, EMPTY_FILTER, [])).toEqual([]);
  });

  it('combines with the other filters', () => {
    const matches = list.filter((_, i) => i % 3 === 0).map((i) => i.id);
    const filter = { ...EMPTY_FILTER, statuses: ['offen', 'wartet'] };
    expect(ids(filterInquiries(list, filter, matches))).toEqual(
      ids(plain(list, matches).filter((i) => filter.statuses.includes(i.status))),
    );
  });

  it('gives the same result when the positions were prepared in steps beforehand', () => {
    const big = [...inquiries(25_000, 9)].sort(compareNewestFirst);
    const matches = big.filter((_, i) => i % 7 === 0).map((i) => i.id);
    const steps = prepareTextFilterInSteps(big);
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThan(1);
    expect(ids(filterInquiries(big, EMPTY_FILTER, matches))).toEqual(ids(plain(big, matches)));
  });

  it('finds the right records after the same array was changed (positions are taken anew)', () => {
    const changing = [...list];
    const matches = ['i010', 'i020', 'i030'];
    expect(ids(filterInquiries(changing, EMPTY_FILTER, matches))).toEqual(ids(plain(changing, matches)));
    changing.reverse();
    changing.splice(5, 1);
    expect(ids(filterInquiries(changing, EMPTY_FILTER, matches))).toEqual(ids(plain(changing, matches)));
  });
});

describe('filtering, then sorting, as the list screen does', () => {
  const list = [...inquiries(400, 7)].sort(compareNewestFirst);
  const plainFilter = (l: readonly Inquiry[], statuses: string[], types: string[]) =>
    l.filter(
      (i) =>
        (!statuses.length || statuses.includes(i.status)) &&
        (!types.length || types.includes(i.requesterType)),
    );

  it.each(SORTS)('by $key $direction gives the order of the definitions', (sort) => {
    for (const [statuses, types] of [
      [[], []],
      [['offen', 'wartet'], []],
      [[], ['stelle-02']],
      [['erledigt'], ['stelle-01', 'stelle-03']],
    ] as const) {
      const filtered = filterInquiries(list, {
        ...EMPTY_FILTER,
        statuses: [...statuses],
        requesterTypes: [...types],
      });
      expect(ids(filtered)).toEqual(ids(plainFilter(list, [...statuses], [...types])));
      expect(ids(sortInquiries(filtered, sort, label))).toEqual(ids(reference(filtered, sort)));
    }
  });

  it('a record changed after a sort is sorted by its new subject in the next list', () => {
    const first = sortInquiries(list, { key: 'subject', direction: 'desc' }, label);
    expect(first[0]!.subject).not.toBe('Zzzz');
    // The data changed: the store gives a new list with a new object for the changed record.
    const changed = list.map((i) => (i.id === 'i123' ? { ...i, subject: 'Zzzz' } : i));
    expect(sortInquiries(changed, { key: 'subject', direction: 'desc' }, label)[0]!.id).toBe('i123');
    const filtered = filterInquiries(changed, EMPTY_FILTER);
    expect(sortInquiries(filtered, { key: 'subject', direction: 'desc' }, label)[0]!.id).toBe('i123');
  });

  it("after a series of saves, each list's columns taken over from the one before, filters and sorts as the definitions do", () => {
    const next = random(99);
    let current = list;
    for (let step = 0; step < 40; step++) {
      const copy = [...current];
      const at = Math.floor(next() * copy.length);
      if (step % 3 === 0) copy.splice(at, 1);
      else if (step % 3 === 1)
        copy.push({
          ...copy[at]!,
          id: `neu${step}`,
          subject: SUBJECTS[step % SUBJECTS.length]!,
          urgent: true,
        });
      else
        copy[at] = {
          ...copy[at]!,
          status: STATUSES[step % STATUSES.length]!,
          topics: ['thema-02', `thema-${step}`],
          requesterType: 'stelle-02',
        };
      // As the store does: a new array, sorted, the unchanged records the same objects.
      // Now and then a list out of order (an old record put first, unsorted): its columns must say so.
      if (step % 7 === 6)
        copy.unshift({ ...copy[at]!, id: `alt${step}`, receivedAt: '2020-01-01T08:00:00.000Z' });
      current = step % 7 === 6 ? copy : copy.sort(compareNewestFirst);
      const filtered = filterInquiries(current, { ...EMPTY_FILTER, statuses: ['offen', 'erledigt'] });
      expect(ids(filtered)).toEqual(ids(plainFilter(current, ['offen', 'erledigt'], [])));
      for (const sort of SORTS)
        expect(ids(sortInquiries(filtered, sort, label))).toEqual(ids(reference(filtered, sort)));
      // Every column reads as a fresh build of the same list reads.
      const patched = columnsOf(current);
      const fresh = new InquiryColumns([...current]);
      const read = (c: InquiryColumns) => ({
        fields: (['requesterType', 'status', 'subject'] as const).map((f) =>
          Array.from(c.codes(f).codes, (code) => c.codes(f).values[code]),
        ),
        topics: current.map((_, i) =>
          Array.from(
            c.topics.codes.subarray(c.topics.starts[i], c.topics.starts[i + 1]),
            (t) => c.topics.values[t],
          ),
        ),
        urgent: [...c.urgent],
        order: [c.newestFirst, c.receivedDescending],
      });
      expect(read(patched)).toEqual(read(fresh));
    }
  });

  it('a new label for who asked re-sorts the same list', () => {
    const sort: InquirySort = { key: 'requesterType', direction: 'asc' };
    const byLabel = (labels: Record<string, string>) => (_kind: 'requesterType', id: string) =>
      labels[id] ?? id;
    const first = sortInquiries(
      list,
      sort,
      byLabel({ 'stelle-01': 'A', 'stelle-02': 'B', 'stelle-03': 'C' }),
    );
    expect(first[0]!.requesterType).toBe('stelle-01');
    const renamed = sortInquiries(
      list,
      sort,
      byLabel({ 'stelle-01': 'Z', 'stelle-02': 'B', 'stelle-03': 'C' }),
    );
    expect(renamed[0]!.requesterType).toBe('stelle-02');
  });
});
