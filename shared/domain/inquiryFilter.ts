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
  return list.filter((inq) => {
    if (textMatches && !textMatches.has(inq.id)) return false;
    if (filter.urgentOnly && !inq.urgent) return false;
    if (requesterTypes.size && !requesterTypes.has(inq.requesterType)) return false;
    if (statuses.size && !statuses.has(inq.status)) return false;
    if (municipalities.size && !municipalities.has(inq.municipality ?? '')) return false;
    if (handledBy.size && !handledBy.has(inq.handledBy ?? '')) return false;
    if (channels.size && !channels.has(inq.channel)) return false;
    if (targetGroups.size && !targetGroups.has(inq.targetGroup ?? '')) return false;
    if (results.size && !results.has(inq.result ?? '')) return false;
    if (topics.size && !inq.topics.some((t) => topics.has(t))) return false;
    // ISO instants in UTC compare as strings; the bounds are local midnights.
    if (range.from && inq.receivedAt < range.from) return false;
    if (range.toExclusive && inq.receivedAt >= range.toExclusive) return false;
    return true;
  });
}

const STATUS_ORDER: Record<string, number> = { offen: 0, 'in-bearbeitung': 1, wartet: 2, erledigt: 3 };

/** Sorts a copy; text columns use German collation (Ä with A, ß with ss). Ties: newest first. */
export function sortInquiries(
  list: readonly Inquiry[],
  sort: InquirySort,
  labelOf: (kind: 'requesterType', id: string) => string,
): Inquiry[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byTime = (a: Inquiry, b: Inquiry) =>
    a.receivedAt === b.receivedAt ? 0 : a.receivedAt < b.receivedAt ? 1 : -1;
  if (sort.key === 'receivedAt') {
    return [...list].sort((a, b) =>
      a.receivedAt === b.receivedAt ? compareNewestFirst(a, b) : a.receivedAt < b.receivedAt ? -sign : sign,
    );
  }
  // Decorate once: folded keys computed per distinct text, not per comparison; then plain < compares.
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let key = folded.get(text);
    if (key === undefined) {
      key = germanSortKey(text);
      folded.set(text, key);
    }
    return key;
  };
  const keyed = list.map((inq) => {
    let key: string | number;
    if (sort.key === 'status') key = STATUS_ORDER[inq.status] ?? 9;
    else if (sort.key === 'subject') key = fold(inq.subject);
    else key = fold(labelOf('requesterType', inq.requesterType));
    return { inq, key };
  });
  keyed.sort((a, b) => {
    const c =
      typeof a.key === 'number' ? a.key - (b.key as number) : a.key === b.key ? 0 : a.key < b.key ? -1 : 1;
    return c !== 0 ? c * sign : byTime(a.inq, b.inq);
  });
  return keyed.map((k) => k.inq);
}
