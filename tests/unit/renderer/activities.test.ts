import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { withNewSeriesId } from '../../../shared/domain/activitySeries';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import { emptyActivity, recurringDays } from '../../../shared/domain/network';
import { computeDashboard } from '../../../shared/stats/dashboard';
import { activitySeries, deleteActivities, saveActivityEdit } from '../../../renderer/data/activities';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listActivities, saveActivities } from '../../../renderer/data/network';
import { readRetentionLog } from '../../../renderer/data/retention';
import { readVaultState, setUpVault, unlockVault, type OpenVault } from '../../../renderer/data/vault';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const draft = {
  ...emptyActivity('2025-01-14', 'aktart-02'),
  title: 'Lotsentreffen',
  minutes: 120,
  participants: 12,
};
const days = recurringDays('2025-01-14', 'monthly', 6);

const year2025 = (vault: OpenVault) =>
  computeDashboard([], listActivities(vault.store), [], {
    from: '2025-01-01',
    to: '2025-12-31',
    grouping: 'month',
    stackBy: 'requesterType',
    filter: EMPTY_FILTER,
  }).totals;

describe('activities of a series in the vault', () => {
  it('deleting this and the following dates removes them from the figures, logged, and for good', async () => {
    const db = new AnlaufstelleDb(`activities-test-${Date.now()}`);
    const vault = await setUpVault(db, PASSWORD);
    const saved = await saveActivities(vault, undefined, withNewSeriesId(draft, days), days);
    expect(year2025(vault)).toMatchObject({ activities: 6, activityHours: 12 });

    const fourth = saved.find((a) => a.date === '2025-04-14')!;
    expect(await deleteActivities(vault, fourth, 'following')).toBe(3);

    expect(listActivities(vault.store).map((a) => a.date)).toEqual([
      '2025-03-14',
      '2025-02-14',
      '2025-01-14',
    ]);
    expect(year2025(vault)).toMatchObject({ activities: 3, activityHours: 6 });
    const log = readRetentionLog(vault.store);
    expect(log.map((e) => [e.rule, e.table, e.count])).toEqual([['deletion', 'activities', 3]]);
    expect(JSON.stringify(log)).not.toContain('Lotsentreffen');

    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('vault not set up');
    const reopened = await unlockVault(db, state.header, PASSWORD);
    expect(listActivities(reopened.store)).toHaveLength(3);
  });

  it('a series saved before series ids is recognised, edited from a date on, and gets an id', async () => {
    const db = new AnlaufstelleDb(`activities-legacy-${Date.now()}`);
    const vault = await setUpVault(db, PASSWORD);
    // The old dialog saved a series without an id.
    const saved = await saveActivities(vault, undefined, draft, days);
    expect(saved.every((a) => a.seriesId === undefined)).toBe(true);
    const third = saved.find((a) => a.date === '2025-03-14')!;
    expect(activitySeries(vault.store, third)).toMatchObject({ legacy: true });

    const changed = await saveActivityEdit(
      vault,
      third,
      { ...draft, date: third.date, title: 'Lotsentreffen im Rathaus', participants: 8 },
      'following',
    );
    expect(changed.map((a) => a.date).sort()).toEqual(days.slice(2));

    const byDate = new Map(listActivities(vault.store).map((a) => [a.date, a]));
    expect(days.map((d) => byDate.get(d)!.title)).toEqual([
      'Lotsentreffen',
      'Lotsentreffen',
      'Lotsentreffen im Rathaus',
      'Lotsentreffen im Rathaus',
      'Lotsentreffen im Rathaus',
      'Lotsentreffen im Rathaus',
    ]);
    // Past counts stay (all these dates lie in the past); the edited date has its own.
    expect(days.map((d) => byDate.get(d)!.participants)).toEqual([12, 12, 8, 12, 12, 12]);
    // Every date has an id now, whatever its title: the two earlier dates one series, the changed
    // dates from the third on another ("Diesen und alle folgenden" splits, as calendars do).
    const ids = days.map((d) => byDate.get(d)!.seriesId);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids.slice(0, 2)).size).toBe(1);
    expect(new Set(ids.slice(2)).size).toBe(1);
    expect(ids[0]).not.toBe(ids[2]);
    expect(activitySeries(vault.store, byDate.get('2025-01-14')!)).toMatchObject({ legacy: false });
    expect(activitySeries(vault.store, byDate.get('2025-01-14')!).members).toHaveLength(2);
    expect(activitySeries(vault.store, byDate.get(third.date)!).members).toHaveLength(4);
  });
});
