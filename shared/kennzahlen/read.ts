// A chosen file's text as a Kennzahlen file, JSON or CSV by its first characters (not its name: a
// file renamed or saved by a spreadsheet keeps its contents).
import { parseKennzahlenCsv, CSV_COLUMNS } from './csv';
import { parseKennzahlenJson, type KennzahlenFile, type KennzahlenProblem } from './format';

/** Larger than any Kennzahlen file (a few hundred kB at most): refused before it is read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function readKennzahlen(
  text: string,
): { ok: true; file: KennzahlenFile } | { ok: false; problem: KennzahlenProblem } {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start) return { ok: false, problem: 'kennzahlen.errors.empty' };
  if (start.startsWith(`${CSV_COLUMNS[0]};`)) return parseKennzahlenCsv(text);
  if (start.startsWith('{') || start.startsWith('[')) return parseKennzahlenJson(text);
  return { ok: false, problem: 'kennzahlen.errors.wrongFormat' };
}
