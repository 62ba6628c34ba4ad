// Chart series from the dashboard model. A chart has room for a few bars or stacks; the rest are
// summed into one folded entry ("Weitere (5)") instead of being left out, and "ohne Angabe" keeps its
// own entry, so every chart adds up to the same total as its table and the key figures. The folded
// entry has its own id (OTHER), never a list entry's: a real category "Sonstige" stays apart from it.
import { NOT_SET, type TimelineBucket } from './dashboard';

export const OTHER = '__other';

/**
 * The ids a chart shows on their own: the first `max` (the caller's order, largest first), plus
 * "ohne Angabe" when present; `rest` are summed into OTHER.
 */
export function chartIds(ids: readonly string[], max: number): { shown: string[]; rest: string[] } {
  const named = ids.filter((id) => id !== NOT_SET);
  const keep = named.length > max ? max - 1 : max; // room for the folded entry
  const shown = named.slice(0, keep);
  if (ids.includes(NOT_SET)) shown.push(NOT_SET);
  return { shown, rest: named.slice(keep) };
}

export interface ChartBar {
  id: string;
  count: number;
  /** On the OTHER bar: how many categories it sums ("Weitere (5)"). */
  folded?: number;
}

/** Counts for a bar chart of at most `max` + 1 bars: the largest, the folded rest, "ohne Angabe". */
export function chartCounts(counts: ReadonlyArray<{ id: string; count: number }>, max: number): ChartBar[] {
  const { shown, rest } = chartIds(
    counts.map((c) => c.id),
    max,
  );
  const byId = new Map(counts.map((c) => [c.id, c.count]));
  const bars: ChartBar[] = shown.map((id) => ({ id, count: byId.get(id)! }));
  if (rest.length) {
    const other = {
      id: OTHER,
      count: rest.reduce((sum, id) => sum + byId.get(id)!, 0),
      folded: rest.length,
    };
    // The folded entry before "ohne Angabe", which stays last.
    bars.splice(bars.at(-1)?.id === NOT_SET ? bars.length - 1 : bars.length, 0, other);
  }
  return bars;
}

export interface TimelineStacks {
  /** The stacks in drawing order: shown categories, OTHER when something was folded, "ohne Angabe". */
  stacks: string[];
  /** How many categories OTHER sums (0: none folded). */
  folded: number;
  /** Per bucket: the count of each stack (0 where none). */
  rows: Array<{ key: string; total: number; previousYear: number; counts: Record<string, number> }>;
}

/** The timeline's stacks: the largest `max` categories of the period, the rest folded per bucket. */
export function timelineStacks(
  timeline: readonly TimelineBucket[],
  categories: readonly string[],
  max: number,
): TimelineStacks {
  const { shown, rest } = chartIds(categories, max);
  // As in chartCounts: the folded stack before "ohne Angabe".
  const named = shown.filter((id) => id !== NOT_SET);
  const stacks = [
    ...named,
    ...(rest.length ? [OTHER] : []),
    ...(shown.length > named.length ? [NOT_SET] : []),
  ];
  const shownSet = new Set(shown);
  const rows = timeline.map((b) => {
    const counts: Record<string, number> = Object.fromEntries(stacks.map((id) => [id, 0]));
    for (const [id, count] of Object.entries(b.byCategory)) counts[shownSet.has(id) ? id : OTHER]! += count;
    return { key: b.key, total: b.total, previousYear: b.previousYear, counts };
  });
  return { stacks, folded: rest.length, rows };
}
