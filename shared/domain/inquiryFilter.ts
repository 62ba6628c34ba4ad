// The list's filters and sorting, as pure functions (the same figures everywhere, fast at 50,000).
import { germanSortKey } from '../search/normalize';
import { dayRangeToInstants, type CalendarDay } from './calendarDay';
import { compareNewestFirst, type Inquiry } from './inquiry';

export interface InquiryFilter {
  from?: CalendarDay;
  to?: CalendarDay;
  requesterTypes: string[];
  topics: string[];
  statuses: string[];
  municipalities: string[];
  handledBy: string[];
  channels: string[];
  targetGroups: string[];
  results: string[];
  urgentOnly: boolean;
  text: string;
}

export const EMPTY_FILTER: InquiryFilter = {
  requesterTypes: [],
  topics: [],
  statuses: [],
  municipalities: [],
  handledBy: [],
  channels: [],
  targetGroups: [],
  results: [],
  urgentOnly: false,
  text: '',
};

export type SortKey = 'receivedAt' | 'requesterType' | 'subject' | 'status';
export interface InquirySort {
  key: SortKey;
  direction: 'asc' | 'desc';
}
export const DEFAULT_SORT: InquirySort = { key: 'receivedAt', direction: 'desc' };

export function activeFilterCount(filter: InquiryFilter): number {
  return (
    (filter.from || filter.to ? 1 : 0) +
    (filter.requesterTypes.length ? 1 : 0) +
    (filter.topics.length ? 1 : 0) +
    (filter.statuses.length ? 1 : 0) +
    (filter.municipalities.length ? 1 : 0) +
    (filter.handledBy.length ? 1 : 0) +
    (filter.channels?.length ? 1 : 0) +
    (filter.targetGroups?.length ? 1 : 0) +
    (filter.results?.length ? 1 : 0) +
    (filter.urgentOnly ? 1 : 0) +
    (filter.text.trim() ? 1 : 0)
  );
}

/**
 * Applies the filter (period in local days). `textMatches` holds the ids found by the full-text
 * search (undefined: no text filter).
 */
export function filterInquiries(
  list: readonly Inquiry[],
  filter: InquiryFilter,
  textMatches?: ReadonlySet<string>,
): Inquiry[] {
  const range = dayRangeToInstants(filter.from, filter.to);
  const requesterTypes = new Set(filter.requesterTypes);
  const topics = new Set(filter.topics);
  const statuses = new Set(filter.statuses);
  const municipalities = new Set(filter.municipalities);
  const handledBy = new Set(filter.handledBy);
  const channels = new Set(filter.channels ?? []);
  const targetGroups = new Set(filter.targetGroups ?? []);
  const results = new Set(filter.results ?? []);
  const candidates = textMatches ? inListOrder(list, textMatches) : list;
  return candidates.filter((inq) => {
    if (filter.urgentOnly && !inq.urgent) return false;
    if (requesterTypes.size && !requesterTypes.has(inq.requesterType)) return false;
    if (statuses.size && !statuses.has(inq.status)) return false;
    if (municipalities.size && !municipalities.has(inq.municipality ?? '')) return false;
    if (handledBy.size && !handledBy.has(inq.handledBy ?? '')) return false;
    if (channels.size && !channels.has(inq.channel)) return false;
    if (targetGroups.size && !targetGroups.has(inq.targetGroup ?? '')) return false;
    if (results.size && !results.has(inq.result ?? '')) return false;
    if (topics.size && !hasAny(inq.topics, topics)) return false;
    // ISO instants in UTC compare as strings; the bounds are local midnights.
    if (range.from && inq.receivedAt < range.from) return false;
    if (range.toExclusive && inq.receivedAt >= range.toExclusive) return false;
    return true;
  });
}

/** Per list (the list screen keeps one array until the data changes): each id's position. */
const positions = new WeakMap<readonly Inquiry[], Map<string, number>>();

function positionsOf(list: readonly Inquiry[], fresh = false): Map<string, number> {
  let map = fresh ? undefined : positions.get(list);
  if (!map) {
    map = new Map(list.map((inq, i) => [inq.id, i]));
    positions.set(list, map);
  }
  return map;
}

/**
 * The records of `list` whose ids are in `ids`, in list order. Looks up the matches' positions
 * instead of testing every record of the list: a search word usually matches a fraction of them.
 */
