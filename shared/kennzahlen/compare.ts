// Kennzahlen vergleichen: several offices' files side by side. Each office's year is the sum of its
// quarters; a category is matched across offices by its label (case and spaces aside), since each
// office names and orders its lists itself. Withheld cells stay withheld: a sum that contains them is
// a lower bound ("mindestens"), each "<5" counted as 1 and each "x" as 0. Offices' totals are
// added; volunteers active are the highest quarter per office.
import {
  DIMENSION_KEYS,
  MEASURES,
  NOT_SET_ID,
  NOT_SET_LABEL,
  SMALL,
  THRESHOLD,
  type Cell,
  type Dimension,
  type KennzahlenFile,
  type Measure,
} from './format';

/** A sum of published cells: `min` is what it is at least; `exact` when no cell in it was withheld. */
export interface Figure {
  min: number;
  exact: boolean;
}

export const ZERO: Figure = { min: 0, exact: true };

export function figureOf(cell: Cell): Figure {
  if (typeof cell === 'number') return { min: cell, exact: true };
  return { min: cell === SMALL ? 1 : 0, exact: false };
}

export function addFigures(a: Figure, b: Figure): Figure {
  // Hours carry one decimal: the sum is rounded so 0.1 + 0.2 stays 0.3.
  return { min: Math.round((a.min + b.min) * 10) / 10, exact: a.exact && b.exact };
}

/** A label as the offices' lists are matched: lower case, spaces collapsed and trimmed. */
export function normaliseLabel(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

export interface ComparedOffice {
  /** Its place in the comparison (the loaded file's key). */
  key: string;
  name: string;
  district: string;
  year: number;
  quarters: number;
  population: number | null;
}

export interface ComparedCategory {
  /** The normalised label the offices are matched by. */
  key: string;
  /** The label as the first office that has it writes it. */
  label: string;
  /** "ohne Angabe" (the UI shows it in its language). */
  notSet: boolean;
  perOffice: Figure[];
  total: Figure;
}

export interface Comparison {
  offices: ComparedOffice[];
  measures: Record<Measure, { perOffice: Figure[]; total: Figure }>;
  breakdowns: Record<Dimension, ComparedCategory[]>;
  /** The populations of all offices added, when every office has one; else null. */
  totalPopulation: number | null;
}

/**
 * One office's year of a measure: the sum of its quarters; volunteers active, who are mostly the same
 * people each quarter, as the highest quarter (a "<5" beside a published count is below it).
 */
function yearOf(file: KennzahlenFile, measure: Measure): Figure {
  if (measure === 'volunteersActive') {
    const figures = file.quarters.map((q) => figureOf(q.volunteersActive));
    const min = Math.max(0, ...figures.map((f) => f.min));
    return { min, exact: min >= THRESHOLD || figures.every((f) => f.exact) };
  }
  return file.quarters.reduce((sum, q) => addFigures(sum, figureOf(q[measure])), ZERO);
}

/**
 * The comparison of the loaded files. `population`: the figure typed in for an office whose file has
 * none (by the office's key); a file's own figure is used first.
 */
export function compareOffices(
  loaded: ReadonlyArray<{ key: string; file: KennzahlenFile }>,
  population: Readonly<Record<string, number | null | undefined>> = {},
): Comparison {
  const offices: ComparedOffice[] = loaded.map(({ key, file }) => ({
    key,
    name: file.office.name,
    district: file.office.district,
    year: file.year,
    quarters: file.quarters.length,
    population: file.office.population ?? population[key] ?? null,
  }));
  const measures = Object.fromEntries(
    MEASURES.map((m) => {
      const perOffice = loaded.map(({ file }) => yearOf(file, m));
      return [m, { perOffice, total: perOffice.reduce(addFigures, ZERO) }];
    }),
  ) as Comparison['measures'];
  const breakdowns = Object.fromEntries(
    DIMENSION_KEYS.map((d) => {
      const categories = new Map<string, ComparedCategory>();
      loaded.forEach(({ file }, o) => {
        for (const q of file.quarters)
          for (const e of q.breakdowns[d].entries) {
            // "ohne Angabe" is matched by its id: an office may have a list entry of that name.
            const key = e.id === NOT_SET_ID ? `\u0000${NOT_SET_ID}` : normaliseLabel(e.label);
            let c = categories.get(key);
            if (!c) {
              c = {
                key,
                label: e.id === NOT_SET_ID ? NOT_SET_LABEL : e.label.trim(),
                notSet: e.id === NOT_SET_ID,
                perOffice: loaded.map(() => ZERO),
                total: ZERO,
              };
              categories.set(key, c);
            }
            const f = figureOf(e.value);
            c.perOffice[o] = addFigures(c.perOffice[o]!, f);
            c.total = addFigures(c.total, f);
          }
      });
      // The largest first; "ohne Angabe" last.
      const list = [...categories.values()].sort(
        (a, b) =>
          Number(a.notSet) - Number(b.notSet) ||
          b.total.min - a.total.min ||
          a.label.localeCompare(b.label, 'de'),
      );
      return [d, list];
    }),
  ) as Comparison['breakdowns'];
  const populations = offices.map((o) => o.population);
  return {
    offices,
    measures,
    breakdowns,
    totalPopulation:
      populations.length && populations.every((p) => p !== null)
        ? populations.reduce<number>((s, p) => s + p!, 0)
        : null,
  };
}

/** A figure per 10.000 inhabitants, one decimal; null without a population. */
export function perTenThousand(figure: Figure, population: number | null): number | null {
  if (!population) return null;
  return Math.round((figure.min / population) * 100_000) / 10;
}
