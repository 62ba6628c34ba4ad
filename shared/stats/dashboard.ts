// The figures of "Auswertung": one pure function from plain records. The annual report and every
// export use the same functions, so their numbers cannot disagree.
import { addDays, parseISO } from 'date-fns';
import { toDay, type CalendarDay } from '../domain/calendarDay';
import type { FollowupData } from '../domain/followup';
import type { Inquiry } from '../domain/inquiry';
import { EMPTY_FILTER, filterInquiries, type InquiryFilter } from '../domain/inquiryFilter';
import type { ActivityData } from '../domain/network';
import {
  bucketOf,
  bucketsBetween,
  localParts,
  previousYearBucket,
  type Grouping,
  type LocalParts,
} from './buckets';

export type StackBy = 'requesterType' | 'topics';
export const SHARE_KEYS = [
  'requesterType',
  'topics',
  'channel',
  'targetGroup',
  'municipality',
  'result',
] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];

export interface DashboardQuery {
  from: CalendarDay;
  to: CalendarDay;
  grouping: Grouping;
  stackBy: StackBy;
  /** The list's category filters (period and text are the dashboard's own). */
  filter: InquiryFilter;
}

export interface TimelineBucket {
  key: string;
  total: number;
  byCategory: Record<string, number>;
  previousYear: number;
}

export interface WorkloadBucket {
  key: string;
  inquiries: number;
  activities: number;
  hours: number;
  hoursByMember: Record<string, number>;
  openFollowups: number;
  overdueFollowups: number;
}

export interface DashboardModel {
  timeline: TimelineBucket[];
  /** Stack categories, the largest first. */
  categories: string[];
  shares: Record<ShareKey, Array<{ id: string; count: number }>>;
  referrals: Array<{ label: string; orgId?: string; count: number }>;
  workload: WorkloadBucket[];
  medianDaysToClose: number | null;
  totals: {
    inquiries: number;
    inquiriesPreviousYear: number;
    activities: number;
    hours: number;
    openFollowups: number;
    overdueFollowups: number;
  };
}

// Local calendar parts per record, computed once per object (records are immutable snapshots).
const partsCache = new WeakMap<object, LocalParts>();
function partsOf(record: object, iso: string): LocalParts {
  let parts = partsCache.get(record);
  if (!parts) {
    parts = localParts(iso);
    partsCache.set(record, parts);
  }
  return parts;
}

