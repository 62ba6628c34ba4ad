// Small-cell suppression: no published cell lets a reader single out a person. Counts from 1 to 4
// become "<5" (0 stays 0). A breakdown adds up to its quarter's published total, so a single "<5" in
// it could be worked out by subtraction: further cells are then withheld as "x" (complementary
// suppression) until no withheld cell has only one possible value. See docs/kennzahlen.md.
import { PROTECTED, SMALL, THRESHOLD, type Cell } from './format';

/** A count as published on its own: 1–4 → "<5". */
export function countCell(n: number): Cell {
  return n >= 1 && n < THRESHOLD ? SMALL : n;
}

/** Hours with one decimal; above 0 and under 5 → "<5" (no cell of the file lies between 0 and 5). */
export function hoursCell(hours: number): number | typeof SMALL {
  const rounded = Math.round(hours * 10) / 10;
  return rounded > 0 && rounded < THRESHOLD ? SMALL : rounded;
}

/**
 * What a reader knows of a withheld cell: "<5" is 1–4; "x" is at least 5 (else it would be "<5") and,
 * as the smallest cells are withheld first, at most the smallest count still published.
 */
export function withheldBounds(cells: readonly Cell[], hiddenSum: number): Array<[number, number]> {
  const published = cells.filter((c): c is number => typeof c === 'number' && c > 0);
  const cap = Math.min(hiddenSum, ...published);
  return cells
    .filter((c) => typeof c !== 'number')
    .map((c) => (c === SMALL ? [1, THRESHOLD - 1] : [THRESHOLD, Math.max(THRESHOLD, cap)]));
}

/**
 * Whether some withheld cell has exactly one value that fits: the withheld cells add up to
 * `hiddenSum` (the published total minus the published cells), each within its bounds.
 */
export function someWithheldDetermined(cells: readonly Cell[], hiddenSum: number): boolean {
  const hidden = withheldBounds(cells, hiddenSum);
  if (hidden.length === 0) return false;
  const lo = hidden.reduce((s, b) => s + b[0], 0);
  const hi = hidden.reduce((s, b) => s + b[1], 0);
  return hidden.some(([l, h]) => {
    const min = Math.max(l, hiddenSum - (hi - h));
    const max = Math.min(h, hiddenSum - (lo - l));
    return min >= max;
  });
}

/**
 * The cells of one breakdown. `parentPublished`: its total appears as a number in the file (a total
 * that is itself "<5" gives nothing to subtract from). When even withholding every non-zero cell
 * leaves a cell determined, the whole breakdown is withheld: every entry "x", zeros too.
 */
export function protectBreakdown(counts: readonly number[], parentPublished: boolean): Cell[] {
  const cells = counts.map(countCell);
  if (!parentPublished || !cells.includes(SMALL)) return cells;
  const hiddenSum = () => counts.reduce((s, n, i) => (typeof cells[i] === 'number' ? s : s + n), 0);
  while (someWithheldDetermined(cells, hiddenSum())) {
    // The smallest published cell goes next: it costs the least information.
    let pick = -1;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (typeof c === 'number' && c > 0 && (pick < 0 || c < (cells[pick] as number))) pick = i;
    }
    if (pick < 0) return counts.map(() => PROTECTED);
    cells[pick] = PROTECTED;
  }
  return cells;
}
