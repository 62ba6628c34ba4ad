// The figures of "Auswertung": one pure function from plain records. The annual report and every
// export use the same functions, so their numbers cannot disagree.
import { dayOfParts, toDay, type CalendarDay } from '../domain/calendarDay';
import type { FollowupData } from '../domain/followup';
import type { Inquiry } from '../domain/inquiry';
import type { InquiryFilter } from '../domain/inquiryFilter';
import { allowedCodes, bucketColumn, dayNumber, inquiryColumns } from './inquiryColumns';
import type { ActivityData } from '../domain/network';
import {
  bucketOf,
  bucketsBetween,
  localParts,
  previousYearBucket,
  utcDate,
  utcDay,
  type Grouping,
  type LocalParts,
} from './buckets';

export type StackBy = 'requesterType' | 'topics';

/**
 * The id under which inquiries without a value ("ohne Angabe") are counted in shares, stacks and hours
 * per member: every chart then adds up to the same total as the tables and the key figures.
 */
export const NOT_SET = '__notSet';
export const SHARE_KEYS = [
  'requesterType',
  'topics',
  'channel',
  'targetGroup',
  'municipality',
  'result',
  'fieldOfAction',
] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];

export interface DashboardQuery {
  from: CalendarDay;
  to: CalendarDay;
  grouping: Grouping;
  stackBy: StackBy;
  /** The list's category filters (period and text are the dashboard's own). */
  filter: InquiryFilter;
  /**
   * Today (default: the clock's). Follow-ups "open/overdue at a period end" that is today or later
   * are counted as they stand now, the way "Heute" counts them: a follow-up marked done is done, even
   * when its done date lies ahead (another device's clock, sample data).
   */
  today?: CalendarDay;
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
  /** Working time of inquiries (Zeitaufwand) and activities (Arbeitszeit), in hours. */
  hours: number;
  /**
   * The same hours by "Bearbeitet von" (a team member's id; NOT_SET when none): they add up to
   * `hours`. An activity's event duration is not working time and is not counted.
   */
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
  /** The referrals beyond the top ten, so the chart adds up ("Weitere (23 Verweisziele)"). */
  otherReferrals: { targets: number; count: number };
  workload: WorkloadBucket[];
  medianDaysToClose: number | null;
  totals: {
    inquiries: number;
    inquiriesPreviousYear: number;
    activities: number;
    hours: number;
    inquiryHours: number;
    activityHours: number;
    openFollowups: number;
    overdueFollowups: number;
  };
  /** Referrals to network partners, all of them (the top ten are in `referrals`). */
  partnerReferrals: Array<{ orgId: string; count: number }>;
  /** Referrals typed as free text (their labels are not part of reports). */
  freeTextReferrals: number;
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
  return dayOfParts(p.year, p.month, p.day);
}

/** The first and last day of a bucket, clipped to [from, to]: what a drill-down filters on. */
export function bucketDays(
  key: string,
  from: CalendarDay,
  to: CalendarDay,
): { from: CalendarDay; to: CalendarDay } {
  // UTC dates: day arithmetic without time zones, and years below 100 stay what they are.
  const y = Number(key.slice(0, 4));
  let start: Date;
  let end: Date;
  if (/^\d{4}$/.test(key)) {
    start = utcDate(y, 0, 1);
    end = utcDate(y, 11, 31);
  } else if (/-Q\d$/.test(key)) {
    const q = Number(key.slice(-1));
    start = utcDate(y, (q - 1) * 3, 1);
    end = utcDate(y, q * 3, 0);
  } else if (/-W\d{2}$/.test(key)) {
    const w = Number(key.slice(-2));
    const jan4 = utcDate(y, 0, 4);
    start = utcDate(y, 0, 4 - ((jan4.getUTCDay() || 7) - 1) + (w - 1) * 7);
    end = utcDate(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 6);
  } else {
    const m = Number(key.slice(5, 7));
    start = utcDate(y, m - 1, 1);
    end = utcDate(y, m, 0);
  }
  const s = utcDay(start);
  const e = utcDay(end);
  return { from: s < from ? from : s, to: e > to ? to : e };
}