function dayOf(p: LocalParts): CalendarDay {
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function shiftYear(day: CalendarDay, years: number): CalendarDay {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

/** Inquiries matching the filter whose local receipt day lies in [from, to]. */
export function inquiriesInPeriod(
  inquiries: readonly Inquiry[],
  filter: InquiryFilter,
  from: CalendarDay,
  to: CalendarDay,
): Inquiry[] {
  return filterInquiries(inquiries, { ...filter, from, to, text: '' });
}

/** The first and last day of a bucket, clipped to [from, to]: what a drill-down filters on. */
export function bucketDays(
  key: string,
  from: CalendarDay,
  to: CalendarDay,
): { from: CalendarDay; to: CalendarDay } {
  let start: Date;
  let end: Date;
  if (/^\d{4}$/.test(key)) {
    start = new Date(Number(key), 0, 1);
    end = new Date(Number(key), 11, 31);
  } else if (/-Q\d$/.test(key)) {
    const y = Number(key.slice(0, 4));
    const q = Number(key.slice(-1));
    start = new Date(y, (q - 1) * 3, 1);
    end = new Date(y, q * 3, 0);
  } else if (/-W\d{2}$/.test(key)) {
    const y = Number(key.slice(0, 4));
    const w = Number(key.slice(-2));
    const jan4 = new Date(y, 0, 4);
    const monday = addDays(jan4, -((jan4.getDay() || 7) - 1) + (w - 1) * 7);
    start = monday;
    end = addDays(monday, 6);
  } else {
    const y = Number(key.slice(0, 4));
    const m = Number(key.slice(5, 7));
    start = new Date(y, m - 1, 1);
    end = new Date(y, m, 0);
  }
  const s = toDay(start);
  const e = toDay(end);
  return { from: s < from ? from : s, to: e > to ? to : e };
}

function sortedCounts(counts: Map<string, number>): Array<{ id: string; count: number }> {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function upperBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function computeDashboard(
  inquiries: readonly Inquiry[],
  activities: ReadonlyArray<ActivityData & { id: string }>,
  followups: ReadonlyArray<FollowupData & { createdAt: string }>,
  query: DashboardQuery,
): DashboardModel {
  const { from, to, grouping, stackBy } = query;
  const keys = bucketsBetween(from, to, grouping);
  const timeline = new Map<string, TimelineBucket>(
    keys.map((key) => [key, { key, total: 0, byCategory: {}, previousYear: 0 }]),
  );
  const workload = new Map<string, WorkloadBucket>(
    keys.map((key) => [
      key,
      {
        key,
        inquiries: 0,
        activities: 0,
        hours: 0,
        hoursByMember: {},
        openFollowups: 0,
        overdueFollowups: 0,
      },
    ]),
  );
  const categoryTotals = new Map<string, number>();
  const shareCounts: Record<ShareKey, Map<string, number>> = {
    requesterType: new Map(),
    topics: new Map(),
    channel: new Map(),
    targetGroup: new Map(),
    municipality: new Map(),
    result: new Map(),
  };
  const referralCounts = new Map<string, { label: string; orgId?: string; count: number }>();
  const closeDays: number[] = [];
  const bump = (map: Map<string, number>, id: string | undefined) => {
    if (id) map.set(id, (map.get(id) ?? 0) + 1);
  };

  const current = inquiriesInPeriod(inquiries, query.filter, from, to);
  let minutesTotal = 0;
  for (const inq of current) {
    const key = bucketOf(partsOf(inq, inq.receivedAt), grouping);
    const bucket = timeline.get(key);
    if (bucket) {
      bucket.total++;
      const cats = stackBy === 'topics' ? inq.topics : [inq.requesterType];
      for (const c of cats) {
        bucket.byCategory[c] = (bucket.byCategory[c] ?? 0) + 1;
        categoryTotals.set(c, (categoryTotals.get(c) ?? 0) + 1);
      }
    }
    const w = workload.get(key);
    if (w) {
      w.inquiries++;
      const hours = (inq.minutes ?? 0) / 60;
      w.hours += hours;
      if (inq.handledBy) w.hoursByMember[inq.handledBy] = (w.hoursByMember[inq.handledBy] ?? 0) + hours;
    }
    minutesTotal += inq.minutes ?? 0;
    bump(shareCounts.requesterType, inq.requesterType);
    for (const t of inq.topics) bump(shareCounts.topics, t);
    bump(shareCounts.channel, inq.channel);
    bump(shareCounts.targetGroup, inq.targetGroup);
    bump(shareCounts.municipality, inq.municipality);
    bump(shareCounts.result, inq.result);
    for (const orgId of inq.referralOrgIds ?? []) {
      const r = referralCounts.get(`org:${orgId}`) ?? { label: orgId, orgId, count: 0 };
      r.count++;
      referralCounts.set(`org:${orgId}`, r);
    }
    for (const label of inq.referrals ?? []) {
      const r = referralCounts.get(`text:${label}`) ?? { label, count: 0 };
      r.count++;
      referralCounts.set(`text:${label}`, r);
    }
    if (inq.closedAt) {
      const days = (Date.parse(inq.closedAt) - Date.parse(inq.receivedAt)) / 86_400_000;
      if (days >= 0) closeDays.push(days);
    }
  }

  // Previous year: the same filter, one year earlier, mapped onto this period's buckets.
  const previous = inquiriesInPeriod(inquiries, query.filter, shiftYear(from, -1), shiftYear(to, -1));
  const prevByKey = new Map<string, number>();
  for (const inq of previous) {
    const key = bucketOf(partsOf(inq, inq.receivedAt), grouping);
    prevByKey.set(key, (prevByKey.get(key) ?? 0) + 1);
  }
  for (const bucket of timeline.values())
    bucket.previousYear = prevByKey.get(previousYearBucket(bucket.key)) ?? 0;

  // Activities: count and office hours per bucket.
  let activityCount = 0;
  let activityMinutes = 0;
  for (const act of activities) {
    if (act.date < from || act.date > to) continue;
    const [y, m, d] = act.date.split('-').map(Number) as [number, number, number];
    const w = workload.get(bucketOf({ year: y, month: m, day: d }, grouping));
    activityCount++;
    activityMinutes += act.minutes ?? 0;
    if (w) {
      w.activities++;
      w.hours += (act.minutes ?? 0) / 60;
    }
  }

  // Follow-ups open and overdue at the end of each bucket, by counting on sorted days.
  const created: string[] = [];
  const done: string[] = [];
  const due: string[] = [];
  const doneAndDue: string[] = []; // a done follow-up stops being overdue at max(due + 1 day, done day)
  for (const f of followups) {
    const createdDay = dayOf(partsOf(f, f.createdAt || `${f.due}T12:00:00`));
    created.push(createdDay);
    due.push(f.due);
    if (f.status === 'erledigt') {
      const doneDay = f.doneAt ? dayOf(localParts(f.doneAt)) : createdDay;
      done.push(doneDay);
      const dueNext = toDay(addDays(parseISO(f.due), 1));
      doneAndDue.push(doneDay > dueNext ? doneDay : dueNext);
    }
  }
  created.sort();
  done.sort();
  due.sort();
  doneAndDue.sort();
  const at = (end: string) => {
    const open = upperBound(created, end) - upperBound(done, end);
    // overdue: due before the end day and not done by then
    const dueBefore = upperBound(due, toDay(addDays(parseISO(end), -1)));
    return { open, overdue: Math.max(0, dueBefore - upperBound(doneAndDue, end)) };
  };
  for (const w of workload.values()) {
    const { to: end } = bucketDays(w.key, from, to);
    const counts = at(end);
    w.openFollowups = counts.open;
    w.overdueFollowups = counts.overdue;
  }
  const endCounts = at(to);

  closeDays.sort((a, b) => a - b);
  const mid = closeDays.length >> 1;
  const median =
    closeDays.length === 0
      ? null
      : closeDays.length % 2
        ? closeDays[mid]!
        : (closeDays[mid - 1]! + closeDays[mid]!) / 2;

  const shares = Object.fromEntries(
    SHARE_KEYS.map((k) => [k, sortedCounts(shareCounts[k])]),
  ) as DashboardModel['shares'];
  return {
    timeline: [...timeline.values()],
    categories: sortedCounts(categoryTotals).map((c) => c.id),
    shares,
    referrals: [...referralCounts.values()]
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, 10),
    workload: [...workload.values()],
    medianDaysToClose: median,
    totals: {
      inquiries: current.length,
      inquiriesPreviousYear: previous.length,
      activities: activityCount,
      hours: (minutesTotal + activityMinutes) / 60,
      openFollowups: endCounts.open,
      overdueFollowups: endCounts.overdue,
    },
  };
}

/** "+12 %" change; null when there is nothing to compare with. */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 100);
}

export { EMPTY_FILTER };
