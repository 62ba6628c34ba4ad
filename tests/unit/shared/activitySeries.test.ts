import { describe, expect, it } from 'vitest';
import {
  inScope,
  seriesEditWrites,
  seriesOf,
  sharedChanges,
  withNewSeriesId,
} from '../../../shared/domain/activitySeries';
import { parseLimitMessage } from '../../../shared/domain/limitMessage';
import {
  activityDraftSchema,
  emptyActivity,
  recurringDays,
  type Activity,
} from '../../../shared/domain/network';

const CREATED = '2026-03-03T09:15:00.123Z';

function makeActivity(over: Partial<Activity> = {}): Activity {
  return {
    ...emptyActivity('2026-03-03', 'aktart-02'),
    title: 'Lotsentreffen',
    handledBy: '',
    id: `a-${over.date ?? '2026-03-03'}`,
    createdAt: CREATED,
    changedAt: CREATED,
    ...over,
  };
}

/** A monthly series of six dates from 3 March 2026, as the dialog saved it (one creation instant). */
function monthlySeries(over: Partial<Activity> = {}): Activity[] {
  return recurringDays('2026-03-03', 'monthly', 6).map((date, i) =>
    makeActivity({ date, participants: i < 3 ? 10 + i : null, ...over }),
  );
}

describe('a new series', () => {
  it('gives every date of a series one random id; a single date gets none', () => {
    const draft = emptyActivity('2026-03-03', 'aktart-02');
    const days = recurringDays('2026-03-03', 'weekly', 3);
    const a = withNewSeriesId(draft, days);
    const b = withNewSeriesId(draft, days);
    expect(a.seriesId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.seriesId).not.toBe(b.seriesId);
    expect(withNewSeriesId(draft, ['2026-03-03']).seriesId).toBeUndefined();
  });
});

describe('which dates belong to a series', () => {
  it('with a series id: the dates sharing it, earliest first', () => {
    const series = monthlySeries({ seriesId: 's1' }).reverse();
    const other = makeActivity({ id: 'x', date: '2026-04-03', seriesId: 's2' });
    const found = seriesOf(series[2]!, [...series, other]);
    expect(found.legacy).toBe(false);
    expect(found.members.map((a) => a.date)).toEqual(recurringDays('2026-03-03', 'monthly', 6));
  });

  it('a series saved before series had ids: same creation instant, title and type, on one grid', () => {
    const series = monthlySeries();
    const found = seriesOf(series[3]!, series);
    expect(found.legacy).toBe(true);
    expect(found.members).toHaveLength(6);
    // Weekly and fortnightly series are recognised the same way.
    const weekly = recurringDays('2026-03-03', 'biweekly', 4).map((date) => makeActivity({ date }));
    expect(seriesOf(weekly[0]!, weekly).members).toHaveLength(4);
  });

  it('recognises nothing where it is not safe: other creation instant, a repeated day, off the grid', () => {
    const series = monthlySeries();
    const lone = (all: Activity[], a: Activity) => seriesOf(a, all).members.map((m) => m.id);
    // Created a millisecond apart: two activities entered separately.
    const separate = series.map((a, i) => ({ ...a, createdAt: `2026-03-03T09:15:00.${100 + i}Z` }));
    expect(lone(separate, separate[0]!)).toEqual([separate[0]!.id]);
    // The same day twice (the demo's records share an instant only with their own day).
    const twice = [makeActivity({ id: 'p' }), makeActivity({ id: 'q' })];
    expect(lone(twice, twice[0]!)).toEqual(['p']);
    // Dates that fit no weekly, fortnightly or monthly grid.
    const odd = ['2026-03-03', '2026-03-05', '2026-03-20'].map((date) => makeActivity({ date }));
    expect(lone(odd, odd[0]!)).toEqual([odd[0]!.id]);
  });

  it('a date once edited on its own (title changed) stays a single date; the rest stays a series', () => {
    const series = monthlySeries();
    series[2] = { ...series[2]!, title: 'Lotsentreffen (verlegt)' };
    expect(seriesOf(series[2], series).members).toEqual([series[2]]);
    expect(seriesOf(series[0]!, series).members).toHaveLength(5);
  });

  it('the choices: this date, this and the following ones, all', () => {
    const series = monthlySeries({ seriesId: 's1' });
    const third = series[2]!;
    expect(inScope(third, series, 'one')).toEqual([third]);
    expect(inScope(third, series, 'following').map((a) => a.date)).toEqual([
      '2026-05-03',
      '2026-06-03',
      '2026-07-03',
      '2026-08-03',
    ]);
    expect(inScope(third, series, 'all')).toHaveLength(6);
  });
});