/** The largest first; "ohne Angabe" last, whatever its size. */
function sortedCounts(counts: Map<string, number>): Array<{ id: string; count: number }> {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort(
      (a, b) =>
        Number(a.id === NOT_SET) - Number(b.id === NOT_SET) || b.count - a.count || a.id.localeCompare(b.id),
    );
}

function nextDay(day: CalendarDay): CalendarDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return utcDay(utcDate(y, m - 1, d + 1));
}

/**
 * When each follow-up was open and when overdue, as day intervals [start, stop): open from the day it
 * was created until the day it was done; overdue from the day after its due date (but never before it
 * existed) until done. Starts and stops are kept in separate sorted lists, so the count at a day is
 * (starts on or before it) − (stops on or before it). Empty intervals (done before they began) are left out.
 */
interface FollowupDays {
  openStart: string[];
  openStop: string[];
  overdueStart: string[];
  overdueStop: string[];
}

// Sorted day lists per follow-up list; the store hands out the same array until something changes.
const followupDaysCache = new WeakMap<object, FollowupDays>();

function followupDays(followups: ReadonlyArray<FollowupData & { createdAt: string }>): FollowupDays {
  const cached = followupDaysCache.get(followups);
  if (cached) return cached;
  const days: FollowupDays = { openStart: [], openStop: [], overdueStart: [], overdueStop: [] };
  const add = (start: string, stop: string | undefined, starts: string[], stops: string[]) => {
    if (stop !== undefined && stop <= start) return;
    starts.push(start);
    if (stop !== undefined) stops.push(stop);
  };
  for (const f of followups) {
    const createdDay = dayOf(partsOf(f, f.createdAt || `${f.due}T12:00:00`));
    const doneDay =
      f.status === 'erledigt' ? (f.doneAt ? dayOf(localParts(f.doneAt)) : createdDay) : undefined;
    const dueNext = nextDay(f.due);
    add(createdDay, doneDay, days.openStart, days.openStop);
    add(dueNext > createdDay ? dueNext : createdDay, doneDay, days.overdueStart, days.overdueStop);
  }
  for (const list of Object.values(days)) list.sort();
  followupDaysCache.set(followups, days);
  return days;
}

/** Open and overdue follow-ups as they stand today, counted as "Heute" and "Wiedervorlagen" do. */
export function followupsNow(
  followups: ReadonlyArray<Pick<FollowupData, 'status' | 'due'>>,
  today: CalendarDay,
): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const f of followups) {
    if (f.status === 'erledigt') continue;
    open++;
    if (f.due < today) overdue++;
  }
  return { open, overdue };
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

