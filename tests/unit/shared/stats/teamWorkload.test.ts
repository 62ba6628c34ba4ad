import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../../shared/demo/dataset';
import type { Followup } from '../../../../shared/domain/followup';
import type { Inquiry } from '../../../../shared/domain/inquiry';
import { EMPTY_FILTER } from '../../../../shared/domain/inquiryFilter';
import { emptyActivity, type Activity } from '../../../../shared/domain/network';
import type { RecordMeta } from '../../../../shared/domain/recordMeta';
import { computeDashboard, NOT_SET } from '../../../../shared/stats/dashboard';
import { computeTeamWorkload, yearEarlier } from '../../../../shared/stats/teamWorkload';

const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).toISOString();

function inquiry(id: string, receivedAt: string, fields: Partial<Inquiry> = {}): Inquiry {
  return {
    id,
    receivedAt,
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: 'Sprachkurs',
    notes: '',
    status: 'offen',
    createdAt: receivedAt,
    changedAt: receivedAt,
    ...fields,
  };
}

function activity(id: string, date: string, fields: Partial<Activity>): Activity {
  return {
    ...emptyActivity(date, 'aktart-01'),
    title: 'Treffen',
    id,
    createdAt: `${date}T10:00:00.000Z`,
    changedAt: `${date}T10:00:00.000Z`,
    ...fields,
  };
}

function followup(id: string, createdAt: string, fields: Partial<Followup>): Followup {
  return {
    id,
    title: 'Anrufen',
    due: '2026-01-15',
    notes: '',
    status: 'offen',
    createdAt,
    changedAt: createdAt,
    ...fields,
  };
}

