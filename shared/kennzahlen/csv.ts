// The Kennzahlen file as CSV: the same figures as the JSON, one row per figure ("long" layout, so a
// spreadsheet can filter and pivot it), each row carrying the file's and the quarter's data. Read
// back, it gives the same file (docs/kennzahlen.md, "CSV").
import Papa from 'papaparse';
import { toExcelCsv, undefuseCsvText, type CsvCell } from '../codecs/csv';
import {
  checkKennzahlen,
  DIMENSION_KEYS,
  DIMENSIONS,
  MEASURES,
  PROTECTED,
  SMALL,
  type Cell,
  type Dimension,
  type KennzahlenFile,
  type KennzahlenProblem,
} from './format';

export const CSV_COLUMNS = [
  'format',
  'version',
  'createdAt',
  'office',
  'district',
  'population',
  'year',
  'quarter',
  'from',
  'to',
  'complete',
  'measure',
  'list',
  'id',
  'label',
  'value',
] as const;

const cellOut = (value: Cell): CsvCell => value;

/** `;`-separated, UTF-8 with BOM, decimal comma (hours "12,5"): opens in a German Excel as it is. */
export function kennzahlenCsv(file: KennzahlenFile): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const q of file.quarters) {
    const head: CsvCell[] = [
      file.format,
      file.version,
      file.createdAt,
      file.office.name,
      file.office.district,
      file.office.population,
      file.year,
      q.quarter,
      q.from,
      q.to,
      q.complete ? 'true' : 'false',
    ];
    for (const m of MEASURES) rows.push([...head, m, '', '', '', cellOut(q[m])]);
    for (const d of DIMENSION_KEYS)
      for (const e of q.breakdowns[d].entries)
        rows.push([...head, d, q.breakdowns[d].list, e.id, e.label, cellOut(e.value)]);
  }
  return toExcelCsv(rows, { decimalComma: true });
}

function valueIn(text: string): Cell | undefined {
  if (text === SMALL || text === PROTECTED) return text;
  return /^\d{1,10}(,\d)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}

const INVALID = { ok: false, problem: 'kennzahlen.errors.invalid' } as const;

/** A Kennzahlen CSV (as written above) back as the file, checked like a JSON file. */
export function parseKennzahlenCsv(
  text: string,
): { ok: true; file: KennzahlenFile } | { ok: false; problem: KennzahlenProblem } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header || header.join(';') !== CSV_COLUMNS.join(';'))
    return { ok: false, problem: 'kennzahlen.errors.wrongFormat' };
  if (parsed.errors.length || rows.length === 0) return INVALID;
  const col = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, i])) as Record<
    (typeof CSV_COLUMNS)[number],
    number
  >;
  const at = (row: string[], c: (typeof CSV_COLUMNS)[number]) => undefuseCsvText(row[col[c]] ?? '');
  const first = rows[0]!;
  const version = Number(at(first, 'version'));
  const population = at(first, 'population');
  const file = {
    format: at(first, 'format'),
    version: Number.isFinite(version) ? version : at(first, 'version'),
    createdAt: at(first, 'createdAt'),
    office: {
      name: at(first, 'office'),
      district: at(first, 'district'),
      population: population === '' ? null : Number(population),
    },
    year: Number(at(first, 'year')),
    quarters: [] as Array<Record<string, unknown>>,
  };
  const quarters = new Map<string, Record<string, unknown> & { breakdowns: Record<string, unknown> }>();
  for (const row of rows) {
    if (row.length !== CSV_COLUMNS.length) return INVALID;
    // Every row repeats the file's data: a row of another file makes the whole file invalid.
    for (const c of ['format', 'version', 'createdAt', 'office', 'district', 'population', 'year'] as const)
      if (at(row, c) !== at(first, c)) return INVALID;
    const key = at(row, 'quarter');
    let q = quarters.get(key);
    if (!q) {
      const complete = at(row, 'complete');
      q = {
        quarter: Number(key),
        from: at(row, 'from'),
        to: at(row, 'to'),
        complete: complete === 'true' ? true : complete === 'false' ? false : complete,
        breakdowns: {},
      };
      quarters.set(key, q);
      file.quarters.push(q);
    }
    const value = valueIn(at(row, 'value'));
    if (value === undefined) return INVALID;
    const measure = at(row, 'measure');
    if ((MEASURES as readonly string[]).includes(measure)) {
      if (measure in q) return INVALID;
      q[measure] = value;
    } else if (measure in DIMENSIONS) {
      const b = (q.breakdowns[measure] ??= { list: at(row, 'list'), entries: [] }) as {
        list: string;
        entries: unknown[];
      };
      if (b.list !== at(row, 'list')) return INVALID;
      b.entries.push({ id: at(row, 'id'), label: at(row, 'label'), value });
    } else return INVALID;
  }
  // Breakdowns in the specification's order (a spreadsheet may have sorted the rows).
  for (const q of file.quarters) {
    const b = q.breakdowns as Record<string, unknown>;
    q.breakdowns = Object.fromEntries(DIMENSION_KEYS.filter((d: Dimension) => d in b).map((d) => [d, b[d]]));
  }
  file.quarters.sort((a, b) => Number(a.quarter) - Number(b.quarter));
  return checkKennzahlen(file);
}
