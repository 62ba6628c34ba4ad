// The dashboard scans integer columns for speed; this checks it against the obvious per-record
// computation on random data and random filters, so the fast path can never drift from the meaning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../../shared/domain/inquiry';
import { EMPTY_FILTER, type InquiryFilter } from '../../../shared/domain/inquiryFilter';
import { bucketOf, localParts, previousYearBucket, type Grouping } from '../../../shared/stats/buckets';
import { computeDashboard, NOT_SET, SHARE_KEYS } from '../../../shared/stats/dashboard';

const pick = (prefix: string, n: number) =>
  fc.constantFrom(...Array.from({ length: n }, (_, i) => `${prefix}-${i}`));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const inquiryArb = fc.record({
  // 2024-01-01 .. 2026-12-31 in ms, including late evening hours around the year change
  receivedMs: fc.integer({ min: Date.UTC(2023, 11, 31, 20), max: Date.UTC(2026, 11, 31, 23) }),
  closeAfterH: maybe(fc.integer({ min: -5, max: 2000 })),
  requesterType: pick('stelle', 4),
  topics: fc.uniqueArray(pick('thema', 5), { minLength: 0, maxLength: 3 }),
  channel: pick('kanal', 3),
  targetGroup: maybe(pick('ziel', 3)),
  municipality: maybe(pick('gem', 4)),
  result: maybe(pick('erg', 3)),
  handledBy: maybe(pick('team', 3)),
  minutes: maybe(fc.integer({ min: 0, max: 300 })),
  status: fc.constantFrom('offen' as const, 'erledigt' as const),
  urgent: fc.boolean(),
});

type Row = typeof inquiryArb extends fc.Arbitrary<infer T> ? T : never;

function toInquiries(rows: Row[]): Inquiry[] {
  return rows.map((r, i) => {
    const receivedAt = new Date(r.receivedMs).toISOString();
    const { receivedMs, closeAfterH, ...fields } = r;
    return {
      ...fields,
      id: `i${i}`,
      subject: 's',
      notes: '',
      receivedAt,
      closedAt:
        closeAfterH === undefined ? undefined : new Date(receivedMs + closeAfterH * 3_600_000).toISOString(),
      createdAt: receivedAt,
      changedAt: receivedAt,
    };
  });
}

function reference(
  inquiries: Inquiry[],
  from: string,
  to: string,
  grouping: Grouping,
  filter: InquiryFilter,
) {
  const day = (inq: Inquiry) => {
    const p = localParts(inq.receivedAt);
    return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  };
  const has = (list: string[] | undefined, v: string | undefined) => !list?.length || list.includes(v ?? '');
  const matches = (inq: Inquiry) =>
    (!filter.urgentOnly || !!inq.urgent) &&
    has(filter.requesterTypes, inq.requesterType) &&
    (!filter.topics.length || inq.topics.some((t) => filter.topics.includes(t))) &&
    has(filter.statuses, inq.status) &&
    has(filter.municipalities, inq.municipality) &&
    has(filter.handledBy, inq.handledBy) &&
    has(filter.channels, inq.channel) &&
    has(filter.targetGroups, inq.targetGroup) &&
    has(filter.results, inq.result);
  const prevFrom = `${Number(from.slice(0, 4)) - 1}${from.slice(4)}`;
  const prevTo = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  const current = inquiries.filter((inq) => matches(inq) && day(inq) >= from && day(inq) <= to);
  const previous = inquiries.filter((inq) => matches(inq) && day(inq) >= prevFrom && day(inq) <= prevTo);
  const keyOf = (inq: Inquiry) => bucketOf(localParts(inq.receivedAt), grouping);
  const topicShares: Record<string, number> = {};
  for (const inq of current)
    for (const t of inq.topics.length ? inq.topics : [NOT_SET]) topicShares[t] = (topicShares[t] ?? 0) + 1;
  const municipalityShares: Record<string, number> = {};
  for (const inq of current) {
    const m = inq.municipality || NOT_SET; // "ohne Angabe" is a share of its own
    municipalityShares[m] = (municipalityShares[m] ?? 0) + 1;
  }
  return {
    total: current.length,
    previous: previous.length,
    perBucket: (key: string) => current.filter((inq) => keyOf(inq) === key).length,
    prevPerBucket: (key: string) => previous.filter((inq) => keyOf(inq) === previousYearBucket(key)).length,
    minutes: current.reduce((sum, inq) => sum + (inq.minutes ?? 0), 0),
    topicShares,
    municipalityShares,
  };
}

