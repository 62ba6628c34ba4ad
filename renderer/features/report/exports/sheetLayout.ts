// Print layout for the report workbook: Excel and LibreOffice do not grow a row for wrapped text the
// file did not size, so the rows are given heights here, from the text, the column width and the font.

/** Arial 10 pt (Liberation Sans in LibreOffice): one line takes about 13 points of row height. */
export const LINE_POINTS = 13;
const MAX_ROW_POINTS = 409; // Excel's limit

/**
 * Lines a text takes in a column `width` characters wide, wrapped at spaces as a spreadsheet does.
 * A column unit is the default font's digit width; Arial 10 fits about 1.4 characters of running text
 * into one in LibreOffice and 1.25 in Excel, so 1.15 leaves room for a wider substitute font.
 */
export function wrappedLines(text: string, width: number, fontScale = 1): number {
  const perLine = Math.max(1, Math.floor((width * 1.15) / fontScale));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines++;
        used = length;
      }
      // A word longer than the line breaks over several lines.
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/** The row height (points) for cells `[text, width, fontScale]`: the tallest cell decides. */
export function rowHeight(cells: Array<[text: string, width: number, fontScale?: number]>): number {
  const lines = Math.max(1, ...cells.map(([text, width, scale]) => wrappedLines(text, width, scale ?? 1)));
  const scale = Math.max(1, ...cells.map(([, , s]) => s ?? 1));
  return Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS * scale + 4));
}

/** A column as wide as its longest text, within bounds (characters). */
export function fitWidth(texts: string[], min: number, max: number): number {
  const longest = Math.max(0, ...texts.map((t) => Math.max(...t.split('\n').map((line) => line.length))));
  return Math.min(max, Math.max(min, longest + 2));
}

/** Columns wider than a portrait A4 page takes at a readable size are printed landscape. */
export function orientationFor(widths: number[]): 'portrait' | 'landscape' {
  return widths.reduce((a, b) => a + b, 0) > 100 ? 'landscape' : 'portrait';
}

/** Text for an Excel header or footer: "&" starts a code there, so a literal one is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}
