import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import type { Inquiry } from '../../../shared/domain/inquiry';
import type { Followup } from '../../../shared/domain/followup';
import { todayOverview } from '../../../shared/domain/todayOverview';
import { bucketLabel, bucketOf, bucketsBetween, isoWeek } from '../../../shared/stats/buckets';
import {
  freeReferralLabels,
  hasInquiryColumns,
  inquiryColumns,
  inquiryListUsage,
  receivedYears,
} from '../../../shared/stats/inquiryColumns';
import { countListUsage } from '../../../shared/domain/lists';
import { bucketDays, computeDashboard, NOT_SET, percentChange } from '../../../shared/stats/dashboard';

// Tests run in Europe/Berlin (see tests/vitest.config.ts).
const at = (y: number, m: number, d: number, h = 10, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

function inquiry(id: string, receivedAt: string, fields: Partial<Inquiry> = {}): Inquiry {
  return {
    id,
    receivedAt,
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: id,
    notes: '',
    status: 'offen',
    createdAt: receivedAt,
    changedAt: receivedAt,
    ...fields,
  };
}

describe('time buckets', () => {
  it('uses ISO weeks that start on Monday, including the year change', () => {
    expect(isoWeek(2026, 1, 1)).toEqual([2026, 1]); // Thursday
    expect(isoWeek(2027, 1, 1)).toEqual([2026, 53]); // Friday belongs to week 53 of 2026
    expect(isoWeek(2026, 12, 28)).toEqual([2026, 53]);
    expect(bucketOf({ year: 2026, month: 3, day: 22 }, 'week')).toBe('2026-W12'); // Sunday
    expect(bucketOf({ year: 2026, month: 3, day: 23 }, 'week')).toBe('2026-W13'); // Monday
  });

  it('lists every bucket of a range, with German labels', () => {
    expect(bucketsBetween('2026-01-15', '2026-04-02', 'month')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(bucketsBetween('2025-11-01', '2026-03-31', 'quarter')).toEqual(['2025-Q4', '2026-Q1']);
    expect(bucketsBetween('2026-12-28', '2027-01-10', 'week')).toEqual(['2026-W53', '2027-W01']);
    expect(bucketLabel('2026-W05', 'de')).toBe('KW 5/2026');
    expect(bucketLabel('2026-03', 'de')).toBe('Mär 2026');
    expect(bucketLabel('2026-Q2', 'de')).toBe('Q2 2026');
  });

  it('gives the days of a bucket, clipped to the period', () => {
    expect(bucketDays('2026-W13', '2026-01-01', '2026-12-31')).toEqual({
      from: '2026-03-23',
      to: '2026-03-29',
    });
    expect(bucketDays('2026-02', '2026-02-10', '2026-12-31')).toEqual({
      from: '2026-02-10',
      to: '2026-02-28',
    });
    expect(bucketDays('2027-W01', '2026-01-01', '2027-12-31')).toEqual({
      from: '2027-01-04',
      to: '2027-01-10',
    });
  });
});

describe('dashboard figures', () => {
  const data = [
    inquiry('a', at(2025, 12, 31, 23, 30)), // 22:30 UTC: still 2025 in Berlin
    inquiry('b', at(2026, 1, 1, 0, 30), {
      requesterType: 'stelle-02',
      topics: ['thema-01', 'thema-02'],
      minutes: 30,
    }),
    inquiry('c', at(2026, 1, 20), {
      topics: ['thema-02'],
      minutes: 90,
      handledBy: 'p1',
      referralOrgIds: ['o1'],
      referrals: ['VHS'],
    }),
    inquiry('d', at(2026, 3, 5), {
      channel: 'kanal-02',
      status: 'erledigt',
      closedAt: at(2026, 3, 9),
      referralOrgIds: ['o1'],
    }),
    inquiry('e', at(2025, 1, 15)),
    inquiry('f', at(2025, 3, 1)),
  ];
  const query = {
    from: '2026-01-01',
    to: '2026-03-31',
    grouping: 'month' as const,
    stackBy: 'requesterType' as const,
    filter: EMPTY_FILTER,
  };

  it('counts per month in local time, stacked, with the previous year as comparison', () => {
    const model = computeDashboard(data, [], [], query);
    expect(model.timeline.map((b) => [b.key, b.total, b.previousYear])).toEqual([
      ['2026-01', 2, 1],
      ['2026-02', 0, 0],
      ['2026-03', 1, 1],
    ]);
    expect(model.timeline[0]!.byCategory).toEqual({ 'stelle-01': 1, 'stelle-02': 1 });
    expect(model.totals).toMatchObject({ inquiries: 3, inquiriesPreviousYear: 2 });
    expect(percentChange(3, 2)).toBe(50);
    expect(percentChange(3, 0)).toBeNull();
    // A small fall rounds to 0 %, never to "-0 %" (toBe tells -0 from 0).
    expect(percentChange(1782, 1786)).toBe(0);
  });

  it('an inquiry at 23:30 on 31 December belongs to that year', () => {
    const model = computeDashboard(data, [], [], {
      ...query,
      from: '2025-12-01',
      to: '2025-12-31',
      grouping: 'year',
    });
    expect(model.timeline).toEqual([
      { key: '2025', total: 1, byCategory: { 'stelle-01': 1 }, previousYear: 0 },
    ]);
  });

  it('counts a multi-topic inquiry once per topic', () => {
    const model = computeDashboard(data, [], [], { ...query, stackBy: 'topics' });
    expect(model.timeline[0]!.byCategory).toEqual({ 'thema-01': 1, 'thema-02': 2 });
    // equal counts: ordered by id
    expect(model.shares.topics).toEqual([
      { id: 'thema-01', count: 2 },
      { id: 'thema-02', count: 2 },
    ]);
    expect(model.shares.channel).toEqual([
      { id: 'kanal-01', count: 2 },
      { id: 'kanal-02', count: 1 },
    ]);
  });

  it('reports workload, referral targets and the median time to close', () => {
    const activities = [
      {
        id: 'x',
        date: '2026-01-10',
        minutes: 120,
        type: 't',
        title: 'AK',
        organisationIds: [],
        volunteerIds: [],
        startTime: '',
        durationMinutes: null,
        participants: null,
        municipality: '',
        notes: '',
      },
      {
        id: 'y',
        date: '2026-04-01',
        minutes: 60,
        type: 't',
        title: 'out of range',
        organisationIds: [],
        volunteerIds: [],
        startTime: '',
        durationMinutes: null,
        participants: null,
        municipality: '',
        notes: '',
      },
    ];
    const model = computeDashboard(data, activities, [], query);
    expect(model.workload[0]).toMatchObject({
      key: '2026-01',
      inquiries: 2,
      activities: 1,
      hours: 4,
      hoursByMember: { p1: 1.5 },
    });
    expect(model.totals.activities).toBe(1);
    expect(model.totals.hours).toBe(4);
    expect(model.referrals).toEqual([
      { label: 'o1', orgId: 'o1', count: 2 },
      { label: 'VHS', count: 1 },
    ]);
    expect(model.medianDaysToClose).toBe(4);
    expect(model.otherReferrals).toEqual({ targets: 0, count: 0 });
  });

  it('sums the referrals beyond the top ten into one "Weitere" bar, so the chart adds up', () => {
    // Twelve free-text targets: "Ziel 1" once, …, "Ziel 12" twelve times.
    const many = Array.from({ length: 12 }, (_, k) =>
      Array.from({ length: k + 1 }, (_, n) =>
        inquiry(`r${k}-${n}`, at(2026, 2, 1), { referrals: [`Ziel ${k + 1}`] }),
      ),
    ).flat();
    const model = computeDashboard(many, [], [], query);
    expect(model.referrals.map((r) => r.label)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Ziel ${12 - k}`),
    );
    expect(model.otherReferrals).toEqual({ targets: 2, count: 1 + 2 });
    const shown = model.referrals.reduce((sum, r) => sum + r.count, 0) + model.otherReferrals.count;
    expect(shown).toBe(many.length);
  });

  it('counts open and overdue follow-ups at the end of each period', () => {
    const f = (id: string, created: string, due: string, doneAt?: string): Followup => ({
      id,
      title: id,
      due,
      notes: '',
      status: doneAt ? 'erledigt' : 'offen',
      ...(doneAt ? { doneAt } : {}),
      createdAt: created,
      changedAt: created,
    });
    const followups = [
      f('1', at(2026, 1, 5), '2026-01-20'), // open, overdue from 21 Jan
      f('2', at(2026, 1, 10), '2026-02-15', at(2026, 2, 10)), // done in Feb, never overdue
      f('3', at(2026, 2, 1), '2026-02-05', at(2026, 3, 10)), // overdue at end of Feb, done in March
    ];
    const model = computeDashboard([], [], followups, query);
    expect(model.workload.map((w) => [w.key, w.openFollowups, w.overdueFollowups])).toEqual([
      ['2026-01', 2, 1],
      ['2026-02', 2, 2],
      ['2026-03', 1, 1],
    ]);
  });

  it('counts a follow-up at a period end only if it existed then (due 1900, created in February)', () => {
    const followups: Followup[] = [
      {
        id: 'old-due',
        title: 'Tippfehler im Jahr',
        due: '1900-01-10',
        notes: '',
        status: 'offen',
        createdAt: at(2026, 2, 12),
        changedAt: at(2026, 2, 12),
      },
      {
        id: 'done-before-due',
        title: 'früh erledigt',
        due: '2026-03-20',
        notes: '',
        status: 'erledigt',
        doneAt: at(2026, 3, 2),
        createdAt: at(2026, 3, 1),
        changedAt: at(2026, 3, 2),
      },
    ];
    const model = computeDashboard([], [], followups, query);
    expect(model.workload.map((w) => [w.key, w.openFollowups, w.overdueFollowups])).toEqual([
      ['2026-01', 0, 0],
      ['2026-02', 1, 1],
      ['2026-03', 1, 1],
    ]);
    expect(model.totals).toMatchObject({ openFollowups: 1, overdueFollowups: 1 });
  });

  it('applies the list filters and gives empty buckets for empty periods', () => {
    const model = computeDashboard(data, [], [], {
      ...query,
      filter: { ...EMPTY_FILTER, requesterTypes: ['stelle-02'] },
    });
    expect(model.timeline.map((b) => b.total)).toEqual([1, 0, 0]);
    const empty = computeDashboard([], [], [], query);
    expect(empty.timeline.every((b) => b.total === 0)).toBe(true);
    expect(empty.medianDaysToClose).toBeNull();
  });
});

describe('"ohne Angabe" in every chart', () => {
  // The Gemeinde chart showed 2 of 4 inquiries while the report table counted all 4.
  const data = [
    inquiry('a', at(2026, 1, 5), { municipality: 'gemeinde-01', handledBy: 'p1', minutes: 30 }),
    inquiry('b', at(2026, 1, 6), { municipality: 'gemeinde-02', minutes: 60 }),
    inquiry('c', at(2026, 2, 7), { requesterType: '', topics: [] }),
    inquiry('d', at(2026, 2, 8), { topics: [] }),
  ];
  const base = {
    from: '2026-01-01',
    to: '2026-02-28',
    grouping: 'month' as const,
    stackBy: 'requesterType' as const,
    filter: EMPTY_FILTER,
  };
  const sum = (xs: ReadonlyArray<{ count: number }>) => xs.reduce((s, x) => s + x.count, 0);

  it('counts inquiries without a value as their own share, last', () => {
    const model = computeDashboard(data, [], [], base);
    expect(model.shares.municipality).toEqual([
      { id: 'gemeinde-01', count: 1 },
      { id: 'gemeinde-02', count: 1 },
      { id: NOT_SET, count: 2 },
    ]);
    for (const key of ['requesterType', 'channel', 'targetGroup', 'municipality', 'result'] as const)
      expect(sum(model.shares[key])).toBe(model.totals.inquiries);
    expect(model.shares.topics).toContainEqual({ id: NOT_SET, count: 2 });
  });

  it("stacks add up to each bucket's total, and hours per member to the inquiry hours", () => {
    const byRequester = computeDashboard(data, [], [], base);
    expect(byRequester.timeline.map((b) => b.byCategory)).toEqual([
      { 'stelle-01': 2 },
      { 'stelle-01': 1, [NOT_SET]: 1 },
    ]);
    const byTopic = computeDashboard(data, [], [], { ...base, stackBy: 'topics' });
    expect(byTopic.timeline.map((b) => b.byCategory)).toEqual([{ 'thema-01': 2 }, { [NOT_SET]: 2 }]);
    expect(byTopic.categories).toEqual(['thema-01', NOT_SET]);
    expect(byRequester.workload[0]!.hoursByMember).toEqual({ p1: 0.5, [NOT_SET]: 1 });
  });
});

describe('open follow-ups when the period ends today or later', () => {
  const f = (id: string, fields: Partial<Followup>): Followup => ({
    id,
    title: id,
    due: '2026-11-20',
    notes: '',
    status: 'offen',
    createdAt: at(2026, 11, 1),
    changedAt: at(2026, 11, 1),
    ...fields,
  });
  // As "Heute" sees them on 29 November 2026: three open (one overdue), one of them written by a
  // device whose clock runs ahead; two done, but with done dates ahead (sample data done "on its due
  // date", another device's clock).
  const followups = [
    f('open-overdue', {}),
    f('open', { due: '2026-12-10' }),
    f('done-ahead', { status: 'erledigt', due: '2026-12-05', doneAt: at(2026, 12, 5) }),
    f('done-ahead-overdue', { status: 'erledigt', due: '2026-11-25', doneAt: at(2026, 12, 1) }),
    f('created-ahead', { due: '2026-12-15', createdAt: at(2026, 12, 3), changedAt: at(2026, 12, 3) }),
  ];
  const today = '2026-11-29';
  const heute = todayOverview([], followups, new Date(2026, 10, 29, 10));

  it('counts them as they stand now, as "Heute" does ("dieses Jahr" showed 18 where Heute showed 13)', () => {
    const model = computeDashboard([], [], followups, {
      from: '2026-01-01',
      to: today, // "dieses Jahr" ends today
      grouping: 'month',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
      today,
    });
    expect(heute.week.openFollowups).toBe(3);
    expect(heute.overdueCount).toBe(1);
    expect(model.totals).toMatchObject({ openFollowups: 3, overdueFollowups: 1 });
    expect(model.workload.at(-1)).toMatchObject({ key: '2026-11', openFollowups: 3, overdueFollowups: 1 });
    // October ended before today: what was open then (nothing yet).
    expect(model.workload.at(-2)).toMatchObject({ key: '2026-10', openFollowups: 0 });
  });

  it('an own period that ends in the future counts now, not at its end', () => {
    const model = computeDashboard([], [], followups, {
      from: '2026-11-01',
      to: '2027-01-31',
      grouping: 'month',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
      today,
    });
    expect(model.totals).toMatchObject({ openFollowups: 3, overdueFollowups: 1 });
    expect(model.workload.map((w) => w.openFollowups)).toEqual([3, 3, 3]);
  });
});

describe('the years offered for the Auswertung', () => {
  it('are the local years of receipt, newest first: New Year’s night in Berlin counts to the new year', () => {
    const list = [
      inquiry('a', at(2026, 1, 1, 0, 30)), // 31 Dec 2025, 23:30 in UTC
      inquiry('b', at(2024, 6, 1)),
      inquiry('c', at(2025, 12, 31, 23, 59)),
      inquiry('d', at(2024, 2, 3)),
    ];
    expect(receivedYears(list)).toEqual([2026, 2025, 2024]);
    expect(receivedYears([])).toEqual([]);
  });
});

describe('the free-text referral targets suggested in the form', () => {
  const list = () => [
    inquiry('a', at(2026, 3, 1), { referrals: ['Tafel Nord', 'Ärztehaus Mitte'] }),
    inquiry('b', at(2026, 3, 2), { referrals: ['Beratungsstelle Süd', 'Tafel Nord'] }),
    inquiry('c', at(2026, 3, 3)),
    inquiry('d', at(2026, 3, 4), { referrals: ['Zahnarzt', 'Agentur X'] }),
  ];
  const expected = ['Agentur X', 'Ärztehaus Mitte', 'Beratungsstelle Süd', 'Tafel Nord', 'Zahnarzt'];

  it('are each label once, in German order (Ä with A), whether the columns are built or not', () => {
    expect(freeReferralLabels(list())).toEqual(expected);
    const withColumns = list();
    expect(hasInquiryColumns(withColumns)).toBe(false);
    inquiryColumns(withColumns);
    expect(freeReferralLabels(withColumns)).toEqual(expected);
  });
});

describe('how often the entries of a list are used, counted on the statistics columns', () => {
  it('gives the counts of the pass over every inquiry, for each list of an inquiry field', () => {
    const list = Array.from({ length: 60 }, (_, n) =>
      inquiry(`i${n}`, at(2026, 1 + (n % 12), 1 + (n % 27)), {
        channel: `kanal-0${n % 3}`,
        requesterType: `stelle-0${n % 5}`,
        topics: n % 4 === 0 ? ['thema-01', 'thema-02'] : [`thema-0${n % 6}`],
        ...(n % 2 ? { targetGroup: 'ziel-01', municipality: `g${n % 4}` } : {}),
        ...(n % 3 ? { result: 'ergebnis-02', handledBy: `p${n % 2}` } : {}),
      }),
    );
    const followups = [{ assignee: 'p1' }, { assignee: 'p9' }];
    const network = { organisations: [{ type: 'x', offers: ['thema-01'], memberships: [] }] };
    expect(inquiryListUsage(list, 'topics')).toBeUndefined(); // columns not built yet
    inquiryColumns(list);
    for (const key of [
      'channels',
      'requesterTypes',
      'topics',
      'targetGroups',
      'results',
      'municipalities',
      'teamMembers',
    ]) {
      const fromColumns = inquiryListUsage(list, key);
      expect(fromColumns).toBeDefined();
      expect(countListUsage(key, list, followups, network, fromColumns)).toEqual(
        countListUsage(key, list, followups, network),
      );
    }
    expect(inquiryListUsage(list, 'organisationTypes')).toBeUndefined();
    expect(countListUsage('topics', list, [], network).get('thema-01')).toBe(
      list.filter((i) => i.topics.includes('thema-01')).length + 1,
    );
  });
});
