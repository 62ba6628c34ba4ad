// Chart series from the dashboard model. A chart has room for a few bars or stacks; the rest are
// summed into one "Sonstige" entry instead of being left out, and "ohne Angabe" keeps its own entry,
// so every chart adds up to the same total as its table and the key figures.
import { NOT_SET } from './dashboard';

export const OTHER = '__other';

/**
 * The ids a chart shows on their own: the first `max` (the caller's order, largest first), plus
 * "ohne Angabe" when present; `rest` are summed into OTHER.
 */
export function chartIds(ids: readonly string[], max: number): { shown: string[]; rest: string[] } {
  const named = ids.filter((id) => id !== NOT_SET);
  const keep = named.length > max ? max - 1 : max; // room for the "Sonstige" entry
  const shown = named.slice(0, keep);
  if (ids.includes(NOT_SET)) shown.push(NOT_SET);
  return { shown, rest: named.slice(keep) };
}

/** Counts for a bar chart of at most `max` + 1 bars: the largest, "Sonstige" (summed), "ohne Angabe". */
export function chartCounts(
  counts: ReadonlyArray<{ id: string; count: number }>,
  max: number,
): Array<{ id: string; count: number }> {
  const { shown, rest } = chartIds(
    counts.map((c) => c.id),
    max,
  );
  const byId = new Map(counts.map((c) => [c.id, c.count]));
  const bars = shown.map((id) => ({ id, count: byId.get(id)! }));
  if (rest.length) {
    const other = { id: OTHER, count: rest.reduce((sum, id) => sum + byId.get(id)!, 0) };
    // "Sonstige" before "ohne Angabe", which stays last.
    bars.splice(bars.at(-1)?.id === NOT_SET ? bars.length - 1 : bars.length, 0, other);
  }
  return bars;
}
