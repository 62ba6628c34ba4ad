// The Kennzahlen file: one office's aggregate figures of one year, per quarter, for a state-wide
// comparison. Counts only, with small cells suppressed (suppress.ts); docs/kennzahlen.md is the
// specification. A file is checked against this schema before anything of it is shown.
import { z } from 'zod';

export const KENNZAHLEN_FORMAT = 'anlaufstelle-kennzahlen';
export const KENNZAHLEN_VERSION = 1;
/** Counts from 1 to 4 (and hours above 0 and under 5) are not published. */
export const THRESHOLD = 5;
/** A count from 1 to 4 (hours above 0 and under 5). */
export const SMALL = '<5';
/** Withheld to protect a small cell of the same breakdown (complementary suppression). */
export const PROTECTED = 'x';
/** The category id of "ohne Angabe": a record without a value in that list. */
export const NOT_SET_ID = '__notSet';
/** The category id of entries no longer in the office's list (deleted since). */
export const UNKNOWN_ID = '__unknown';
export const NOT_SET_LABEL = 'ohne Angabe';
export const UNKNOWN_LABEL = 'unbekannter Eintrag';

/** The breakdowns of a quarter and the office's list each one is counted by. */
export const DIMENSIONS = {
  requesterType: 'requesterTypes',
  topics: 'topics',
  channel: 'channels',
  targetGroup: 'targetGroups',
  fieldOfAction: 'fieldsOfAction',
  result: 'results',
  activityType: 'activityTypes',
} as const;
export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as Dimension[];
/** The quarter's figure each breakdown divides (topics: an inquiry may have several). */
export const PARENT: Record<Dimension, 'inquiries' | 'activities'> = {
  requesterType: 'inquiries',
  topics: 'inquiries',
  channel: 'inquiries',
  targetGroup: 'inquiries',
  fieldOfAction: 'inquiries',
  result: 'inquiries',
  activityType: 'activities',
};
export const MEASURES = ['inquiries', 'activities', 'volunteersActive', 'hours'] as const;
export type Measure = (typeof MEASURES)[number];

/** A published count: 0 or at least 5; "<5" or "x" when withheld. */
export type Cell = number | typeof SMALL | typeof PROTECTED;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A count cell: a whole number that is 0 or at least 5, or a marker. */
const countCell = z.union([
  z.literal(SMALL),
  z.literal(PROTECTED),
  z
    .number()
    .int()
    .refine((n) => n === 0 || (n >= THRESHOLD && n <= 1e9)),
]);
/** Hours: 0 or at least 5 with one decimal, or "<5". */
const hoursCell = z.union([
  z.literal(SMALL),
  z
    .number()
    .refine((n) => (n === 0 || (n >= THRESHOLD && n <= 1e9)) && Math.abs(Math.round(n * 10) - n * 10) < 1e-6),
]);

const entrySchema = z.strictObject({
  id: z.string().min(1).max(200),
  label: z.string().min(1).max(200),
  value: countCell,
});

const breakdownSchema = z.strictObject({
  list: z.string(),
  entries: z.array(entrySchema).min(1).max(1000),
});

const quarterSchema = z.strictObject({
  quarter: z.number().int().min(1).max(4),
  from: day,
  to: day,
  /** false while the quarter runs (the file was made before its last day). */
  complete: z.boolean(),
  inquiries: countCell,
  activities: countCell,
  volunteersActive: countCell,
  hours: hoursCell,
  breakdowns: z.strictObject(
    Object.fromEntries(DIMENSION_KEYS.map((d) => [d, breakdownSchema])) as Record<
      Dimension,
      typeof breakdownSchema
    >,
  ),
});

export const kennzahlenSchema = z.strictObject({
  format: z.literal(KENNZAHLEN_FORMAT),
  version: z.literal(KENNZAHLEN_VERSION),
  createdAt: z.iso.datetime(),
  office: z.strictObject({
    name: z.string().max(120),
    district: z.string().max(120),
    /** Einwohnerzahl des Landkreises; null when not entered. */
    population: z.number().int().min(1).max(100_000_000).nullable(),
  }),
  year: z.number().int().min(1900).max(2199),
  quarters: z.array(quarterSchema).max(4),
});
export type KennzahlenFile = z.infer<typeof kennzahlenSchema>;
export type KennzahlenQuarter = KennzahlenFile['quarters'][number];
export type Breakdown = KennzahlenQuarter['breakdowns'][Dimension];

/** Message keys (renderer/i18n kennzahlen.*) of a file that cannot be read. */
export type KennzahlenProblem =
  | 'kennzahlen.errors.empty'
  | 'kennzahlen.errors.notReadable'
  | 'kennzahlen.errors.wrongFormat'
  | 'kennzahlen.errors.newerVersion'
  | 'kennzahlen.errors.invalid';

/**
 * A parsed JSON value as a Kennzahlen file, or why not: another kind of file, a version this app does
 * not know (a newer one), or a file of this format whose contents do not match the specification.
 */
export function checkKennzahlen(
  value: unknown,
): { ok: true; file: KennzahlenFile } | { ok: false; problem: KennzahlenProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'kennzahlen.errors.wrongFormat' };
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== KENNZAHLEN_FORMAT) return { ok: false, problem: 'kennzahlen.errors.wrongFormat' };
  if (version !== KENNZAHLEN_VERSION)
    return {
      ok: false,
      problem:
        typeof version === 'number' && version > KENNZAHLEN_VERSION
          ? 'kennzahlen.errors.newerVersion'
          : 'kennzahlen.errors.invalid',
    };
  const parsed = kennzahlenSchema.safeParse(value);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, problem: 'kennzahlen.errors.invalid' };
}

/** The JSON file's text: two-space indented, keys in the schema's order. */
export function kennzahlenJson(file: KennzahlenFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A JSON text as a Kennzahlen file (or the problem). */
export function parseKennzahlenJson(text: string): ReturnType<typeof checkKennzahlen> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'kennzahlen.errors.notReadable' };
  }
  return checkKennzahlen(value);
}
