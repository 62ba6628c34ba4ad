// The annual report (Jahresbericht / Sachbericht) as a plain model: aggregates only. Inquiry figures
// come from computeDashboard, so the report, the dashboard and every export agree.
import type { CategoryEntry } from '../domain/categories';
import type { FollowupData } from '../domain/followup';
import type { Inquiry } from '../domain/inquiry';
import { EMPTY_FILTER } from '../domain/inquiryFilter';
import { partnerCounts, type Activity, type Organisation, type Person } from '../domain/network';
import type { Language, Settings } from '../domain/settings';
import {
  computeDashboard,
  NOT_SET,
  percentChange,
  type DashboardModel,
  type ShareKey,
} from '../stats/dashboard';
import { reportLabels, SECTION_IDS, type ReportLabels, type SectionId } from './reportLabels';

export type ReportUnit = 'count' | 'hours' | 'euro' | 'days';

export interface ReportRow {
  label: string;
  unit: ReportUnit;
  current: number;
  previous: number;
}

export interface ReportTable {
  id: string;
  title: string;
  unit: ReportUnit;
  rows: ReportRow[];
  note?: string;
}

export interface MonthPoint {
  /** "YYYY-MM" of the reporting period. */
  key: string;
  label: string;
  current: number;
  previous: number;
}

export interface ReportSection {
  id: SectionId;
  number: number;
  title: string;
  tables: ReportTable[];
  /** The office's own words for this section (highlights, context). */
  text: string;
  chart?: { title: string; points: MonthPoint[] };
}

export interface AnnualReport {
  language: Language;
  title: string;
  subtitle: string;
  officeName: string;
  district: string;
  team: string[];
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  createdAt: string;
  sections: ReportSection[];
}