/** The referral chart names this many targets; the rest are one "Weitere" bar. */
const TOP_REFERRALS = 10;

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
    fieldOfAction: new Map(),
  };
  const referralCounts = new Map<string, { label: string; orgId?: string; count: number }>();

  // One pass over the inquiries' integer columns (see inquiryColumns): the category filters, then
  // the current period or the same period a year earlier.
  const cols = inquiryColumns(inquiries);
  const { keys: allKeys, index: bucketIndex } = bucketColumn(cols, grouping);
  const fromN = dayNumber(from);
  const toN = dayNumber(to);
  const prevFromN = fromN - 10000;
  const prevToN = toN - 10000;
  const f = query.filter;
  const allowRequester = allowedCodes(cols.requesterType.names, f.requesterTypes);
  const allowStatus = allowedCodes(cols.status.names, f.statuses);
  const allowMunicipality = allowedCodes(cols.municipality.names, f.municipalities);
  const allowHandledBy = allowedCodes(cols.handledBy.names, f.handledBy);
  const allowChannel = allowedCodes(cols.channel.names, f.channels);
  const allowTargetGroup = allowedCodes(cols.targetGroup.names, f.targetGroups);
  const allowResult = allowedCodes(cols.result.names, f.results);
  const allowField = allowedCodes(cols.fieldOfAction.names, f.fieldsOfAction);
  const allowTopic = allowedCodes(cols.topicNames, f.topics);
  const urgentOnly = !!f.urgentOnly;
  const nBuckets = allKeys.length;
  const inBucket = new Int32Array(nBuckets);
  const prevInBucket = new Int32Array(nBuckets);
  const minutesInBucket = new Float64Array(nBuckets);
  const stackNames = stackBy === 'topics' ? cols.topicNames : cols.requesterType.names;
  const nStack = stackNames.length;
  const stackCounts = new Int32Array(nBuckets * nStack);
  const nMembers = cols.handledBy.names.length;
  const memberMinutes = new Float64Array(nBuckets * nMembers);
  const shareCodes = {
    requesterType: new Int32Array(cols.requesterType.names.length),
    topics: new Int32Array(cols.topicNames.length),
    channel: new Int32Array(cols.channel.names.length),
    targetGroup: new Int32Array(cols.targetGroup.names.length),
    municipality: new Int32Array(cols.municipality.names.length),
    result: new Int32Array(cols.result.names.length),
    fieldOfAction: new Int32Array(cols.fieldOfAction.names.length),
  };
  const { start: roStart, codes: roCodes } = cols.referralOrgs;
  const { start: rtStart, codes: rtCodes } = cols.referralTexts;
  const referralOrgCounts = new Int32Array(cols.referralOrgs.names.length);
  const referralTextCounts = new Int32Array(cols.referralTexts.names.length);
  const closeDays = new Float64Array(cols.count);
  let closeCount = 0;
  let currentCount = 0;
  let previousCount = 0;
  let minutesTotal = 0;
  const { day, topicStart, topicCodes } = cols;
  const rt = cols.requesterType.codes;
  const ch = cols.channel.codes;
  const tg = cols.targetGroup.codes;
  const mu = cols.municipality.codes;
  const re = cols.result.codes;
  const fa = cols.fieldOfAction.codes;
  const hb = cols.handledBy.codes;
  const st = cols.status.codes;
  const { urgent, minutes: minutesOf, closeDays: closeOf } = cols;
  const shareRt = shareCodes.requesterType;
  const shareTopics = shareCodes.topics;
  const shareCh = shareCodes.channel;
  const shareTg = shareCodes.targetGroup;
  const shareMu = shareCodes.municipality;
  const shareRe = shareCodes.result;
  const shareFa = shareCodes.fieldOfAction;
  for (let i = 0; i < cols.count; i++) {
    const d = day[i]!;
    const inCurrent = d >= fromN && d <= toN;
    if (!inCurrent && (d < prevFromN || d > prevToN)) continue;
    if (urgentOnly && !urgent[i]) continue;
    if (allowRequester && !allowRequester[rt[i]!]) continue;
    if (allowStatus && !allowStatus[st[i]!]) continue;
    if (allowMunicipality && !allowMunicipality[mu[i]!]) continue;
    if (allowHandledBy && !allowHandledBy[hb[i]!]) continue;
    if (allowChannel && !allowChannel[ch[i]!]) continue;
    if (allowTargetGroup && !allowTargetGroup[tg[i]!]) continue;
    if (allowResult && !allowResult[re[i]!]) continue;
    if (allowField && !allowField[fa[i]!]) continue;
    const t0 = topicStart[i]!;
    const t1 = topicStart[i + 1]!;
    if (allowTopic) {
      let any = false;
      for (let t = t0; t < t1; t++) if (allowTopic[topicCodes[t]!]) any = true;
      if (!any) continue;
    }
    const b = bucketIndex[i]!;
    if (!inCurrent) {
      previousCount++;
      prevInBucket[b]!++;
      continue;
    }
    currentCount++;
    inBucket[b]!++;
    if (stackBy === 'topics') {
      for (let t = t0; t < t1; t++) stackCounts[b * nStack + topicCodes[t]!]!++;
      if (t0 === t1) stackCounts[b * nStack]!++; // no topic: code 0, "ohne Angabe"
    } else {
      stackCounts[b * nStack + rt[i]!]!++;
    }
    const minutes = minutesOf[i]!;
    minutesInBucket[b]! += minutes;
    memberMinutes[b * nMembers + hb[i]!]! += minutes;
    minutesTotal += minutes;
    shareRt[rt[i]!]!++;
    for (let t = t0; t < t1; t++) shareTopics[topicCodes[t]!]!++;
    if (t0 === t1) shareTopics[0]!++;
    shareCh[ch[i]!]!++;
    shareTg[tg[i]!]!++;
    shareMu[mu[i]!]!++;
    shareRe[re[i]!]!++;
    shareFa[fa[i]!]!++;
    for (let r = roStart[i]!; r < roStart[i + 1]!; r++) referralOrgCounts[roCodes[r]!]!++;
    for (let r = rtStart[i]!; r < rtStart[i + 1]!; r++) referralTextCounts[rtCodes[r]!]!++;
    const close = closeOf[i]!;
    if (close === close) closeDays[closeCount++] = close; // not NaN
  }
  // From the integer counts back to the model's keyed shape.
  const globalIndex = new Map(allKeys.map((key, k) => [key, k]));
  for (const bucket of timeline.values()) {
    const b = globalIndex.get(bucket.key);
    const prevB = globalIndex.get(previousYearBucket(bucket.key));
    bucket.previousYear = prevB === undefined ? 0 : prevInBucket[prevB]!;
    if (b === undefined) continue;
    bucket.total = inBucket[b]!;
    for (let c = 0; c < nStack; c++) {
      const count = stackCounts[b * nStack + c]!;
      if (!count) continue;
      const id = c ? stackNames[c]! : NOT_SET;
      bucket.byCategory[id] = count;
      categoryTotals.set(id, (categoryTotals.get(id) ?? 0) + count);
    }
    const w = workload.get(bucket.key)!;
    w.inquiries = inBucket[b]!;
    w.hours = minutesInBucket[b]! / 60;
    for (let m = 0; m < nMembers; m++) {
      const minutes = memberMinutes[b * nMembers + m]!;
      if (minutes) w.hoursByMember[m ? cols.handledBy.names[m]! : NOT_SET] = minutes / 60;
    }
  }
  const shareColumns: Record<ShareKey, readonly string[]> = {
    requesterType: cols.requesterType.names,
    topics: cols.topicNames,
    channel: cols.channel.names,
    targetGroup: cols.targetGroup.names,
    municipality: cols.municipality.names,
    result: cols.result.names,
    fieldOfAction: cols.fieldOfAction.names,
  };
  for (const k of SHARE_KEYS) {
    const counts = shareCodes[k];
    for (let c = 0; c < counts.length; c++)
      if (counts[c]) shareCounts[k].set(c ? shareColumns[k][c]! : NOT_SET, counts[c]!);
  }
  referralOrgCounts.forEach((count, c) => {
    const orgId = cols.referralOrgs.names[c]!;
    if (c && count) referralCounts.set(`org:${orgId}`, { label: orgId, orgId, count });
  });
  referralTextCounts.forEach((count, c) => {
    const label = cols.referralTexts.names[c]!;
    if (c && count) referralCounts.set(`text:${label}`, { label, count });
  });

  // Activities: count and working time (Arbeitszeit) per bucket and per member who did the work.
  let activityCount = 0;
  let activityMinutes = 0;
  for (const act of activities) {
    if (act.date < from || act.date > to) continue;
    const [y, m, d] = act.date.split('-').map(Number) as [number, number, number];
    const w = workload.get(bucketOf({ year: y, month: m, day: d }, grouping));
    const minutes = act.minutes ?? 0;
    activityCount++;
    activityMinutes += minutes;
    if (w) {
      w.activities++;
      w.hours += minutes / 60;
      if (minutes) {
        const member = act.handledBy || NOT_SET;
        w.hoursByMember[member] = (w.hoursByMember[member] ?? 0) + minutes / 60;
      }
    }
  }

  // Follow-ups open and overdue at the end of each bucket, by counting on sorted days.
  // Only what existed at a bucket's end counts there: a follow-up created in June and due in 1900
  // is overdue from June on, not in every month before.
  // A period end today or later means now: counted from the current status (followupsNow).
  const { openStart, openStop, overdueStart, overdueStop } = followupDays(followups);
  const today = query.today ?? toDay(new Date());
  let now: { open: number; overdue: number } | undefined;
  const at = (end: string) =>
    end >= today
      ? (now ??= followupsNow(followups, today))
      : {
          open: upperBound(openStart, end) - upperBound(openStop, end),
          overdue: upperBound(overdueStart, end) - upperBound(overdueStop, end),
        };
  for (const w of workload.values()) {
    const { to: end } = bucketDays(w.key, from, to);
    const counts = at(end);
    w.openFollowups = counts.open;
    w.overdueFollowups = counts.overdue;
  }
  const endCounts = at(to);

  // A typed array sorts numerically without a comparator: several times faster at 50,000.
  const sortedDays = closeDays.subarray(0, closeCount).sort();
  const mid = sortedDays.length >> 1;
  const median =
    sortedDays.length === 0
      ? null
      : sortedDays.length % 2
        ? sortedDays[mid]!
        : (sortedDays[mid - 1]! + sortedDays[mid]!) / 2;

  const shares = Object.fromEntries(
    SHARE_KEYS.map((k) => [k, sortedCounts(shareCounts[k])]),
  ) as DashboardModel['shares'];
  const rankedReferrals = [...referralCounts.values()].sort(
    (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  );
  return {
    timeline: [...timeline.values()],
    categories: sortedCounts(categoryTotals).map((c) => c.id),
    shares,
    referrals: rankedReferrals.slice(0, TOP_REFERRALS),
    otherReferrals: {
      targets: Math.max(0, rankedReferrals.length - TOP_REFERRALS),
      count: rankedReferrals.slice(TOP_REFERRALS).reduce((sum, r) => sum + r.count, 0),
    },
    workload: [...workload.values()],
    medianDaysToClose: median,
    partnerReferrals: [...referralCounts.values()]
      .filter((r) => r.orgId !== undefined)
      .map((r) => ({ orgId: r.orgId!, count: r.count }))
      .sort((a, b) => b.count - a.count || a.orgId.localeCompare(b.orgId)),
    freeTextReferrals: referralTextCounts.reduce((sum, n, c) => (c ? sum + n : sum), 0),
    totals: {
      inquiries: currentCount,
      inquiriesPreviousYear: previousCount,
      activities: activityCount,
      hours: (minutesTotal + activityMinutes) / 60,
      inquiryHours: minutesTotal / 60,
      activityHours: activityMinutes / 60,
      openFollowups: endCounts.open,
      overdueFollowups: endCounts.overdue,
    },
  };
}

/** "+12 %" change; null when there is nothing to compare with. */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  // "+ 0": a change that rounds to nothing is 0 %, not "-0 %" (Math.round(-0.2) is -0).
  return Math.round(((current - previous) / previous) * 100) + 0;
}

/**
 * The "Stunden <name>" columns of the workload table: the team's current members (in list order),
 * hidden or unknown names only where they have hours, and "ohne „Bearbeitet von“" last when some
 * hours have no member. Together they add up to the "Stunden" column.
 */
export function workloadMemberColumns(
  model: Pick<DashboardModel, 'workload'>,
  teamMembers: ReadonlyArray<{ id: string; hidden?: boolean }>,
): string[] {
  const withHours = new Set<string>();
  for (const w of model.workload)
    for (const [id, hours] of Object.entries(w.hoursByMember)) if (hours) withHours.add(id);
  const listed = new Set(teamMembers.map((m) => m.id));
  return [
    ...teamMembers.filter((m) => !m.hidden || withHours.has(m.id)).map((m) => m.id),
    ...[...withHours].filter((id) => id !== NOT_SET && !listed.has(id)).sort(),
    ...(withHours.has(NOT_SET) ? [NOT_SET] : []),
  ];
}