const filterArb = fc.record({
  requesterTypes: fc.uniqueArray(pick('stelle', 4), { maxLength: 2 }),
  topics: fc.uniqueArray(pick('thema', 5), { maxLength: 2 }),
  statuses: fc.uniqueArray(fc.constantFrom('offen' as const, 'erledigt' as const), { maxLength: 1 }),
  municipalities: fc.uniqueArray(pick('gem', 4), { maxLength: 2 }),
  handledBy: fc.uniqueArray(pick('team', 3), { maxLength: 1 }),
  channels: fc.uniqueArray(pick('kanal', 3), { maxLength: 1 }),
  results: fc.uniqueArray(pick('erg', 3), { maxLength: 1 }),
  urgentOnly: fc.boolean(),
});

describe('dashboard against a per-record reference', () => {
  it('counts, shares, buckets and previous-year figures agree for random data and filters', () => {
    fc.assert(
      fc.property(
        fc.array(inquiryArb, { maxLength: 120 }),
        filterArb,
        fc.constantFrom<Grouping>('week', 'month', 'quarter', 'year'),
        fc.constantFrom(
          ['2025-01-01', '2025-12-31'],
          ['2026-01-01', '2026-12-31'],
          ['2025-03-15', '2026-02-28'],
          ['2024-12-30', '2025-01-05'],
        ),
        (rows, filterPart, grouping, [from, to]) => {
          const inquiries = toInquiries(rows);
          const filter = { ...EMPTY_FILTER, ...filterPart };
          const model = computeDashboard(inquiries, [], [], {
            from: from!,
            to: to!,
            grouping,
            stackBy: 'topics',
            filter,
          });
          const ref = reference(inquiries, from!, to!, grouping, filter);
          expect(model.totals.inquiries).toBe(ref.total);
          expect(model.totals.inquiriesPreviousYear).toBe(ref.previous);
          expect(model.totals.hours).toBeCloseTo(ref.minutes / 60, 9);
          for (const bucket of model.timeline) {
            expect(bucket.total).toBe(ref.perBucket(bucket.key));
            expect(bucket.previousYear).toBe(ref.prevPerBucket(bucket.key));
          }
          expect(Object.fromEntries(model.shares.topics.map((s) => [s.id, s.count]))).toEqual(
            ref.topicShares,
          );
          expect(Object.fromEntries(model.shares.municipality.map((s) => [s.id, s.count]))).toEqual(
            ref.municipalityShares,
          );
          // Every chart adds up to the key figure: single-valued shares, the stacks and the hours.
          for (const key of SHARE_KEYS)
            if (key !== 'topics')
              expect(model.shares[key].reduce((sum, s) => sum + s.count, 0)).toBe(ref.total);
          for (const bucket of model.timeline) {
            const stacked = Object.values(bucket.byCategory).reduce((sum, n) => sum + n, 0);
            if (bucket.total) expect(stacked).toBeGreaterThanOrEqual(bucket.total); // topics: several each
          }
          const memberMinutes = model.workload.reduce(
            (sum, w) => sum + Object.values(w.hoursByMember).reduce((a, h) => a + h, 0),
            0,
          );
          expect(memberMinutes).toBeCloseTo(ref.minutes / 60, 9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
