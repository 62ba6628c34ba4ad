// The Auswertung keeps its share charts' props while a recomputation yields the same figures: the
// equality it relies on must see nested changes and must not call different shapes equal.
import { describe, expect, it } from 'vitest';
import { sameData } from '../../../renderer/features/dashboard/sameContent';

const shares = () => ({
  shares: { topics: [{ id: 't1', count: 3 }], channel: [] as Array<{ id: string; count: number }> },
  referrals: [{ label: 'Jobcenter', orgId: 'o1', count: 2 }],
  otherReferrals: { targets: 0, count: 0 },
});

describe('sameData', () => {
  it('calls freshly computed equal figures the same', () => {
    expect(sameData(shares(), shares())).toBe(true);
  });

  it('sees a changed count deep inside', () => {
    const changed = shares();
    changed.shares.topics[0]!.count = 4;
    expect(sameData(shares(), changed)).toBe(false);
  });

  it('sees an added or missing key, a longer list and a different shape', () => {
    const { orgId: _, ...withoutOrg } = shares().referrals[0]!;
    expect(sameData(shares().referrals[0], withoutOrg)).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });
});
