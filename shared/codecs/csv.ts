// The one CSV writer for every file the app exports. Excel and LibreOffice run a cell that starts
// with "=", "+", "-", "@", a tab or a carriage return as a formula ("=HYPERLINK(...)" can send data
// away), so such text is written with a leading apostrophe (OWASP "CSV injection"). Figures are
// numbers, not text: a -3 stays a -3.
import Papa from 'papaparse';

/** `{ cents }`: an amount of money, written with its two decimals ("612,40", not "612,4"). */
export type CsvCell = string | number | null | { cents: number };

export interface CsvOptions {
  /** "1,5" instead of "1.5" (German Excel reads the comma). */
  decimalComma: boolean;
  /** Quote every cell, not only those that need it. */
  quoteAll?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe; other text stays as it is. */
export function defuseCsvText(text: string): string {
  return FORMULA_START.test(text) && !PHONE_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * "+49 160 5551234": digits and separators only, so it can name no function, cell or link. Written
 * as it is, so Outlook and our own import read the number, not "'+49 …". (A short "+1" is still
 * defused: a spreadsheet would turn that text into the number 1.)
 */
const PHONE_NUMBER = /^\+\d[\d ()/.-]{5,}$/;

/** Reading a CSV back: our own (or Excel's) defusing apostrophe before a formula character goes. */
export function undefuseCsvText(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** Integer cents as "-1234.56": exact, no floating point. */
function centsText(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function cellText(cell: CsvCell, decimalComma: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'object') {
    const text = centsText(cell.cents);
    return decimalComma ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'number') return decimalComma ? String(cell).replace('.', ',') : String(cell);
  return defuseCsvText(cell);
}

/** `;`-separated, CRLF, UTF-8 with BOM: opens in Excel as is. */
export function toExcelCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const text = rows.map((row) => row.map((cell) => cellText(cell, options.decimalComma)));
  const csv = Papa.unparse(text, { delimiter: ';', newline: '\r\n', quotes: options.quoteAll ?? false });
  return `\uFEFF${csv}\r\n`;
}
