// The catalogue of report tables and charts. Every profile takes its tables from here, so a table
// shows the same figures in every profile; inquiry figures come from computeDashboard, so the
// reports, the dashboard and every export agree.
import type { CategoryEntry } from '../domain/categories';
import type { FollowupData } from '../domain/followup';
import type { Inquiry } from '../domain/inquiry';
import { EMPTY_FILTER } from '../domain/inquiryFilter';
import { partnerCounts, type Activity, type Organisation, type Person } from '../domain/network';
import type { Settings } from '../domain/settings';
import { computeDashboard, NOT_SET, type DashboardModel, type ShareKey } from '../stats/dashboard';
import type { ReportLabels } from './reportLabels';
import type { ChartId, TableId } from './reportProfiles';

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

export interface ReportChart {
  id: ChartId;
  title: string;
  points: MonthPoint[];
}

export interface ReportInput {
  inquiries: readonly Inquiry[];
  followups: ReadonlyArray<FollowupData & { createdAt: string }>;
  activities: readonly Activity[];
  organisations: readonly Organisation[];
  persons: readonly Person[];
  settings: Settings;
  /** The office's own words per section key, for the period. */
  texts: Partial<Record<string, string>>;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Default activity type ids (categories.ts) whose counts the report names. */
export const ACT = {
  networkMeeting: 'aktart-01',
  workingGroup: 'aktart-02',
  event: 'aktart-03',
  schoolVisit: 'aktart-04',
  trainingGiven: 'aktart-05',
  trainingAttended: 'aktart-06',
  volunteerExchange: 'aktart-07',
  committee: 'aktart-08',
  press: 'aktart-09',
  fundingAdvice: 'aktart-10',
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

/** The months of a period as "YYYY-MM", in order. */
export function monthsOf(p: ReportPeriod): string[] {
  const out: string[] = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const end = p.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    out.push(key);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The same month a year earlier: "2025-03" → "2024-03". */
/** The months lying wholly in the period ("2026-01" … "2026-11" for 1 January to 2 December). */
export function wholeMonthsOf(p: ReportPeriod): string[] {
  const months = monthsOf(p);
  const lastDay = (key: string) => {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return `${key}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return months.filter((key) => p.from <= `${key}-01` && p.to >= lastDay(key));
}

const monthBefore = (key: string) => `${Number(key.slice(0, 4)) - 1}${key.slice(4)}`;

export interface ReportCatalogue {
  previous: ReportPeriod;
  table(id: TableId): ReportTable;
  chart(id: ChartId): ReportChart;
}

/**
 * The catalogue for one period: each table is built on first use (a profile uses a few of them) and
 * the same object is returned after that.
 */
export function reportCatalogue(input: ReportInput, period: ReportPeriod, L: ReportLabels): ReportCatalogue {
  const previous: ReportPeriod = { from: shiftYears(period.from, -1), to: shiftYears(period.to, -1) };
  const { settings } = input;
  const once = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const dashboards = once(() => {
    const query = { grouping: 'month', stackBy: 'requesterType', filter: EMPTY_FILTER } as const;
    return {
      cur: computeDashboard(input.inquiries, input.activities, input.followups, { ...period, ...query }),
      prev: computeDashboard(input.inquiries, input.activities, input.followups, { ...previous, ...query }),
    };
  });
  const row = (label: string, current: number, prevValue: number, unit: ReportUnit = 'count'): ReportRow => ({
    label,
    unit,
    current,
    previous: prevValue,
  });
  const rowsTable = (id: TableId, rows: ReportRow[], unit: ReportUnit = 'count', note?: string) => ({
    id,
    title: L.tables[id],
    unit,
    rows,
    ...(note ? { note } : {}),
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
    const c = (...types: string[]) => types.reduce((sum, t) => sum + (count.get(t) ?? 0), 0);
    const pa = (...types: string[]) => types.reduce((sum, t) => sum + (participants.get(t) ?? 0), 0);
    const h = (...types: string[]) => round1(types.reduce((sum, t) => sum + (minutes.get(t) ?? 0), 0) / 60);
    return { count, c, pa, h, withVolunteers };
  };
  const acts = once(() => ({ cur: activityStats(period), prev: activityStats(previous) }));

  // Network partners during each period, by "Mitglied seit" (network.ts).
  const partners = once(() => ({
    cur: partnerCounts(input.organisations, period),
    prev: partnerCounts(input.organisations, previous),
  }));

  // Volunteers active at some day of the period; allowances paid for months of the period.
  const volunteers = input.persons.filter((p) => p.volunteer);
  const activeIn = (p: ReportPeriod) =>
    volunteers.filter((v) => {
      const { activeFrom, activeUntil } = v.volunteer!;
      return (!activeFrom || activeFrom <= p.to) && (!activeUntil || activeUntil >= p.from);
    });
  const active = once(() => ({ cur: activeIn(period), prev: activeIn(previous) }));
  const newVolunteers = (p: ReportPeriod) =>
    volunteers.filter((v) => v.volunteer!.activeFrom && inPeriod(v.volunteer!.activeFrom, p)).length;
  const allowanceCents = (fromMonth: string, toMonth: string) => {
    let cents = 0;
    for (const v of volunteers)
      for (const a of v.volunteer!.allowances)
        if (a.month >= fromMonth && a.month <= toMonth) cents += a.amountCents;
    return cents;
  };
  // Allowances are paid per month: only the period's whole months count, and the same months a year
  // before (the year so far to 2 December compares January–November with January–November).
  const allowanceMonthKeys = wholeMonthsOf(period);
  const allowanceEuro = (months: readonly string[]) =>
    round2(months.reduce((cents, key) => cents + allowanceCents(key, key), 0) / 100);
  const allowanceTotals = once(() => ({
    cur: allowanceEuro(allowanceMonthKeys),
    prev: allowanceEuro(allowanceMonthKeys.map(monthBefore)),
  }));

  const listLabel = (entries: readonly CategoryEntry[], id: string) =>
    id === NOT_SET || id === '' ? L.notSet : (entries.find((e) => e.id === id)?.label ?? L.unknownEntry);

  const shareTable = (key: ShareKey, id: TableId, entries: readonly CategoryEntry[]): ReportTable => {
    const { cur, prev } = dashboards();
    return rowsTable(
      id,
      categoryRows(cur, prev, key, entries, listLabel),
      'count',
      key === 'topics' ? L.tables.topicsNote : undefined,
    );
  };

  /** Rows of activities per list entry (in list order, unknown ids, then "ohne Angabe" last). */
  const activityRowsBy = (
    entries: readonly CategoryEntry[],
    keyOf: (a: Activity) => string | undefined,
    keep: (a: Activity) => boolean,
    value: (a: Activity) => number,
    round: (n: number) => number = (n) => n,
  ): ReportRow[] => {
    const sum = (p: ReportPeriod) => {
      const m = new Map<string, number>();
      for (const a of input.activities) {
        if (!inPeriod(a.date, p) || !keep(a)) continue;
        const k = keyOf(a) || NOT_SET;
        m.set(k, (m.get(k) ?? 0) + value(a));
      }
      return m;
    };
    const cur = sum(period);
    const prev = sum(previous);
    const ids = [...new Set([...entries.map((e) => e.id), ...cur.keys(), ...prev.keys()])].sort(
      (a, b) => Number(a === NOT_SET) - Number(b === NOT_SET),
    );
    return ids
      .map((id) => row(listLabel(entries, id), round(cur.get(id) ?? 0), round(prev.get(id) ?? 0)))
      .filter((r) => r.current || r.previous);
  };
  const anyActivity = () => true;
  const withVolunteer = (a: Activity) => a.volunteerIds.length > 0;
  const one = () => 1;

  const monthPoints = once((): MonthPoint[] => {
    const { cur, prev } = dashboards();
    const prevByMonth = new Map(prev.timeline.map((b) => [b.key, b.total]));
    return cur.timeline.map((b) => ({
      key: b.key,
      label: monthLabel(b.key),
      current: b.total,
      previous: prevByMonth.get(monthBefore(b.key)) ?? 0,
    }));
  });
  const monthLabel = (key: string) => `${L.months[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

  /** Volunteers active on at least one day of the month. */
  const activeInMonth = (month: string) => {
    const from = `${month}-01`;
    const to = `${month}-31`;
    return volunteers.filter((v) => {
      const { activeFrom, activeUntil } = v.volunteer!;
      return (!activeFrom || activeFrom <= to) && (!activeUntil || activeUntil >= from);
    }).length;
  };
  const volunteerPoints = once((): MonthPoint[] =>
    monthsOf(period).map((key) => ({
      key,
      label: monthLabel(key),
      current: activeInMonth(key),
      previous: activeInMonth(monthBefore(key)),
    })),
  );

  const build: Record<TableId, () => ReportTable> = {
    overview: () => {
      const { cur, prev } = dashboards();
      const p = partners();
      const a = active();
      return rowsTable('overview', [
        row(L.rows.inquiries, cur.totals.inquiries, prev.totals.inquiries),
        row(L.rows.activities, cur.totals.activities, prev.totals.activities),
        row(
          `${L.rows.hoursTotal} (${L.units.hours})`,
          round1(cur.totals.hours),
          round1(prev.totals.hours),
          'hours',
        ),
        row(L.rows.partners, p.cur.partners.length, p.prev.partners.length),
        row(L.rows.activeVolunteers, a.cur.length, a.prev.length),
      ]);
    },
    inquiries: () => {
      const { cur, prev } = dashboards();
      const sumReferrals = (m: DashboardModel) => m.partnerReferrals.reduce((s, r) => s + r.count, 0);
      return rowsTable('inquiries', [
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
      ]);
    },
    requesterType: () => shareTable('requesterType', 'requesterType', settings.lists.requesterTypes),
    topics: () => shareTable('topics', 'topics', settings.lists.topics),
    channel: () => shareTable('channel', 'channel', settings.lists.channels),
    targetGroup: () => shareTable('targetGroup', 'targetGroup', settings.lists.targetGroups),
    municipality: () => shareTable('municipality', 'municipality', settings.lists.municipalities),
    fieldOfAction: () => shareTable('fieldOfAction', 'fieldOfAction', settings.lists.fieldsOfAction),
    result: () => shareTable('result', 'result', settings.lists.results),
    referrals: () => {
      const { cur, prev } = dashboards();
      const orgNames = new Map(input.organisations.map((o) => [o.id, o.name]));
      const prevReferrals = new Map(prev.partnerReferrals.map((r) => [r.orgId, r.count]));
      return rowsTable(
        'referrals',
        cur.partnerReferrals
          .filter((r) => orgNames.has(r.orgId))
          .slice(0, 10)
          .map((r) => row(orgNames.get(r.orgId)!, r.count, prevReferrals.get(r.orgId) ?? 0)),
      );
    },
    months: () =>
      rowsTable(
        'months',
        monthPoints().map((p) => row(p.label, p.current, p.previous)),
      ),
    network: () => {
      const p = partners();
      const { cur, prev } = acts();
      const meetings = [ACT.networkMeeting, ACT.workingGroup, ACT.committee];
      return rowsTable('network', [
        row(L.rows.partners, p.cur.partners.length, p.prev.partners.length),
        ...(p.cur.withoutMemberSince || p.prev.withoutMemberSince
          ? [row(L.rows.partnersWithoutMemberSince, p.cur.withoutMemberSince, p.prev.withoutMemberSince)]
          : []),
        row(L.rows.newPartners, p.cur.newPartners, p.prev.newPartners),
        row(L.rows.networkMeetings, cur.c(ACT.networkMeeting), prev.c(ACT.networkMeeting)),
        row(L.rows.workingGroups, cur.c(ACT.workingGroup), prev.c(ACT.workingGroup)),
        row(L.rows.committees, cur.c(ACT.committee), prev.c(ACT.committee)),
        row(L.rows.meetingParticipants, cur.pa(...meetings), prev.pa(...meetings)),
      ]);
    },
    activityTypes: () => {
      const { cur, prev } = acts();
      const rows = settings.lists.activityTypes
        .map((entry) => row(entry.label, cur.c(entry.id), prev.c(entry.id)))
        .filter((r) => r.current || r.previous);
      for (const [type, count] of cur.count)
        if (!settings.lists.activityTypes.some((e) => e.id === type))
          rows.push(row(L.unknownEntry, count, prev.c(type)));
      return rowsTable('activityTypes', rows);
    },
    organisationTypes: () => {
      const p = partners();
      const orgTypeCount = (orgs: readonly Organisation[], type: string) =>
        orgs.filter((o) => o.type === type).length;
      const rows = settings.lists.organisationTypes
        .map((e) => row(e.label, orgTypeCount(p.cur.partners, e.id), orgTypeCount(p.prev.partners, e.id)))
        .filter((r) => r.current || r.previous);
      const noType = row(L.notSet, orgTypeCount(p.cur.partners, ''), orgTypeCount(p.prev.partners, ''));
      if (noType.current || noType.previous) rows.push(noType);
      return rowsTable('organisationTypes', rows);
    },
    steering: () => {
      const { cur, prev } = acts();
      const steering = [ACT.workingGroup, ACT.committee, ACT.fundingAdvice];
      return rowsTable('steering', [
        row(L.rows.workingGroups, cur.c(ACT.workingGroup), prev.c(ACT.workingGroup)),
        row(L.rows.committees, cur.c(ACT.committee), prev.c(ACT.committee)),
        row(L.rows.fundingAdvice, cur.c(ACT.fundingAdvice), prev.c(ACT.fundingAdvice)),
        row(L.rows.steeringParticipants, cur.pa(...steering), prev.pa(...steering)),
        row(`${L.rows.steeringHours} (${L.units.hours})`, cur.h(...steering), prev.h(...steering), 'hours'),
      ]);
    },
    activityFields: () =>
      rowsTable(
        'activityFields',
        activityRowsBy(settings.lists.fieldsOfAction, (a) => a.fieldOfAction, anyActivity, one),
      ),
    hoursByField: () => {
      // Office time per Handlungsfeld: inquiries' minutes and activities' minutes, as the dashboard's
      // hours total adds them.
      const minutesBy = (p: ReportPeriod) => {
        const m = new Map<string, number>();
        const add = (id: string | undefined, minutes: number | null | undefined) => {
          if (!minutes) return;
          const k = id || NOT_SET;
          m.set(k, (m.get(k) ?? 0) + minutes);
        };
        const from = Date.parse(`${p.from}T00:00:00`);
        const to = Date.parse(`${shiftDay(p.to)}T00:00:00`);
        for (const inq of input.inquiries) {
          const at = Date.parse(inq.receivedAt);
          if (at >= from && at < to) add(inq.fieldOfAction, inq.minutes);
        }
        for (const a of input.activities) if (inPeriod(a.date, p)) add(a.fieldOfAction, a.minutes);
        return m;
      };
      const cur = minutesBy(period);
      const prev = minutesBy(previous);
      const entries = settings.lists.fieldsOfAction;
      const ids = [...new Set([...entries.map((e) => e.id), ...cur.keys(), ...prev.keys()])]
        .sort((a, b) => Number(a === NOT_SET) - Number(b === NOT_SET))
        .filter((id) => cur.get(id) || prev.get(id));
      // Rounded so the rows add up to the rounded total ("Zeitaufwand gesamt" in the overview).
      const hoursOf = (m: Map<string, number>) =>
        tenthsAddingUp(
          ids.map((id) => (m.get(id) ?? 0) / 60),
          [...m.values()].reduce((sum, minutes) => sum + minutes, 0) / 60,
        );
      const curHours = hoursOf(cur);
      const prevHours = hoursOf(prev);
      return rowsTable(
        'hoursByField',
        ids.map((id, i) => row(listLabel(entries, id), curHours[i]!, prevHours[i]!, 'hours')),
        'hours',
      );
    },
    volunteers: () => {
      const a = active();
      const { cur, prev } = acts();
      return rowsTable('volunteers', [
        row(L.rows.activeVolunteers, a.cur.length, a.prev.length),
        row(L.rows.newVolunteers, newVolunteers(period), newVolunteers(previous)),
        row(L.rows.volunteerTrainings, cur.c(ACT.trainingGiven), prev.c(ACT.trainingGiven)),
        row(L.rows.exchangeMeetings, cur.c(ACT.volunteerExchange), prev.c(ACT.volunteerExchange)),
        row(L.rows.volunteerAssignments, cur.withVolunteers, prev.withVolunteers),
        row(`${L.rows.allowances} (${L.units.euro})`, allowanceTotals().cur, allowanceTotals().prev, 'euro'),
      ]);
    },
    volunteerMunicipalities: () => {
      const a = active();
      const municipalityName = new Map(settings.lists.municipalities.map((e) => [e.id, e.label]));
      const byLabel = new Map<string, { current: number; previous: number }>();
      for (const [list, field] of [
        [a.cur, 'current'],
        [a.prev, 'previous'],
      ] as const)
        for (const v of list) {
          const id = v.volunteer!.municipality;
          const label = id ? (municipalityName.get(id) ?? L.unknownEntry) : L.notSet;
          const entry = byLabel.get(label) ?? { current: 0, previous: 0 };
          entry[field]++;
          byLabel.set(label, entry);
        }
      return rowsTable(
        'volunteerMunicipalities',
        [...byLabel]
          .map(([label, v]) => row(label, v.current, v.previous))
          .sort((x, y) => y.current - x.current || x.label.localeCompare(y.label)),
      );
    },
    volunteerMonths: () =>
      rowsTable(
        'volunteerMonths',
        volunteerPoints().map((p) => row(p.label, p.current, p.previous)),
      ),
    volunteerMeetings: () => {
      const { cur, prev } = acts();
      // Trainings given count here when volunteers took part: the office also trains others.
      const volunteerTrainings = (p: ReportPeriod) =>
        input.activities.filter(
          (a) => inPeriod(a.date, p) && a.type === ACT.trainingGiven && withVolunteer(a),
        ).length;
      return rowsTable('volunteerMeetings', [
        row(L.rows.exchangeMeetings, cur.c(ACT.volunteerExchange), prev.c(ACT.volunteerExchange)),
        row(L.rows.exchangeParticipants, cur.pa(ACT.volunteerExchange), prev.pa(ACT.volunteerExchange)),
        row(L.rows.trainingsForVolunteers, volunteerTrainings(period), volunteerTrainings(previous)),
      ]);
    },
    assignmentFields: () =>
      rowsTable(
        'assignmentFields',
        activityRowsBy(settings.lists.fieldsOfAction, (a) => a.fieldOfAction, withVolunteer, one),
      ),
    assignmentTypes: () =>
      rowsTable(
        'assignmentTypes',
        activityRowsBy(settings.lists.activityTypes, (a) => a.type, withVolunteer, one),
      ),
    allowanceMonths: () => {
      const cap = settings.allowanceCapCents;
      const overCap = (months: readonly string[]) => {
        const wanted = new Set(months);
        let n = 0;
        for (const v of volunteers) {
          const perMonth = new Map<string, number>();
          for (const a of v.volunteer!.allowances)
            if (wanted.has(a.month)) perMonth.set(a.month, (perMonth.get(a.month) ?? 0) + a.amountCents);
          for (const cents of perMonth.values()) if (cents > cap) n++;
        }
        return n;
      };
      const months = allowanceMonthKeys;
      return rowsTable(
        'allowanceMonths',
        [
          ...months.map((key) =>
            row(
              monthLabel(key),
              round2(allowanceCents(key, key) / 100),
              round2(allowanceCents(monthBefore(key), monthBefore(key)) / 100),
              'euro',
            ),
          ),
          row(L.rows.allowancesTotal, allowanceTotals().cur, allowanceTotals().prev, 'euro'),
          row(L.rows.allowanceCap, round2(cap / 100), round2(cap / 100), 'euro'),
          row(L.rows.monthsOverCap, overCap(months), overCap(months.map(monthBefore))),
        ],
        'euro',
      );
    },
    supported: () => {
      const sum = (
        p: ReportPeriod,
        keep: (a: Activity) => boolean,
        field: 'personsSupported' | 'familiesSupported',
      ) => input.activities.reduce((s, a) => s + (inPeriod(a.date, p) && keep(a) ? (a[field] ?? 0) : 0), 0);
      return rowsTable('supported', [
        row(
          L.rows.personsByVolunteers,
          sum(period, withVolunteer, 'personsSupported'),
          sum(previous, withVolunteer, 'personsSupported'),
        ),
        row(
          L.rows.familiesByVolunteers,
          sum(period, withVolunteer, 'familiesSupported'),
          sum(previous, withVolunteer, 'familiesSupported'),
        ),
        row(
          L.rows.personsAll,
          sum(period, anyActivity, 'personsSupported'),
          sum(previous, anyActivity, 'personsSupported'),
        ),
        row(
          L.rows.familiesAll,
          sum(period, anyActivity, 'familiesSupported'),
          sum(previous, anyActivity, 'familiesSupported'),
        ),
      ]);
    },
    events: () => {
      const { cur, prev } = acts();
      return rowsTable('events', [
        row(L.rows.events, cur.c(ACT.event), prev.c(ACT.event)),
        row(L.rows.eventParticipants, cur.pa(ACT.event), prev.pa(ACT.event)),
        row(L.rows.schoolVisits, cur.c(ACT.schoolVisit), prev.c(ACT.schoolVisit)),
        row(L.rows.schoolParticipants, cur.pa(ACT.schoolVisit), prev.pa(ACT.schoolVisit)),
        row(L.rows.press, cur.c(ACT.press), prev.c(ACT.press)),
      ]);
    },
    training: () => {
      const { cur, prev } = acts();
      return rowsTable('training', [
        row(L.rows.trainingsAttended, cur.c(ACT.trainingAttended), prev.c(ACT.trainingAttended)),
        row(
          `${L.rows.trainingHours} (${L.units.hours})`,
          cur.h(ACT.trainingAttended),
          prev.h(ACT.trainingAttended),
          'hours',
        ),
      ]);
    },
  };

  const tables = new Map<TableId, ReportTable>();
  return {
    previous,
    table(id) {
      let t = tables.get(id);
      if (!t) tables.set(id, (t = build[id]()));
      return t;
    },
    chart(id) {
      return id === 'inquiryMonths'
        ? { id, title: L.chartMonths, points: monthPoints() }
        : { id, title: L.chartVolunteerMonths, points: volunteerPoints() };
    },
  };
}

/**
 * Hours rounded to tenths so that they add up to their rounded sum (largest remainder): 0.75 + 1.75 +
 * 5 hours print as 0.8 + 1.7 + 5.0 = 7.5, not 0.8 + 1.8 + 5.0 = 7.6.
 */
export function tenthsAddingUp(hours: readonly number[], total = hours.reduce((s, h) => s + h, 0)): number[] {
  const tenths = hours.map((h) => h * 10);
  const floors = tenths.map((t) => Math.floor(t + 1e-9));
  let missing = Math.round(total * 10) - floors.reduce((s, f) => s + f, 0);
  const byRemainder = tenths
    .map((t, i) => ({ i, rest: t - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i]!++;
    missing--;
  }
  return floors.map((f) => f / 10);
}

/** The day after `day` ("2025-12-31" → "2026-01-01"). */
function shiftDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
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
