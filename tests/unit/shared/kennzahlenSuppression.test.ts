// Small-cell suppression as a property: whatever the counts, no published cell is from 1 to 4, and no
// withheld cell can be worked out from its breakdown's published total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishQuarter, type RawQuarter } from '../../../shared/kennzahlen/build';
import { kennzahlenCsv } from '../../../shared/kennzahlen/csv';
import {
  DIMENSION_KEYS,
  DIMENSIONS,
  KENNZAHLEN_FORMAT,
  type Cell,
  type KennzahlenFile,
} from '../../../shared/kennzahlen/format';
import { protectBreakdown } from '../../../shared/kennzahlen/suppress';

/** Counts as they occur: many zeros and small ones, some large. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }));

/**
 * The values a reader can give each withheld cell, knowing the published cells, the total and the rule:
 * "<5" is 1–4; "x" is at least 5 and at most the smallest count still published (the smallest are
 * withheld first); a breakdown withheld as a whole ("x" everywhere) says nothing but its total. Found
 * by trying every value: a value fits when the other withheld cells can make up the rest.
 */
function possibleValues(cells: readonly Cell[], total: number): number[][] {
  const published = cells.filter((c): c is number => typeof c === 'number');
  const rest = total - published.reduce((s, n) => s + n, 0);
  const whole = cells.every((c) => c === 'x');
  const cap = Math.min(rest, ...published.filter((n) => n > 0));
  const range = (c: Cell): number[] => {
    const [lo, hi] = c === '<5' ? [1, 4] : whole ? [0, rest] : [5, Math.max(5, cap)];
    return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);
  };
  const hidden = cells.filter((c) => typeof c !== 'number').map(range);
  return hidden.map((own, i) => {
    // The sums the other withheld cells can make, by adding their ranges one at a time.
    let sums = new Set([0]);
    hidden.forEach((r, j) => {
      if (j === i) return;
      const next = new Set<number>();
      for (const s of sums) for (const v of r) if (s + v <= rest) next.add(s + v);
      sums = next;
    });
    return own.filter((v) => sums.has(rest - v));
  });
}

describe('small-cell suppression', () => {
  it('publishes no count from 1 to 4 and lets no withheld cell be worked out from the total', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 2, maxLength: 8 }), (counts) => {
        const total = counts.reduce((s, n) => s + n, 0);
        const cells = protectBreakdown(counts, total === 0 || total >= 5);
        expect(cells).toHaveLength(counts.length);
        cells.forEach((c, i) => {
          if (typeof c === 'number') {
            expect(c).toBe(counts[i]);
            expect(c === 0 || c >= 5).toBe(true);
          } else if (c === '<5') expect(counts[i]).toBeGreaterThanOrEqual(1);
        });
        if (total < 5) return; // the total is itself "<5": nothing to subtract from
        for (const values of possibleValues(cells, total)) expect(values.length).toBeGreaterThan(1);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('withholds only what is needed: a breakdown without small cells is published as it is', () => {
    expect(protectBreakdown([8, 0, 12, 5], true)).toEqual([8, 0, 12, 5]);
    expect(protectBreakdown([8, 4], true)).toEqual(['x', '<5']);
    expect(protectBreakdown([9, 2, 1], true)).toEqual([9, '<5', '<5']);
    // 4 + 4 of 8: both would be 4; no other cell to withhold, so the breakdown goes as a whole.
    expect(protectBreakdown([4, 4, 0], true)).toEqual(['x', 'x', 'x']);
    expect(protectBreakdown([3, 1], false)).toEqual(['<5', '<5']);
  });

  it('a whole quarter, CSV included, has no cell from 1 to 4 and no hours between 0 and 5', () => {
    const raw = fc.record({
      inquiries: count,
      activities: count,
      volunteersActive: count,
      hours: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 60, noNaN: true })),
      counts: fc.array(count, { minLength: 7 * 3, maxLength: 7 * 3 }),
    });
    fc.assert(
      fc.property(raw, (r) => {
        const quarter: RawQuarter = {
          quarter: 1,
          from: '2026-01-01',
          to: '2026-03-31',
          complete: true,
          inquiries: r.inquiries,
          activities: r.activities,
          volunteersActive: r.volunteersActive,
          hours: r.hours,
          breakdowns: Object.fromEntries(
            DIMENSION_KEYS.map((d, k) => [
              d,
              r.counts.slice(k * 3, k * 3 + 3).map((n, i) => ({ id: `${d}-${i}`, label: `L${i}`, count: n })),
            ]),
          ) as RawQuarter['breakdowns'],
        };
        const published = publishQuarter(quarter);
        const file: KennzahlenFile = {
          format: KENNZAHLEN_FORMAT,
          version: 1,
          createdAt: '2026-12-01T10:00:00.000Z',
          office: { name: 'A', district: 'B', population: null },
          year: 2026,
          quarters: [published],
        };
        const numbers: number[] = [];
        JSON.stringify(file, (_k, v: unknown) => (typeof v === 'number' && numbers.push(v), v));
        for (const n of numbers.filter((n) => n !== 2026 && n !== 1))
          expect(n === 0 || n >= 5, `cell ${n}`).toBe(true);
        for (const d of DIMENSION_KEYS) expect(published.breakdowns[d].list).toBe(DIMENSIONS[d]);
        // The CSV's value column: no figure from 1 to 4 there either ("12,5" is 12.5).
        const values = kennzahlenCsv(file)
          .trim()
          .split('\r\n')
          .slice(1)
          .map((line) => line.split(';').at(-1)!);
        for (const v of values)
          if (v !== '<5' && v !== 'x')
            expect(Number(v.replace(',', '.')) === 0 || Number(v.replace(',', '.')) >= 5).toBe(true);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
