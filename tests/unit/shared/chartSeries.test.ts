import { describe, expect, it } from 'vitest';
import { chartCounts, chartIds, OTHER } from '../../../shared/stats/chartSeries';
import { NOT_SET } from '../../../shared/stats/dashboard';

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
