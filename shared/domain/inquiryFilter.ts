// The list's filters and sorting, as pure functions (the same figures everywhere, fast at 50,000).
import { germanSortKey } from '../search/normalize';
import { dayRangeToInstants, type CalendarDay } from './calendarDay';
import { compareNewestFirst, type Inquiry } from './inquiry';
import { columnsOf, type CodeField, type InquiryColumns } from './inquiryColumns';

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
  /** Handlungsfelder (optional: filters saved before the field existed lack it). */
  fieldsOfAction?: string[];
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
    (filter.fieldsOfAction?.length ? 1 : 0) +
    (filter.urgentOnly ? 1 : 0) +
    (filter.text.trim() ? 1 : 0)
  );
}

/**
 * Applies the filter (period in local days). `textMatches` holds the ids found by the full-text
 * search (undefined: no text filter). Works on the list's columns (see inquiryColumns); the result
 * remembers where its records sit in `list`, so that sorting it reads the same columns.
 */
export function filterInquiries(
  list: readonly Inquiry[],
  filter: InquiryFilter,
  textMatches?: readonly string[],
): Inquiry[] {
  const columns = columnsOf(list);
  const range = dayRangeToInstants(filter.from, filter.to);
  const wanted = (field: CodeField, values: readonly string[] | undefined) => {
    if (!values?.length) return undefined;
    const column = columns.codes(field);
    const set = new Set(values);
    return { codes: column.codes, flags: Uint8Array.from(column.values, (v) => (set.has(v) ? 1 : 0)) };
  };
  const checks = [
    wanted('requesterType', filter.requesterTypes),
    wanted('status', filter.statuses),
    wanted('municipality', filter.municipalities),
    wanted('handledBy', filter.handledBy),
    wanted('channel', filter.channels),
    wanted('targetGroup', filter.targetGroups),
    wanted('result', filter.results),
    wanted('fieldOfAction', filter.fieldsOfAction),
  ].filter((check) => check !== undefined);
  const topicSet = new Set(filter.topics);
  const topics = topicSet.size ? columns.topics : undefined;
  const topicFlags = topics && Uint8Array.from(topics.values, (v) => (topicSet.has(v) ? 1 : 0));
  const urgent = filter.urgentOnly ? columns.urgent : undefined;
  const received = range.from || range.toExclusive ? columns.receivedAt : undefined;

  const candidates = textMatches ? matchPositions(columns, textMatches) : undefined;
  const count = candidates ? candidates.length : columns.list.length;
  const kept = new Int32Array(count);
  let keptCount = 0;
  next: for (let c = 0; c < count; c++) {
    const i = candidates ? candidates[c]! : c;
    if (urgent && urgent[i] === 0) continue;
    for (const check of checks) if (check.flags[check.codes[i]!] === 0) continue next;
    if (topics) {
      let any = false;
      for (let t = topics.starts[i]!; t < topics.starts[i + 1]! && !any; t++)
        any = topicFlags![topics.codes[t]!] === 1;
      if (!any) continue;
    }
    // ISO instants in UTC compare as strings; the bounds are local midnights.
    if (received && range.from && received[i]! < range.from) continue;
    if (received && range.toExclusive && received[i]! >= range.toExclusive) continue;
    kept[keptCount++] = i;
  }
  const positions = kept.subarray(0, keptCount);
  const result = Array.from(positions, (i) => columns.list[i]!);
  origins.set(result, { columns, positions });
  return result;
}

/** For filtered lists: the columns of the list they came from and each record's position there. */
const origins = new WeakMap<readonly Inquiry[], { columns: InquiryColumns; positions: Int32Array }>();

/** Per column set: each id's position (built when a text filter is first used). */
const idPositions = new WeakMap<InquiryColumns, Map<string, number>>();

/** Ids placed per step of prepareTextFilterInSteps. */
const IDS_PER_STEP = 10_000;

/**
 * Builds, in steps, what a text filter needs of a list: each id's position. Built at once by the
 * first text filter after every change, it cost 60–100 ms at twice the ten-year size; the list's
 * search runs this between its slices instead.
 */
export function* prepareTextFilterInSteps(list: readonly Inquiry[]): Generator<void, void, void> {
  const columns = columnsOf(list);
  if (idPositions.has(columns)) return;
  const map = new Map<string, number>();
  const records = columns.list;
  for (let i = 0; i < records.length; i++) {
    map.set(records[i]!.id, i);
    if (i % IDS_PER_STEP === IDS_PER_STEP - 1) {
      yield;
      // The list was changed in place meanwhile: its columns are others now (filterInquiries
      // builds the positions itself then).
      if (columnsOf(list) !== columns) return;
    }
  }
  idPositions.set(columns, map);
}

/**
 * Positions (ascending) of the records whose ids are in `ids`. Looks the matches up instead of
 * testing every record: a search word usually matches a fraction of them.
 */
