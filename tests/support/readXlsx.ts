// Reads an XLSX file back the way another program would, for unit and e2e tests. The app writes with
// exceljs; reading with read-excel-file (its own unzip and XML parsing) keeps the check independent.
import readXlsxFile from 'read-excel-file/node';

export type Cell = string | number | boolean | Date | null;
export type Rows = Cell[][];

/** Every sheet in workbook order, by name; each row without its trailing empty cells. */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Map<string, Rows>> {
  const buffer = Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  const sheets = await readXlsxFile(buffer, { trim: false });
  return new Map(sheets.map(({ sheet, data }) => [sheet, data.map((row) => trimRow(row as Cell[]))]));
}

/** One sheet's rows; fails the test with the sheet names present if it is missing. */
export function sheetRows(book: Map<string, Rows>, name: string): Rows {
  const rows = book.get(name);
  if (!rows) throw new Error(`No sheet "${name}" (sheets: ${[...book.keys()].join(', ')})`);
  return rows;
}

/** The rows below the first as objects keyed by the first row's headings; empty rows left out. */
export function sheetRecords(rows: Rows): Array<Record<string, Cell>> {
  const [headings = [], ...body] = rows;
  return body
    .filter((row) => row.some((cell) => cell !== null))
    .map((row) =>
      Object.fromEntries(
        headings.flatMap((heading, i) => (row[i] == null ? [] : [[String(heading), row[i]!]])),
      ),
    );
}

/** All cells as text, one line per row, for "this text appears nowhere" checks. */
export function sheetText(rows: Rows): string {
  return rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join(',')).join('\n');
}

function trimRow(row: Cell[]): Cell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}
