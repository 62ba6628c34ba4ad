// Hours per team member: working time of inquiries and of activities ("Bearbeitet von"), each counted
// once, adding up to the hours column and the key figure.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import type { Inquiry } from '../../../shared/domain/inquiry';
import type { Activity } from '../../../shared/domain/network';
import { computeDashboard, NOT_SET, workloadMemberColumns } from '../../../shared/stats/dashboard';
import { todayOverview } from '../../../shared/domain/todayOverview';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).toISOString();

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

function activity(id: string, date: string, fields: Partial<Activity> = {}): Activity {
  return {
    id,
    date,
    startTime: '',
    durationMinutes: null,
    type: 'aktart-01',
    title: id,
    organisationIds: [],
    volunteerIds: [],
    participants: null,
    municipality: '',
    minutes: null,
    notes: '',
    createdAt: `${date}T08:00:00.000Z`,
    changedAt: `${date}T08:00:00.000Z`,
    ...fields,
  };
}

const query = {
  from: '2026-01-01',
  to: '2026-02-28',
  grouping: 'month' as const,
  stackBy: 'requesterType' as const,
  filter: EMPTY_FILTER,
};

describe('hours per member', () => {
  const inquiries = [
    inquiry('a', at(2026, 1, 5), { minutes: 60, handledBy: 'team-01' }),
    inquiry('b', at(2026, 1, 6), { minutes: 30 }),
    inquiry('c', at(2026, 2, 2), { minutes: 45, handledBy: 'team-02' }),
  ];
  const activities = [
    // A four-hour network meeting that took Frau A. 90 minutes of working time.
    activity('x', '2026-01-20', { durationMinutes: 240, minutes: 90, handledBy: 'team-01' }),
    activity('y', '2026-02-10', { minutes: 120 }),
    activity('z', '2026-02-11', { minutes: 15, handledBy: 'team-02' }),
    activity('later', '2026-03-01', { minutes: 600, handledBy: 'team-01' }), // outside the period
  ];
  const model = computeDashboard(inquiries, activities, [], query);

  it('include the working time of activities under "Bearbeitet von", without the event duration', () => {
    expect(model.workload.map((w) => [w.key, w.hoursByMember])).toEqual([
      ['2026-01', { 'team-01': 2.5, [NOT_SET]: 0.5 }],
      ['2026-02', { 'team-02': 1, [NOT_SET]: 2 }],
    ]);
  });

  it('add up to the hours of each month and to the key figure: nothing counted twice', () => {
    for (const w of model.workload) {
      const sum = Object.values(w.hoursByMember).reduce((s, h) => s + h, 0);
      expect(sum).toBeCloseTo(w.hours, 10);
    }
    expect(model.workload.map((w) => w.hours)).toEqual([3, 3]);
    expect(model.totals).toMatchObject({ hours: 6, inquiryHours: 2.25, activityHours: 3.75 });
  });

  it('name a column per current member, hidden or unknown ones only with hours, "ohne Bearbeitet von" last', () => {
    const team = [
      { id: 'team-01' },
      { id: 'team-02' },
      { id: 'team-03' }, // current, no hours yet: still a column
      { id: 'team-04', hidden: true }, // left the office, no hours here
    ];
    expect(workloadMemberColumns(model, team)).toEqual(['team-01', 'team-02', 'team-03', NOT_SET]);
    // An activity of a member no longer in the list keeps its hours in a column of its own.
    const withUnknown = computeDashboard(
      inquiries,
      [activity('u', '2026-01-03', { minutes: 60, handledBy: 'Frau Alt' })],
      [],
      query,
    );
    expect(workloadMemberColumns(withUnknown, team.slice(0, 1))).toEqual([
      'team-01',
      'Frau Alt',
      'team-02',
      NOT_SET,
    ]);
  });
});

describe('Heute and Auswertung count the same hours for this week', () => {
  it('working time of inquiries and activities of the ISO week, planned activities of the week included', () => {
    const now = new Date(2026, 10, 25, 9); // Wednesday 25.11.2026
    const inquiries = [
      inquiry('mon', at(2026, 11, 23), { minutes: 60 }),
      inquiry('last-week', at(2026, 11, 20), { minutes: 500 }),
    ];
    const activities = [
      activity('tue', '2026-11-24', { minutes: 90, handledBy: 'team-01' }),
      activity('fri', '2026-11-27', { minutes: 30, durationMinutes: 240 }),
      activity('next-week', '2026-11-30', { minutes: 600 }),
    ];
    const heute = todayOverview(inquiries, [], now, activities);
    const week = computeDashboard(inquiries, activities, [], {
      ...query,
      from: '2026-11-23',
      to: '2026-11-29',
      grouping: 'week',
    });
    expect(heute.week.minutes).toBe(180);
    expect(week.totals.hours).toBe(heute.week.minutes / 60);
  });
});