function matchPositions(columns: InquiryColumns, ids: readonly string[]): Float64Array {
  let map = idPositions.get(columns);
  if (!map) {
    map = new Map(columns.list.map((inq, i) => [inq.id, i]));
    idPositions.set(columns, map);
  }
  const picked = new Float64Array(Math.min(ids.length, columns.list.length));
  let count = 0;
  for (const id of ids) {
    const at = map.get(id);
    if (at !== undefined && count < picked.length) picked[count++] = at;
  }
  return picked.subarray(0, count).sort();
}

const STATUS_ORDER: Record<string, number> = { offen: 0, 'in-bearbeitung': 1, wartet: 2, erledigt: 3 };

/**
 * Sorts a copy; text columns use German collation (Ä with A, ß with ss). Ties: newest first (then
 * the given order). Fast at twice the ten-year size: no comparator runs per pair of records — each
 * record gets an integer rank, packed with its place in the list into one number, and a typed
 * array sorts those natively; ranks come from the list's columns, not from the records.
 */
export function sortInquiries(
  list: readonly Inquiry[],
  sort: InquirySort,
  labelOf: (kind: 'requesterType', id: string) => string,
): Inquiry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const known = origins.get(list);
  // A filtered list changed after filtering (it should not be) is treated as a list of its own.
  const origin =
    known &&
    known.positions.length === list.length &&
    (list.length === 0 || known.columns.list[known.positions[list.length - 1]!] === list[list.length - 1])
      ? known
      : undefined;
  const columns = origin?.columns ?? columnsOf(list);
  const positions = origin?.positions;
  if (sort.key === 'receivedAt') {
    if (!columns.newestFirst) return sortByReceived(list, sign);
    if (sign < 0) return [...list];
    // Ascending: the runs of equal times in reverse, each run keeping its newest-first order.
    const received = columns.receivedAt;
    const timeOf = (j: number) => received[positions ? positions[j]! : j]!;
    const out: Inquiry[] = [];
    let end = list.length;
    while (end > 0) {
      let start = end - 1;
      while (start > 0 && timeOf(start - 1) === timeOf(end - 1)) start--;
      for (let i = start; i < end; i++) out.push(list[i]!);
      end = start;
    }
    return out;
  }
  // Not in time order (not from the list screen): put it in time order first, then by columns.
  if (!columns.receivedDescending) return sortInquiries(newestFirstStable(list), sort, labelOf);
  const field = sort.key;
  const column = columns.codes(field);
  // Ranks of the column's values; the subject's do not depend on the labels and are kept.
  let ranks = field === 'requesterType' ? undefined : columns.ranks.get(field);
  if (!ranks) {
    ranks = rankValues(column.values, keyOfValue(field, labelOf));
    if (field !== 'requesterType') columns.ranks.set(field, ranks);
  }
  const m = list.length;
  let top = 0;
  for (const rank of ranks) top = Math.max(top, rank);
  const packed = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const rank = ranks[column.codes[positions ? positions[j]! : j]!]!;
    packed[j] = (sign > 0 ? rank : top - rank) * m + j;
  }
  packed.sort();
  return Array.from(packed, (v) => list[v % m]!);
}

/** The sort key of one value of a field: status order, or the folded text (label for who asked). */
function keyOfValue(
  field: 'status' | 'subject' | 'requesterType',
  labelOf: (kind: 'requesterType', id: string) => string,
): (value: string) => string | number {
  if (field === 'status') return (value) => STATUS_ORDER[value] ?? 9;
  if (field === 'subject') return germanSortKey;
  return (value) => germanSortKey(labelOf('requesterType', value));
}

/** Each value's rank among the values' keys (equal keys, equal rank; strings by code unit). */
function rankValues(values: readonly string[], keyOf: (value: string) => string | number): Int32Array {
  const keys = values.map(keyOf);
  const distinct = [...new Set(keys)];
  if (typeof distinct[0] === 'number') (distinct as number[]).sort((a, b) => a - b);
  else distinct.sort();
  const rank = new Map(distinct.map((key, i) => [key, i]));
  return Int32Array.from(keys, (key) => rank.get(key)!);
}

/** By received time; equal times newest first by creation, then id (compareNewestFirst). */
function sortByReceived(list: readonly Inquiry[], sign: 1 | -1): Inquiry[] {
  return [...list].sort((a, b) =>
    a.receivedAt === b.receivedAt ? compareNewestFirst(a, b) : a.receivedAt < b.receivedAt ? -sign : sign,
  );
}

/** Newest received first; equal times keep their given order (a stable sort). */
function newestFirstStable(list: readonly Inquiry[]): Inquiry[] {
  return [...list].sort((a, b) => (a.receivedAt === b.receivedAt ? 0 : a.receivedAt < b.receivedAt ? 1 : -1));
}