export interface ReportInput {
  inquiries: readonly Inquiry[];
  followups: ReadonlyArray<FollowupData & { createdAt: string }>;
  activities: readonly Activity[];
  organisations: readonly Organisation[];
  persons: readonly Person[];
  settings: Settings;
  texts: Partial<Record<SectionId, string>>;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Default activity type ids (categories.ts) whose counts the report names. */
const ACT = {
  networkMeeting: 'aktart-01',
  workingGroup: 'aktart-02',
  event: 'aktart-03',
  schoolVisit: 'aktart-04',
  trainingGiven: 'aktart-05',
  trainingAttended: 'aktart-06',
  volunteerExchange: 'aktart-07',
  committee: 'aktart-08',
  press: 'aktart-09',
} as const;

export function shiftYears(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const rest = day.slice(4);
  // 29 February has no twin in a common year: compare with 28 February.
  if (rest === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`;
  return `${y}${rest}`;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
const inPeriod = (day: string, p: ReportPeriod) => day >= p.from && day <= p.to;

/** "+12" / "−5" percent change between the columns; null when the previous value is zero. */
export function rowChange(row: ReportRow): number | null {
  return percentChange(row.current, row.previous);
}

export function buildAnnualReport(
  input: ReportInput,
  period: ReportPeriod,
  options: { language: Language; createdAt: Date },
): AnnualReport {
  const L = reportLabels(options.language);
  const previous: ReportPeriod = { from: shiftYears(period.from, -1), to: shiftYears(period.to, -1) };
  const { settings } = input;
  const query = { grouping: 'month', stackBy: 'requesterType', filter: EMPTY_FILTER } as const;
  const cur = computeDashboard(input.inquiries, input.activities, input.followups, { ...period, ...query });
  const prev = computeDashboard(input.inquiries, input.activities, input.followups, {
    ...previous,
    ...query,
  });
  const row = (label: string, current: number, prevValue: number, unit: ReportUnit = 'count'): ReportRow => ({
    label,
    unit,
    current,
    previous: prevValue,
  });

  // Activities by type in both periods.
  const activityStats = (p: ReportPeriod) => {
    const count = new Map<string, number>();
    const participants = new Map<string, number>();
    const minutes = new Map<string, number>();
    let withVolunteers = 0;
    for (const a of input.activities) {
      if (!inPeriod(a.date, p)) continue;
      count.set(a.type, (count.get(a.type) ?? 0) + 1);
      participants.set(a.type, (participants.get(a.type) ?? 0) + (a.participants ?? 0));
      minutes.set(a.type, (minutes.get(a.type) ?? 0) + (a.minutes ?? 0));
      if (a.volunteerIds.length > 0) withVolunteers++;
    }
    const c = (type: string) => count.get(type) ?? 0;
    const pa = (...types: string[]) => types.reduce((sum, t) => sum + (participants.get(t) ?? 0), 0);
    const h = (type: string) => round1((minutes.get(type) ?? 0) / 60);
    return { count, c, pa, h, withVolunteers };
  };
  const actCur = activityStats(period);
  const actPrev = activityStats(previous);

  // Network partners during each period, by "Mitglied seit" (network.ts).
  const partnersCur = partnerCounts(input.organisations, period);
  const partnersPrev = partnerCounts(input.organisations, previous);

  // Volunteers active at some day of the period; allowances paid for months of the period.
  const volunteers = input.persons.filter((p) => p.volunteer);
  const activeIn = (p: ReportPeriod) =>
    volunteers.filter((v) => {
      const { activeFrom, activeUntil } = v.volunteer!;
      return (!activeFrom || activeFrom <= p.to) && (!activeUntil || activeUntil >= p.from);
    });
  const activeCur = activeIn(period);
  const activePrev = activeIn(previous);
  const newVolunteers = (p: ReportPeriod) =>
    volunteers.filter((v) => v.volunteer!.activeFrom && inPeriod(v.volunteer!.activeFrom, p)).length;
  const allowanceEuro = (p: ReportPeriod) => {
    const fromMonth = p.from.slice(0, 7);
    const toMonth = p.to.slice(0, 7);
    let cents = 0;
    for (const v of volunteers)
      for (const a of v.volunteer!.allowances)
        if (a.month >= fromMonth && a.month <= toMonth) cents += a.amountCents;
    return round2(cents / 100);
  };

  const labelOf = listLabeler(L);
  const shareTable = (key: ShareKey, listEntries: readonly CategoryEntry[]): ReportTable => ({
    id: key,
    title: L.tables[key],
    unit: 'count',
    rows: categoryRows(cur, prev, key, listEntries, labelOf),
    ...(key === 'topics' ? { note: L.tables.topicsNote } : {}),
  });

  const orgNames = new Map(input.organisations.map((o) => [o.id, o.name]));
  const prevReferrals = new Map(prev.partnerReferrals.map((r) => [r.orgId, r.count]));
  const referralRows = cur.partnerReferrals
    .filter((r) => orgNames.has(r.orgId))
    .slice(0, 10)
    .map((r) => row(orgNames.get(r.orgId)!, r.count, prevReferrals.get(r.orgId) ?? 0));
  const sumReferrals = (m: DashboardModel) => m.partnerReferrals.reduce((s, r) => s + r.count, 0);

  const prevByMonth = new Map(prev.timeline.map((b) => [b.key, b.total]));
  const points: MonthPoint[] = cur.timeline.map((b) => ({
    key: b.key,
    label: `${L.months[Number(b.key.slice(5, 7)) - 1]} ${b.key.slice(0, 4)}`,
    current: b.total,
    previous: prevByMonth.get(`${Number(b.key.slice(0, 4)) - 1}${b.key.slice(4)}`) ?? 0,
  }));

  const activityTypeRows = settings.lists.activityTypes
    .map((entry) => row(entry.label, actCur.c(entry.id), actPrev.c(entry.id)))
    .filter((r) => r.current || r.previous);
  for (const [type, count] of actCur.count)
    if (!settings.lists.activityTypes.some((e) => e.id === type))
      activityTypeRows.push(row(L.unknownEntry, count, actPrev.c(type)));

  const orgTypeCount = (orgs: readonly Organisation[], type: string) =>
    orgs.filter((o) => o.type === type).length;
  const orgTypeRows = settings.lists.organisationTypes
    .map((e) =>
      row(e.label, orgTypeCount(partnersCur.partners, e.id), orgTypeCount(partnersPrev.partners, e.id)),
    )
    .filter((r) => r.current || r.previous);
  const orgNoType = row(
    L.notSet,
    orgTypeCount(partnersCur.partners, ''),
    orgTypeCount(partnersPrev.partners, ''),
  );
  if (orgNoType.current || orgNoType.previous) orgTypeRows.push(orgNoType);

  const municipalityName = new Map(settings.lists.municipalities.map((e) => [e.id, e.label]));
  const volunteerMunicipalities = new Map<string, { current: number; previous: number }>();
  for (const [list, field] of [
    [activeCur, 'current'],
    [activePrev, 'previous'],
  ] as const)
    for (const v of list) {
      const id = v.volunteer!.municipality;
      const label = id ? (municipalityName.get(id) ?? L.unknownEntry) : L.notSet;
      const entry = volunteerMunicipalities.get(label) ?? { current: 0, previous: 0 };
      entry[field]++;
      volunteerMunicipalities.set(label, entry);
    }

  const tables: Record<SectionId, ReportTable[]> = {
    rahmen: [
      {
        id: 'overview',
        title: L.tables.overview,
        unit: 'count',
        rows: [
          row(L.rows.inquiries, cur.totals.inquiries, prev.totals.inquiries),
          row(L.rows.activities, cur.totals.activities, prev.totals.activities),
          row(
            `${L.rows.hoursTotal} (${L.units.hours})`,
            round1(cur.totals.hours),
            round1(prev.totals.hours),
            'hours',
          ),
          row(L.rows.partners, partnersCur.partners.length, partnersPrev.partners.length),
          row(L.rows.activeVolunteers, activeCur.length, activePrev.length),
        ],
      },
    ],
    anfragen: [
      {
        id: 'inquiries',
        title: L.tables.inquiries,
        unit: 'count',
        rows: [
          row(L.rows.inquiries, cur.totals.inquiries, prev.totals.inquiries),
          row(
            `${L.rows.inquiryHours} (${L.units.hours})`,
            round1(cur.totals.inquiryHours),
            round1(prev.totals.inquiryHours),
            'hours',
          ),
          row(
            `${L.rows.medianDays} (${L.units.days})`,
            round1(cur.medianDaysToClose ?? 0),
            round1(prev.medianDaysToClose ?? 0),
            'days',
          ),
          row(L.rows.referredToPartners, sumReferrals(cur), sumReferrals(prev)),
          row(L.rows.referredOther, cur.freeTextReferrals, prev.freeTextReferrals),
        ],
      },
      shareTable('requesterType', settings.lists.requesterTypes),
      shareTable('topics', settings.lists.topics),
      shareTable('channel', settings.lists.channels),
      shareTable('targetGroup', settings.lists.targetGroups),
      shareTable('municipality', settings.lists.municipalities),
      shareTable('result', settings.lists.results),
      { id: 'referrals', title: L.tables.referrals, unit: 'count', rows: referralRows },
      {
        id: 'months',
        title: L.tables.months,
        unit: 'count',
        rows: points.map((p) => row(p.label, p.current, p.previous)),
      },
    ],
    netzwerk: [
      {
        id: 'network',
        title: L.tables.network,
        unit: 'count',
        rows: [
          row(L.rows.partners, partnersCur.partners.length, partnersPrev.partners.length),
          ...(partnersCur.withoutMemberSince || partnersPrev.withoutMemberSince
            ? [
                row(
                  L.rows.partnersWithoutMemberSince,
                  partnersCur.withoutMemberSince,
                  partnersPrev.withoutMemberSince,
                ),
              ]
            : []),
          row(L.rows.newPartners, partnersCur.newPartners, partnersPrev.newPartners),
          row(L.rows.networkMeetings, actCur.c(ACT.networkMeeting), actPrev.c(ACT.networkMeeting)),
          row(L.rows.workingGroups, actCur.c(ACT.workingGroup), actPrev.c(ACT.workingGroup)),
          row(L.rows.committees, actCur.c(ACT.committee), actPrev.c(ACT.committee)),
          row(
            L.rows.meetingParticipants,
            actCur.pa(ACT.networkMeeting, ACT.workingGroup, ACT.committee),
            actPrev.pa(ACT.networkMeeting, ACT.workingGroup, ACT.committee),
          ),
        ],
      },
      { id: 'activityTypes', title: L.tables.activityTypes, unit: 'count', rows: activityTypeRows },
      { id: 'organisationTypes', title: L.tables.organisationTypes, unit: 'count', rows: orgTypeRows },
    ],
    ehrenamt: [
      {
        id: 'volunteers',
        title: L.tables.volunteers,
        unit: 'count',
        rows: [
          row(L.rows.activeVolunteers, activeCur.length, activePrev.length),
          row(L.rows.newVolunteers, newVolunteers(period), newVolunteers(previous)),
          row(L.rows.volunteerTrainings, actCur.c(ACT.trainingGiven), actPrev.c(ACT.trainingGiven)),
          row(L.rows.exchangeMeetings, actCur.c(ACT.volunteerExchange), actPrev.c(ACT.volunteerExchange)),
          row(L.rows.volunteerAssignments, actCur.withVolunteers, actPrev.withVolunteers),
          row(
            `${L.rows.allowances} (${L.units.euro})`,
            allowanceEuro(period),
            allowanceEuro(previous),
            'euro',
          ),
        ],
      },
      {
        id: 'volunteerMunicipalities',
        title: L.tables.volunteerMunicipalities,
        unit: 'count',
        rows: [...volunteerMunicipalities]
          .map(([label, v]) => row(label, v.current, v.previous))
          .sort((a, b) => b.current - a.current || a.label.localeCompare(b.label)),
      },
    ],
    veranstaltungen: [
      {
        id: 'events',
        title: L.tables.events,
        unit: 'count',
        rows: [
          row(L.rows.events, actCur.c(ACT.event), actPrev.c(ACT.event)),
          row(L.rows.eventParticipants, actCur.pa(ACT.event), actPrev.pa(ACT.event)),
          row(L.rows.schoolVisits, actCur.c(ACT.schoolVisit), actPrev.c(ACT.schoolVisit)),
          row(L.rows.schoolParticipants, actCur.pa(ACT.schoolVisit), actPrev.pa(ACT.schoolVisit)),
          row(L.rows.press, actCur.c(ACT.press), actPrev.c(ACT.press)),
        ],
      },
    ],
    fortbildung: [
      {
        id: 'training',
        title: L.tables.training,
        unit: 'count',
        rows: [
          row(L.rows.trainingsAttended, actCur.c(ACT.trainingAttended), actPrev.c(ACT.trainingAttended)),
          row(
            `${L.rows.trainingHours} (${L.units.hours})`,
            actCur.h(ACT.trainingAttended),
            actPrev.h(ACT.trainingAttended),
            'hours',
          ),
        ],
      },
    ],
    ausblick: [],
  };

  return {
    language: options.language,
    title: L.title,
    subtitle: L.subtitle,
    officeName: settings.officeName,
    district: settings.district,
    team: settings.lists.teamMembers.filter((e) => !e.hidden).map((e) => e.label),
    from: period.from,
    to: period.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    createdAt: options.createdAt.toISOString(),
    sections: SECTION_IDS.map((id, i) => ({
      id,
      number: i + 1,
      title: L.sections[id],
      tables: tables[id],
      text: input.texts[id] ?? '',
      ...(id === 'anfragen' ? { chart: { title: L.chartMonths, points } } : {}),
    })),
  };
}

function listLabeler(L: ReportLabels) {
  return (entries: readonly CategoryEntry[], id: string) =>
    id === NOT_SET ? L.notSet : (entries.find((e) => e.id === id)?.label ?? L.unknownEntry);
}

/** One row per list entry used in either period, in list order; unknown ids, then "ohne Angabe" last. */
function categoryRows(
  cur: DashboardModel,
  prev: DashboardModel,
  key: ShareKey,
  entries: readonly CategoryEntry[],
  labelOf: (entries: readonly CategoryEntry[], id: string) => string,
): ReportRow[] {
  const curMap = new Map(cur.shares[key].map((s) => [s.id, s.count]));
  const prevMap = new Map(prev.shares[key].map((s) => [s.id, s.count]));
  const ids = [...new Set([...entries.map((e) => e.id), ...curMap.keys(), ...prevMap.keys()])].sort(
    (a, b) => Number(a === NOT_SET) - Number(b === NOT_SET),
  );
  return ids
    .map((id) => ({
      label: labelOf(entries, id),
      unit: 'count' as const,
      current: curMap.get(id) ?? 0,
      previous: prevMap.get(id) ?? 0,
    }))
    .filter((r) => r.current || r.previous);
}
