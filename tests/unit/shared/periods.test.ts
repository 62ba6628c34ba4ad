import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../shared/stats/dashboard';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import { dashboardRange, isPeriodDay, ownPeriod, presetDays } from '../../../shared/stats/periods';
import { periodDays } from '../../../renderer/features/inquiries/periods';

// Tests run in Europe/Berlin (see tests/vitest.config.ts).
const custom = { from: '2026-01-01', to: '2026-01-31' };

describe('period presets', () => {
  it('"letzter Monat" and "letztes Quartal" are the whole previous month and quarter, also across a year', () => {
    const may = new Date(2026, 4, 14, 9);
    expect(presetDays('lastMonth', may)).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetDays('lastQuarter', may)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    const january = new Date(2026, 0, 31, 23, 30);
    expect(presetDays('lastMonth', january)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetDays('lastQuarter', january)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetDays('lastMonth', new Date(2024, 2, 31))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('the dashboard offers them whole (they end before today) and the inquiry list uses the same days', () => {
    const now = new Date(2026, 10, 29, 10);
    expect(dashboardRange('lastMonth', now, 2026, custom)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(dashboardRange('lastQuarter', now, 2026, custom)).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(dashboardRange('quarter', now, 2026, custom)).toEqual({ from: '2026-10-01', to: '2026-11-29' });
    expect(periodDays('lastMonth', now)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodDays('lastQuarter', now)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodDays('all', now)).toEqual({});
  });
});

describe('an own period from typed days', () => {
  it('takes only complete days from 1900 to 2199 ("01.07.2" is the year 2, a half-typed year)', () => {
    expect(isPeriodDay('2026-07-01')).toBe(true);
    expect(isPeriodDay('0002-07-01')).toBe(false);
    expect(isPeriodDay('0202-07-01')).toBe(false);
    expect(isPeriodDay('2026-02-30')).toBe(false);
    expect(isPeriodDay(null)).toBe(false);
    expect(ownPeriod('2026-07-01', '2026-12-31')).toEqual({
      range: { from: '2026-07-01', to: '2026-12-31' },
    });
    expect(ownPeriod('0002-07-01', '2026-12-31')).toEqual({ problem: 'incomplete' });
    expect(ownPeriod('2026-07-01', '2026-06-30')).toEqual({ problem: 'order' });
  });

  it('the statistics do not throw for a year below 100 either (it crashed with "Invalid time value")', () => {
    const query = { grouping: 'month', stackBy: 'requesterType', filter: EMPTY_FILTER } as const;
    const model = computeDashboard([], [], [], { from: '0002-07-01', to: '0002-08-31', ...query });
    expect(model.workload.map((w) => w.key)).toEqual(['0002-07', '0002-08']);
    const weeks = computeDashboard([], [], [], {
      ...query,
      from: '0099-12-28',
      to: '0100-01-03',
      grouping: 'week',
    });
    expect(weeks.timeline.length).toBeGreaterThan(0);
  });
});