describe("the team's workload", () => {
  const inquiries = [
    inquiry('i1', at(2026, 1, 10), {
      handledBy: 'anna',
      minutes: 60,
      urgent: true,
      status: 'erledigt',
      closedAt: at(2026, 1, 14),
    }),
    inquiry('i2', at(2026, 2, 3), { handledBy: 'anna', minutes: 30 }),
    inquiry('i3', at(2026, 1, 20), {
      handledBy: 'ben',
      minutes: 120,
      status: 'erledigt',
      closedAt: at(2026, 1, 30),
    }),
    inquiry('i4', at(2026, 3, 1)),
    inquiry('i5', at(2025, 2, 1), { handledBy: 'anna', minutes: 30 }),
  ];
  const activities = [
    activity('a1', '2026-02-10', { handledBy: 'ben', minutes: 90 }),
    activity('a2', '2025-03-01', { handledBy: 'anna', minutes: 60 }),
  ];
  const followups = [
    followup('f1', at(2026, 1, 5), { assignee: 'anna', due: '2026-01-15' }),
    followup('f2', at(2026, 3, 1), { assignee: 'ben', due: '2026-04-10' }),
    followup('f3', at(2026, 1, 10), { due: '2026-02-01', status: 'erledigt', doneAt: at(2026, 2, 2) }),
  ];
  const members = [
    { id: 'anna', label: 'Anna Schulz' },
    { id: 'ben', label: 'Ben Weber' },
    { id: 'carla', label: 'Carla Roth', hidden: true },
  ];
  const query = { from: '2026-01-01', to: '2026-03-31', grouping: 'month' as const, today: '2026-11-29' };
  const team = computeTeamWorkload(inquiries, activities, followups, members, query);
  const row = (id: string) => team.members.find((m) => m.member === id)!;

  it('counts per member what the member did (counted by hand)', () => {
    expect(team.members.map((m) => m.member)).toEqual(['anna', 'ben', NOT_SET]);
    expect(row('anna')).toMatchObject({
      inquiries: 2,
      activities: 0,
      hours: 1.5,
      openFollowups: 1,
      overdueFollowups: 1,
      medianDaysToClose: 4,
      urgent: 1,
      urgentShare: 0.5,
      // Last year: i5's half hour and a2's hour.
      previousYear: { inquiries: 1, activities: 1, hours: 1.5 },
    });
    expect(row('ben')).toMatchObject({
      inquiries: 1,
      activities: 1,
      hours: 3.5,
      openFollowups: 1,
      overdueFollowups: 0,
      medianDaysToClose: 10,
      urgent: 0,
      urgentShare: 0,
      previousYear: { inquiries: 0, activities: 0, hours: 0 },
    });
    expect(row(NOT_SET)).toMatchObject({ inquiries: 1, hours: 0, openFollowups: 0, urgentShare: 0 });
    expect(row('anna').periods).toEqual([
      { key: '2026-01', inquiries: 1, activities: 0, hours: 1, openFollowups: 1, overdueFollowups: 1 },
      { key: '2026-02', inquiries: 1, activities: 0, hours: 0.5, openFollowups: 1, overdueFollowups: 1 },
      { key: '2026-03', inquiries: 0, activities: 0, hours: 0, openFollowups: 1, overdueFollowups: 1 },
    ]);
  });

  it("gives the office's figures as Auswertung does", () => {
    expect(team.office).toMatchObject({
      inquiries: 4,
      activities: 1,
      hours: 5,
      openFollowups: 2,
      overdueFollowups: 1,
      medianDaysToClose: 7,
      urgent: 1,
      urgentShare: 0.25,
      previousYear: { inquiries: 1, activities: 1, hours: 1.5 },
    });
    const dashboard = computeDashboard(inquiries, activities, followups, {
      ...query,
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
    });
    expect(team.office.inquiries).toBe(dashboard.totals.inquiries);
    expect(team.office.hours).toBe(dashboard.totals.hours);
    expect(team.office.openFollowups).toBe(dashboard.totals.openFollowups);
  });

  it('a year earlier is the same days (29 February becomes the 28th)', () => {
    expect(yearEarlier({ from: '2024-02-29', to: '2024-12-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-12-31',
    });
  });

  it("on the demo's ten years, the members' rows add up to the office's in every period", () => {
    const demo = demoRecords(new Date(2026, 10, 29, 10));
    const live = <T>(rows: ReadonlyArray<{ id: string; payload: { data: unknown; meta: RecordMeta } }>) =>
      rows.map(
        (r) =>
          ({
            ...(r.payload.data as object),
            id: r.id,
            createdAt: r.payload.meta.createdAt,
            changedAt: r.payload.meta.changedAt,
          }) as T,
      );
    const demoMembers = (
      demo.settings[0]!.payload.data as { lists: { teamMembers: { id: string; label: string }[] } }
    ).lists.teamMembers;
    for (const grouping of ['week', 'month', 'quarter'] as const) {
      const result = computeTeamWorkload(
        live<Inquiry>(demo.inquiries),
        live<Activity>(demo.activities),
        live<Followup>(demo.followups),
        demoMembers,
        { from: '2025-01-01', to: '2025-12-31', grouping, today: '2026-11-29' },
      );
      expect(result.members.length).toBeGreaterThan(1);
      expect(result.office.inquiries).toBeGreaterThan(1000);
      const sum = (pick: (m: (typeof result.members)[number]) => number) =>
        result.members.reduce((s, m) => s + pick(m), 0);
      expect(sum((m) => m.inquiries)).toBe(result.office.inquiries);
      expect(sum((m) => m.activities)).toBe(result.office.activities);
      expect(sum((m) => m.hours)).toBeCloseTo(result.office.hours, 6);
      expect(sum((m) => m.openFollowups)).toBe(result.office.openFollowups);
      expect(sum((m) => m.overdueFollowups)).toBe(result.office.overdueFollowups);
      expect(sum((m) => m.urgent)).toBe(result.office.urgent);
      expect(sum((m) => m.previousYear.inquiries)).toBe(result.office.previousYear.inquiries);
      expect(sum((m) => m.previousYear.hours)).toBeCloseTo(result.office.previousYear.hours, 6);
      // Last year's hours are Auswertung's for last year.
      const lastYear = computeDashboard(live<Inquiry>(demo.inquiries), live<Activity>(demo.activities), [], {
        from: '2024-01-01',
        to: '2024-12-31',
        grouping,
        stackBy: 'requesterType',
        filter: EMPTY_FILTER,
      });
      expect(result.office.previousYear.hours).toBeCloseTo(lastYear.totals.hours, 6);
      result.office.periods.forEach((p, k) => {
        expect(sum((m) => m.periods[k]!.inquiries)).toBe(p.inquiries);
        expect(sum((m) => m.periods[k]!.openFollowups)).toBe(p.openFollowups);
        expect(sum((m) => m.periods[k]!.hours)).toBeCloseTo(p.hours, 6);
      });
    }
  });
});
