// The Kennzahlen of one year from the office's log: per quarter the figures of Auswertung and the
// report (computeDashboard; activities, hours and active volunteers counted as the report's catalogue
// counts them), then suppressed (suppress.ts). Nothing but counts, hours and list labels goes in.
import type { CategoryEntry } from '../domain/categories';
import type { FollowupData } from '../domain/followup';
import type { Inquiry } from '../domain/inquiry';
import { EMPTY_FILTER } from '../domain/inquiryFilter';
import type { Activity, Person } from '../domain/network';
import type { Settings } from '../domain/settings';
import { bucketDays, computeDashboard, NOT_SET, type ShareKey } from '../stats/dashboard';
import {
  DIMENSION_KEYS,
  DIMENSIONS,
  KENNZAHLEN_FORMAT,
  KENNZAHLEN_VERSION,
  NOT_SET_ID,
  NOT_SET_LABEL,
  PARENT,
  UNKNOWN_ID,
  UNKNOWN_LABEL,
  type Dimension,
  type KennzahlenFile,
  type KennzahlenQuarter,
} from './format';
import { countCell, hoursCell, protectBreakdown } from './suppress';

export interface KennzahlenInput {
  inquiries: readonly Inquiry[];
  followups: ReadonlyArray<FollowupData & { createdAt: string }>;
  activities: readonly Activity[];
  persons: readonly Person[];
  settings: Settings;
}

/** One breakdown's exact counts, before suppression. */
export interface RawEntry {
  id: string;
  label: string;
  count: number;
}

/** One quarter's exact figures, before suppression. */
export interface RawQuarter {
  quarter: number;
  from: string;
  to: string;
  complete: boolean;
  inquiries: number;
  activities: number;
  volunteersActive: number;
  /** Working time of inquiries and activities, in hours (as Auswertung's "Stunden"). */
  hours: number;
  breakdowns: Record<Dimension, RawEntry[]>;
}

/**
 * The entries of a breakdown: every visible list entry (0 where nothing was counted), hidden ones
 * where counted, ids no longer in the list as one "unbekannter Eintrag", "ohne Angabe" always, last.
 */
function entriesOf(list: readonly CategoryEntry[], counts: ReadonlyMap<string, number>): RawEntry[] {
  const known = new Set(list.map((e) => e.id));
  const out: RawEntry[] = list
    .filter((e) => !e.hidden || counts.get(e.id))
    .map((e) => ({ id: e.id, label: e.label, count: counts.get(e.id) ?? 0 }));
  let unknown = 0;
  for (const [id, n] of counts) if (id !== NOT_SET && id !== '' && !known.has(id)) unknown += n;
  if (unknown) out.push({ id: UNKNOWN_ID, label: UNKNOWN_LABEL, count: unknown });
  out.push({
    id: NOT_SET_ID,
    label: NOT_SET_LABEL,
    count: (counts.get(NOT_SET) ?? 0) + (counts.get('') ?? 0),
  });
  return out;
}

