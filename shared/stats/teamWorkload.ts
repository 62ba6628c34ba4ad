// The team's workload ("Team"): the dashboard's figures per member and for the office. Every figure is
// computeDashboard's, over the member's inquiries ("Bearbeitet von"), activities (who did the work)
// and follow-ups ("Zuständig"), so the Team view, Auswertung and the Jahresbericht cannot disagree,
// and the members' rows (with "ohne Zuordnung") add up to the office's.
import type { CalendarDay } from '../domain/calendarDay';
import type { FollowupData } from '../domain/followup';
import type { Inquiry } from '../domain/inquiry';
import { EMPTY_FILTER } from '../domain/inquiryFilter';
import type { ActivityData } from '../domain/network';
import type { Grouping } from './buckets';
import { computeDashboard, NOT_SET, type DashboardModel } from './dashboard';

/** What the Team chart can show per period, stacked by member. */
export const WORKLOAD_MEASURES = [
  'inquiries',
  'hours',
  'activities',
  'openFollowups',
  'overdueFollowups',
] as const;
export type WorkloadMeasure = (typeof WORKLOAD_MEASURES)[number];

export interface WorkloadPeriodFigures {
  key: string;
  inquiries: number;
  activities: number;
  hours: number;
  /** Open and overdue at the end of the period (as Auswertung counts them). */
  openFollowups: number;
  overdueFollowups: number;
}

export interface WorkloadFigures {
  /** A member's id from the list "Team (Bearbeiter/innen)"; NOT_SET: nobody named; OFFICE: all. */
  member: string;
  inquiries: number;
  activities: number;
  hours: number;
  openFollowups: number;
  overdueFollowups: number;
  /** Median days from Eingang to "erledigt" of the period's closed inquiries; null when none. */
  medianDaysToClose: number | null;
  /** Urgent inquiries of the period, and their share of all (null when there are none). */
  urgent: number;
  urgentShare: number | null;
  /** The same period a year earlier. */
  previousYear: { inquiries: number; activities: number; hours: number };
  periods: WorkloadPeriodFigures[];
}

export interface TeamWorkload {
  /** Listed members first (in list order), then unknown ids, then NOT_SET when it has figures. */
  members: WorkloadFigures[];
  office: WorkloadFigures;
}

/** The office row's member id. */
export const OFFICE = '__office';

export interface TeamWorkloadQuery {
  from: CalendarDay;
  to: CalendarDay;
  grouping: Grouping;
  today: CalendarDay;
}

type Followups = ReadonlyArray<FollowupData & { createdAt: string }>;
type Activities = ReadonlyArray<ActivityData & { id: string }>;

/** The same days a year earlier (29 February becomes 28 February). */
export function yearEarlier(range: { from: CalendarDay; to: CalendarDay }): {
  from: CalendarDay;
  to: CalendarDay;
} {
  const back = (day: CalendarDay) => {
    const y = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
    const rest = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4);
    return `${y}${rest}`;
  };
  return { from: back(range.from), to: back(range.to) };
}

function figures(
  member: string,
  model: DashboardModel,
  urgentModel: DashboardModel,
  previous: DashboardModel,
): WorkloadFigures {
  const { totals } = model;
  const urgent = urgentModel.totals.inquiries;
  return {
    member,
    inquiries: totals.inquiries,
    activities: totals.activities,
    hours: totals.hours,
    openFollowups: totals.openFollowups,
    overdueFollowups: totals.overdueFollowups,
    medianDaysToClose: model.medianDaysToClose,
    urgent,
    urgentShare: totals.inquiries > 0 ? urgent / totals.inquiries : null,
    previousYear: {
      inquiries: totals.inquiriesPreviousYear,
      activities: previous.totals.activities,
      hours: previous.totals.hours,
    },
    periods: model.workload.map((w) => ({
      key: w.key,
      inquiries: w.inquiries,
      activities: w.activities,
      hours: w.hours,
      openFollowups: w.openFollowups,
      overdueFollowups: w.overdueFollowups,
    })),
  };
}

function figuresFor(
  member: string,
  inquiries: readonly Inquiry[],
  activities: Activities,
  followups: Followups,
  query: TeamWorkloadQuery,
): WorkloadFigures {
  const filter = member === OFFICE ? EMPTY_FILTER : { ...EMPTY_FILTER, handledBy: [memberValue(member)] };
  const base = { ...query, stackBy: 'requesterType' as const, filter };
  const model = computeDashboard(inquiries, activities, followups, base);
  // Only the counts of these two are used: no follow-ups or activities to go through.
  const urgentModel = computeDashboard(inquiries, [], [], {
    ...base,
    filter: { ...filter, urgentOnly: true },
  });
  // Last year's hours are its inquiries' and activities' (its follow-ups are not needed).
  const previous = computeDashboard(inquiries, activities, [], { ...base, ...yearEarlier(query) });
  return figures(member, model, urgentModel, previous);
}

/** "Bearbeitet von" / "Zuständig" as stored: NOT_SET stands for the empty value. */
function memberValue(member: string): string {
  return member === NOT_SET ? '' : member;
}

/**
 * The team's workload over [from, to] in periods of `grouping`. `members`: the list "Team
 * (Bearbeiter/innen)" (hidden members are shown only where they have figures).
 */
export function computeTeamWorkload(
  inquiries: readonly Inquiry[],
  activities: Activities,
  followups: Followups,
  members: ReadonlyArray<{ id: string; hidden?: boolean }>,
  query: TeamWorkloadQuery,
): TeamWorkload {
  const office = figuresFor(OFFICE, inquiries, activities, followups, query);
  const byMember = <T>(records: readonly T[], of: (r: T) => string | undefined) => {
    const groups = new Map<string, T[]>();
    for (const record of records) {
      const id = of(record) || NOT_SET;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = []));
      group.push(record);
    }
    return groups;
  };
  const activitiesOf = byMember(activities, (a) => a.handledBy);
  const followupsOf = byMember(followups, (f) => f.assignee);
  const inquiryMembers = new Set(inquiries.map((i) => i.handledBy || NOT_SET));
  const listed = new Set(members.map((m) => m.id));
  const seen = new Set([...inquiryMembers, ...activitiesOf.keys(), ...followupsOf.keys()]);
  const ids = [
    ...members.filter((m) => !m.hidden || seen.has(m.id)).map((m) => m.id),
    ...[...seen].filter((id) => id !== NOT_SET && !listed.has(id)).sort(),
    ...(seen.has(NOT_SET) ? [NOT_SET] : []),
  ];
  const rows = ids.map((id) =>
    figuresFor(id, inquiries, activitiesOf.get(id) ?? [], followupsOf.get(id) ?? [], query),
  );
  // "ohne Zuordnung" only when it has something in the period.
  return { members: rows.filter((r) => r.member !== NOT_SET || hasFigures(r)), office };
}

function hasFigures(r: WorkloadFigures): boolean {
  return (
    r.inquiries + r.activities + r.hours + r.openFollowups + r.overdueFollowups > 0 ||
    r.previousYear.inquiries + r.previousYear.activities + r.previousYear.hours > 0
  );
}
