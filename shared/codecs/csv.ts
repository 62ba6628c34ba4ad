// The one CSV writer for every file the app exports. Excel and LibreOffice run a cell that starts
// with "=", "+", "-", "@", a tab or a carriage return as a formula ("=HYPERLINK(...)" can send data
// away), so such text is written with a leading apostrophe (OWASP "CSV injection"). Figures are
// numbers, not text: a -3 stays a -3.
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** "1,5" instead of "1.5" (German Excel reads the comma). */
  decimalComma: boolean;
  /** Quote every cell, not only those that need it. */
  quoteAll?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe; other text stays as it is. */
export function defuseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell, decimalComma: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return decimalComma ? String(cell).replace('.', ',') : String(cell);
  return defuseCsvText(cell);
}

/** `;`-separated, CRLF, UTF-8 with BOM: opens in Excel as is. */
export function toExcelCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const text = rows.map((row) => row.map((cell) => cellText(cell, options.decimalComma)));
  const csv = Papa.unparse(text, { delimiter: ';', newline: '\r\n', quotes: options.quoteAll ?? false });
  return `\uFEFF${csv}\r\n`;
}