/** The exact figures of one quarter (1–4) of `year`; `today` decides whether it is complete. */
export function rawQuarter(input: KennzahlenInput, year: number, quarter: number, today: string): RawQuarter {
  const { from, to } = bucketDays(`${year}-Q${quarter}`, '0000-01-01', '9999-12-31');
  const model = computeDashboard(input.inquiries, input.activities, input.followups, {
    from,
    to,
    grouping: 'quarter',
    stackBy: 'requesterType',
    filter: EMPTY_FILTER,
    today,
  });
  const { lists } = input.settings;
  const share = (key: ShareKey) => new Map(model.shares[key].map((s) => [s.id, s.count]));
  // Activities by type, as the report's "Aktivitäten nach Art" counts them.
  const byType = new Map<string, number>();
  for (const a of input.activities)
    if (a.date >= from && a.date <= to)
      byType.set(a.type || NOT_SET, (byType.get(a.type || NOT_SET) ?? 0) + 1);
  // Volunteers active on at least one day of the quarter, as the report counts them.
  const volunteersActive = input.persons.filter((p) => {
    if (!p.volunteer) return false;
    const { activeFrom, activeUntil } = p.volunteer;
    return (!activeFrom || activeFrom <= to) && (!activeUntil || activeUntil >= from);
  }).length;
  const shareOf: Record<Exclude<Dimension, 'activityType'>, ShareKey> = {
    requesterType: 'requesterType',
    topics: 'topics',
    channel: 'channel',
    targetGroup: 'targetGroup',
    fieldOfAction: 'fieldOfAction',
    result: 'result',
  };
  const breakdowns = Object.fromEntries(
    DIMENSION_KEYS.map((d) => [
      d,
      entriesOf(lists[DIMENSIONS[d]], d === 'activityType' ? byType : share(shareOf[d])),
    ]),
  ) as Record<Dimension, RawEntry[]>;
  return {
    quarter,
    from,
    to,
    complete: to < today,
    inquiries: model.totals.inquiries,
    activities: model.totals.activities,
    volunteersActive,
    hours: model.totals.hours,
    breakdowns,
  };
}

/**
 * A quarter as published: every cell suppressed and protected (suppress.ts). `hoursBefore` is the
 * year's unrounded hours before this quarter: hours are rounded cumulatively (the quarter is the
 * rounded running total minus the rounded total before it), so a year's quarters add up to the year's
 * hours rounded once — the figure the Jahresbericht prints — instead of drifting by a tenth.
 */
export function publishQuarter(raw: RawQuarter, hoursBefore = 0): KennzahlenQuarter {
  const totals = { inquiries: countCell(raw.inquiries), activities: countCell(raw.activities) };
  const breakdowns = Object.fromEntries(
    DIMENSION_KEYS.map((d) => {
      const entries = raw.breakdowns[d];
      const cells = protectBreakdown(
        entries.map((e) => e.count),
        typeof totals[PARENT[d]] === 'number',
      );
      return [
        d,
        {
          list: DIMENSIONS[d],
          entries: entries.map((e, i) => ({ id: e.id, label: e.label, value: cells[i]! })),
        },
      ];
    }),
  ) as KennzahlenQuarter['breakdowns'];
  return {
    quarter: raw.quarter,
    from: raw.from,
    to: raw.to,
    complete: raw.complete,
    ...totals,
    volunteersActive: countCell(raw.volunteersActive),
    hours: hoursCell(tenths(hoursBefore + raw.hours) - tenths(hoursBefore)),
    breakdowns,
  };
}

function tenths(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** The quarters of `year`, published in order with their hours rounded cumulatively. */
export function publishQuarters(raws: readonly RawQuarter[]): KennzahlenQuarter[] {
  let before = 0;
  return raws.map((raw) => {
    const quarter = publishQuarter(raw, before);
    before += raw.hours;
    return quarter;
  });
}

/** The quarters of `year` that have begun by `today` (a file of the running year has fewer). */
export function quartersBegun(year: number, today: string): number[] {
  return [1, 2, 3, 4].filter((q) => `${year}-${String(q * 3 - 2).padStart(2, '0')}-01` <= today);
}

/** The Kennzahlen file of `year`, made at `now` (the local day decides which quarters are in it). */
export function buildKennzahlen(
  input: KennzahlenInput,
  year: number,
  now: Date,
  today: string,
): KennzahlenFile {
  const { settings } = input;
  return {
    format: KENNZAHLEN_FORMAT,
    version: KENNZAHLEN_VERSION,
    createdAt: now.toISOString(),
    office: {
      name: settings.officeName.trim(),
      district: settings.district.trim(),
      population: settings.population ?? null,
    },
    year,
    quarters: publishQuarters(quartersBegun(year, today).map((q) => rawQuarter(input, year, q, today))),
  };
}
