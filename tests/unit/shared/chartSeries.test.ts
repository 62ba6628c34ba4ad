import { describe, expect, it } from 'vitest';
import { chartCounts, chartIds, OTHER, timelineStacks } from '../../../shared/stats/chartSeries';
import { NOT_SET, type TimelineBucket } from '../../../shared/stats/dashboard';

const counts = (...n: number[]) => n.map((count, i) => ({ id: `g${i}`, count }));
const total = (xs: ReadonlyArray<{ count: number }>) => xs.reduce((s, x) => s + x.count, 0);

describe('chart series', () => {
  it('shows everything when it fits, "ohne Angabe" last', () => {
    const data = [...counts(5, 3, 1), { id: NOT_SET, count: 6 }];
    expect(chartCounts(data, 4)).toEqual(data);
  });

  it('sums what does not fit into "Sonstige" instead of leaving it out', () => {
    const data = [...counts(9, 7, 5, 3, 2, 1), { id: NOT_SET, count: 4 }];
    const bars = chartCounts(data, 4);
    expect(bars.map((b) => [b.id, b.count])).toEqual([
      ['g0', 9],
      ['g1', 7],
      ['g2', 5],
      [OTHER, 6],
      [NOT_SET, 4],
    ]);
    expect(total(bars)).toBe(total(data));
  });

  it('names the stacks of the timeline the same way', () => {
    expect(chartIds(['a', 'b', NOT_SET, 'c'], 2)).toEqual({ shown: ['a', NOT_SET], rest: ['b', 'c'] });
    expect(chartIds(['a', 'b'], 2)).toEqual({ shown: ['a', 'b'], rest: [] });
  });
});

describe('the folded entry stays apart from a real "Sonstige"', () => {
  // Requester types as the default list has them: the last one is a real category "Sonstige".
  const shares = [
    { id: 'stelle-01', count: 9 },
    { id: 'stelle-02', count: 7 },
    { id: 'stelle-14', count: 6 }, // "Sonstige", a list entry
    { id: 'stelle-03', count: 2 },
    { id: 'stelle-04', count: 1 },
    { id: NOT_SET, count: 3 },
  ];

  it('says how many categories it sums ("Weitere (2)") and keeps the total', () => {
    const bars = chartCounts(shares, 4);
    expect(bars).toEqual([
      { id: 'stelle-01', count: 9 },
      { id: 'stelle-02', count: 7 },
      { id: 'stelle-14', count: 6 },
      { id: OTHER, count: 3, folded: 2 },
      { id: NOT_SET, count: 3 },
    ]);
    expect(total(bars)).toBe(total(shares));
  });

  it('folds the timeline the same way: per bucket, every stack adds up to the bucket total', () => {
    const timeline: TimelineBucket[] = [
      {
        key: '2026-01',
        total: 15,
        previousYear: 4,
        byCategory: { 'stelle-01': 5, 'stelle-14': 6, 'stelle-03': 2, 'stelle-04': 1, [NOT_SET]: 1 },
      },
      {
        key: '2026-02',
        total: 13,
        previousYear: 0,
        byCategory: { 'stelle-01': 4, 'stelle-02': 7, [NOT_SET]: 2 },
      },
    ];
    const stacks = timelineStacks(
      timeline,
      shares.map((s) => s.id),
      4,
    );
    expect(stacks.stacks).toEqual(['stelle-01', 'stelle-02', 'stelle-14', OTHER, NOT_SET]);
    expect(stacks.folded).toBe(2);
    expect(stacks.rows[0]!.counts).toEqual({
      'stelle-01': 5,
      'stelle-02': 0,
      'stelle-14': 6,
      [OTHER]: 3,
      [NOT_SET]: 1,
    });
    for (const row of stacks.rows)
      expect(Object.values(row.counts).reduce((s, n) => s + n, 0)).toBe(row.total);
  });
});