describe('editing a date of a series', () => {
  const draftOf = (a: Activity) => {
    const { id: _i, createdAt: _c, changedAt: _h, ...data } = a;
    return data;
  };

  it('a participant count alone is the date’s own: nothing to carry over', () => {
    const a = makeActivity({ participants: 12 });
    expect(sharedChanges(a, { ...draftOf(a), participants: 14 })).toEqual([]);
    expect(sharedChanges(a, { ...draftOf(a), title: 'Neu', handledBy: 'team-02' }).sort()).toEqual([
      'handledBy',
      'title',
    ]);
  });

  it('"this and the following": later dates take the change, earlier dates and every count stay', () => {
    const series = monthlySeries({ seriesId: 's1' });
    const third = series[2]!;
    const draft = {
      ...draftOf(third),
      title: 'Lotsentreffen im Rathaus',
      startTime: '17:00',
      participants: 9,
    };
    const writes = seriesEditWrites(
      third,
      draft,
      { members: series, legacy: false },
      'following',
      () => 's2',
    );
    expect(writes.map((w) => w.data.date)).toEqual(['2026-05-03', '2026-06-03', '2026-07-03', '2026-08-03']);
    expect(writes.every((w) => w.data.title === 'Lotsentreffen im Rathaus')).toBe(true);
    expect(writes.every((w) => w.data.startTime === '17:00')).toBe(true);
    // The edited date takes its new count; the planned dates keep none.
    expect(writes.map((w) => w.data.participants)).toEqual([9, null, null, null]);
    // The series splits: the changed dates are a series of their own; the first two stay in 's1'.
    expect(writes.every((w) => w.data.seriesId === 's2')).toBe(true);
    const after = series.map((a) => {
      const w = writes.find((x) => x.id === a.id);
      return w ? { ...a, ...w.data } : a;
    });
    expect(seriesOf(after[0]!, after).members.map((a) => a.date)).toEqual(['2026-03-03', '2026-04-03']);
    const later = seriesOf(after[3]!, after).members;
    expect(later.map((a) => a.title)).toEqual(Array(4).fill('Lotsentreffen im Rathaus'));
    // "This and the following" from the first date is the whole series: no split.
    const fromFirst = seriesEditWrites(
      series[0]!,
      { ...draftOf(series[0]!), notes: 'x' },
      { members: series, legacy: false },
      'following',
      () => 'unused',
    );
    expect(fromFirst.every((w) => w.data.seriesId === 's1')).toBe(true);
  });

  it('a legacy series split from a later date: the earlier dates get one id, the later ones another', () => {
    const series = monthlySeries();
    let n = 0;
    const writes = seriesEditWrites(
      series[3]!,
      { ...draftOf(series[3]!), title: 'Lotsentreffen neu' },
      { members: series, legacy: true },
      'following',
      () => `id-${++n}`,
    );
    expect(writes.map((w) => w.data.seriesId)).toEqual(['id-1', 'id-1', 'id-1', 'id-2', 'id-2', 'id-2']);
  });

  it('"all": past dates take the change too but keep their recorded participant counts', () => {
    const series = monthlySeries({ seriesId: 's1' });
    const fifth = series[4]!;
    const draft = { ...draftOf(fifth), notes: 'Raum 2.14', minutes: 3000 };
    const writes = seriesEditWrites(fifth, draft, { members: series, legacy: false }, 'all');
    expect(writes).toHaveLength(6);
    expect(writes.map((w) => w.data.participants)).toEqual([10, 11, 12, null, null, null]);
    expect(writes.every((w) => w.data.notes === 'Raum 2.14' && w.data.minutes === 3000)).toBe(true);
  });

  it('a moved date moves the following dates by as many days', () => {
    const series = recurringDays('2026-03-03', 'weekly', 4).map((date) =>
      makeActivity({ date, seriesId: 's1' }),
    );
    const second = series[1]!;
    const writes = seriesEditWrites(
      second,
      { ...draftOf(second), date: '2026-03-12' },
      { members: series, legacy: false },
      'following',
    );
    expect(writes.map((w) => w.data.date)).toEqual(['2026-03-12', '2026-03-19', '2026-03-26']);
  });

  it('"only this date" writes that date alone', () => {
    const series = monthlySeries({ seriesId: 's1' });
    const writes = seriesEditWrites(
      series[1]!,
      { ...draftOf(series[1]!), title: 'Sondertreffen' },
      { members: series, legacy: false },
      'one',
    );
    expect(writes.map((w) => [w.id, w.data.title])).toEqual([[series[1]!.id, 'Sondertreffen']]);
  });

  it('a legacy series gets one new id on every date, also outside the scope, with content changed only in scope', () => {
    const series = monthlySeries();
    const writes = seriesEditWrites(
      series[1]!,
      { ...draftOf(series[1]!), title: 'Sondertreffen' },
      { members: series, legacy: true },
      'one',
      () => 'new-series',
    );
    expect(writes).toHaveLength(6);
    expect(writes.every((w) => w.data.seriesId === 'new-series')).toBe(true);
    expect(writes.map((w) => w.data.title)).toEqual([
      'Lotsentreffen',
      'Sondertreffen',
      'Lotsentreffen',
      'Lotsentreffen',
      'Lotsentreffen',
      'Lotsentreffen',
    ]);
    expect(writes.map((w) => w.data.participants)).toEqual([10, 11, 12, null, null, null]);
  });
});

describe('activity limits', () => {
  const valid = { ...emptyActivity('2026-03-03', 'aktart-02'), title: 'Interkulturelle Woche' };
  const problem = (over: object) => {
    const result = activityDraftSchema.safeParse({ ...valid, ...over });
    return result.success ? undefined : parseLimitMessage(result.error.issues[0]!.message);
  };

  it('office time may exceed a day (preparing a week-long event), up to 200 hours', () => {
    expect(problem({ minutes: 40 * 60 })).toBeUndefined();
    expect(problem({ minutes: 200 * 60 })).toBeUndefined();
    expect(problem({ minutes: 200 * 60 + 1 })).toEqual({
      key: 'validationLimits.minutes',
      values: { max: 12_000, hours: 200 },
    });
    // One date still lasts at most a day.
    expect(problem({ durationMinutes: 24 * 60 + 1 })).toEqual({
      key: 'validationLimits.minutes',
      values: { max: 1440, hours: 24 },
    });
  });

  it('length limits name their number', () => {
    expect(problem({ notes: 'x'.repeat(20_001) })).toEqual({
      key: 'validationLimits.chars',
      values: { max: 20_000 },
    });
    expect(problem({ title: 'x'.repeat(201) })).toEqual({
      key: 'validationLimits.chars',
      values: { max: 200 },
    });
    expect(parseLimitMessage('validation.time')).toEqual({ key: 'validation.time', values: {} });
  });
});