function inListOrder(list: readonly Inquiry[], ids: ReadonlySet<string>): Inquiry[] {
  let map = positionsOf(list);
  const picked = new Float64Array(Math.min(ids.size, list.length));
  let count = 0;
  for (const id of ids) {
    let at = map.get(id);
    // An array changed after it was first seen: look again with fresh positions.
    if (at !== undefined && list[at]?.id !== id) {
      map = positionsOf(list, true);
      at = map.get(id);
    }
    if (at !== undefined && count < picked.length) picked[count++] = at;
  }
  return Array.from(picked.subarray(0, count).sort(), (at) => list[at]!);
}

function hasAny(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

const STATUS_ORDER: Record<string, number> = { offen: 0, 'in-bearbeitung': 1, wartet: 2, erledigt: 3 };

/**
 * Sorts a copy; text columns use German collation (Ä with A, ß with ss). Ties: newest first (then
 * the given order). Fast at twice the ten-year size: no comparator runs per pair of records — each
 * record gets an integer rank, packed with its place in time into one number, and a typed array
 * sorts those natively.
 */
export function sortInquiries(
  list: readonly Inquiry[],
  sort: InquirySort,
  labelOf: (kind: 'requesterType', id: string) => string,
): Inquiry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  if (sort.key === 'receivedAt') return sortByReceived(list, sign);
  const byTime = newestFirstStable(list);
  if (sort.key === 'status') return sortByRank(byTime, (inq) => STATUS_ORDER[inq.status] ?? 9, sign);
  // Folded keys computed per distinct text, not per record.
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let key = folded.get(text);
    if (key === undefined) {
      key = germanSortKey(text);
      folded.set(text, key);
    }
    return key;
  };
  return sortByRank(
    byTime,
    sort.key === 'subject'
      ? (inq) => fold(inq.subject)
      : (inq) => fold(labelOf('requesterType', inq.requesterType)),
    sign,
  );
}

/** By received time; equal times newest first by creation, then id (compareNewestFirst). */
function sortByReceived(list: readonly Inquiry[], sign: 1 | -1): Inquiry[] {
  // The list screen passes lists already newest first: then descending is a copy, and ascending
  // reverses the runs of equal times while each run keeps its newest-first order.
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) sorted = compareNewestFirst(list[i - 1]!, list[i]!) <= 0;
  if (!sorted) {
    return [...list].sort((a, b) =>
      a.receivedAt === b.receivedAt ? compareNewestFirst(a, b) : a.receivedAt < b.receivedAt ? -sign : sign,
    );
  }
  if (sign < 0) return [...list];
  const out: Inquiry[] = [];
  let end = list.length;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && list[start - 1]!.receivedAt === list[end - 1]!.receivedAt) start--;
    for (let i = start; i < end; i++) out.push(list[i]!);
    end = start;
  }
  return out;
}

/** Newest received first; equal times keep their given order (a stable sort, skipped when sorted). */
function newestFirstStable(list: readonly Inquiry[]): readonly Inquiry[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]!.receivedAt < list[i]!.receivedAt) {
      return [...list].sort((a, b) =>
        a.receivedAt === b.receivedAt ? 0 : a.receivedAt < b.receivedAt ? 1 : -1,
      );
    }
  }
  return list;
}

/**
 * Orders `byTime` by its key (ascending for sign 1), equal keys in the order of `byTime`. Keys are
 * ranked once per distinct value (strings by code unit, as `<` compares; numbers by value); rank
 * and position pack into one float (rank × n + position, exact below 2^53) that a Float64Array
 * sorts without calling back into JavaScript.
 */
function sortByRank<K extends string | number>(
  byTime: readonly Inquiry[],
  keyOf: (inq: Inquiry) => K,
  sign: 1 | -1,
): Inquiry[] {
  const n = byTime.length;
  const keys = byTime.map(keyOf);
  const distinct = [...new Set(keys)];
  if (typeof distinct[0] === 'number') (distinct as number[]).sort((a, b) => a - b);
  else distinct.sort();
  const rank = new Map<K, number>();
  distinct.forEach((key, i) => rank.set(key, sign > 0 ? i : distinct.length - 1 - i));
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = rank.get(keys[i]!)! * n + i;
  packed.sort();
  return Array.from(packed, (v) => byTime[v % n]!);
}
