// The report as an Excel workbook (exceljs), ready to print: a sheet with the report's metadata and
// texts, then one sheet per table with numbers as numbers and German headers. Every sheet is set up
// for A4, one page wide, header rows repeated, rows as tall as their wrapped text.
import type { Workbook, Worksheet } from 'exceljs';
import type { AnnualReport, ReportUnit } from '../../../../shared/report/annualReport';
import { rowChange } from '../../../../shared/report/annualReport';
import {
  formatChange,
  formatReportDay,
  formatReportValue,
  reportCreatedDay,
  reportHeading,
} from '../../../../shared/report/reportExportRows';
import { reportProperties } from '../../../../shared/report/reportFileName';
import { reportLabels } from '../../../../shared/report/reportLabels';
import { fitWidth, headerText, orientationFor, rowHeight } from './sheetLayout';
import { sheetName } from './sheetName';

export { sheetName } from './sheetName';

const NUMBER_FORMAT: Record<ReportUnit, string> = {
  count: '#,##0',
  hours: '#,##0.0',
  days: '#,##0.0',
  euro: '#,##0.00 "€"',
};

/**
 * The format's language: LibreOffice takes the separators from it (1.234,5 in a German report on any
 * computer); Excel takes them from the computer and ignores the tag.
 */
const numberFormat = (format: string, language: AnnualReport['language']) =>
  `[$-${language === 'en' ? '809' : '407'}]${format}`;

const FONT = { name: 'Arial', size: 10 };
const A4 = 9; // Excel's paper size number
const TOP = { wrapText: true, vertical: 'top' } as const;

type Labels = ReturnType<typeof reportLabels>;
type Table = AnnualReport['sections'][number]['tables'][number];

export async function reportXlsx(report: AnnualReport, appVersion: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  const L = reportLabels(report.language);
  const properties = reportProperties(report);
  workbook.creator = properties.author;
  workbook.lastModifiedBy = properties.author;
  workbook.company = report.officeName;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords;
  workbook.description = L.aggregatesOnly;
  (workbook as Workbook & { language?: string }).language = properties.language;
  workbook.created = new Date(report.createdAt);
  workbook.modified = new Date(report.createdAt);
  const taken = new Set<string>();
  const footer = `&L&8${headerText(properties.title)}&R&8${headerText(L.page)} &P ${headerText(L.pageOf)} &N`;

  writeOverview(workbook.addWorksheet(sheetName(report.title, taken)), report, L, appVersion, footer);
  for (const section of report.sections)
    for (const table of section.tables) {
      const sheet = workbook.addWorksheet(sheetName(`${section.number} ${table.title}`, taken));
      writeTable(sheet, `${section.number}. ${section.title} – ${table.title}`, table, report, L, footer);
    }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function pageSetup(sheet: Worksheet, widths: number[], footer: string, titleRows?: string): void {
  sheet.pageSetup = {
    paperSize: A4,
    orientation: orientationFor(widths),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as needed
    horizontalCentered: false,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.8, header: 0.3, footer: 0.35 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  sheet.headerFooter = { oddFooter: footer };
}

/** The first sheet: heading, the report's metadata, then each section's texts beside its title. */
function writeOverview(
  sheet: Worksheet,
  report: AnnualReport,
  L: Labels,
  appVersion: string,
  footer: string,
): void {
  const day = (d: string) => formatReportDay(d, report.language);
  const keyRows: Array<[string, string]> = [
    [L.office, report.officeName],
    [L.district, report.district],
    [L.period, `${day(report.from)} – ${day(report.to)}`],
    [L.previousPeriod, `${day(report.previousFrom)} – ${day(report.previousTo)}`],
    [L.team, report.team.join(', ') || '–'],
    [L.createdAt, reportCreatedDay(report)],
    ['Anlaufstelle', appVersion],
    ['', L.aggregatesOnly],
  ];
  // One paragraph per row: a whole section's text in one cell could outgrow Excel's tallest row.
  const textRows: Array<[string, string]> = [];
  for (const section of report.sections) {
    // The profile's own text block, then the office's words.
    const paragraphs = [section.intro, section.text]
      .flatMap((t) => t.split(/\n\s*\n/))
      .map((p) => p.trim())
      .filter(Boolean);
    paragraphs.forEach((p, i) => textRows.push([i === 0 ? `${section.number}. ${section.title}` : '', p]));
  }
  const keyWidth = fitWidth(
    [...keyRows, ...textRows].map(([k]) => k),
    18,
    32,
  );
  const widths = [keyWidth, 92 - keyWidth];
  sheet.columns = widths.map((width) => ({ width }));
  pageSetup(sheet, widths, footer);

  const title = sheet.addRow([reportHeading(report)]);
  title.font = { ...FONT, size: 14, bold: true };
  title.height = rowHeight([[reportHeading(report), widths[0]! + widths[1]!, 1.4]]);
  sheet.mergeCells(title.number, 1, title.number, 2);
  const subtitle = sheet.addRow([report.subtitle]);
  subtitle.font = { ...FONT, size: 11 };
  subtitle.alignment = TOP;
  subtitle.height = rowHeight([[report.subtitle, widths[0]! + widths[1]!, 1.1]]);
  sheet.mergeCells(subtitle.number, 1, subtitle.number, 2);

  for (const [key, value] of [...keyRows, ['', ''] as [string, string], ...textRows]) {
    const row = sheet.addRow([key, value]);
    row.font = FONT;
    row.alignment = TOP;
    row.getCell(1).font = { ...FONT, bold: true };
    row.height = rowHeight([
      [key, widths[0]!],
      [value, widths[1]!],
    ]);
  }
}

function writeTable(
  sheet: Worksheet,
  title: string,
  table: Table,
  report: AnnualReport,
  L: Labels,
  footer: string,
): void {
  const lang = report.language;
  const headers = [L.columns.row, L.columns.current, L.columns.previous, L.columns.change];
  // Each column as wide as what it shows (as the printed report formats it), within bounds.
  const widths = [
    fitWidth([headers[0]!, ...table.rows.map((r) => r.label)], 30, 60),
    fitWidth([headers[1]!, ...table.rows.map((r) => formatReportValue(r.current, r.unit, lang))], 12, 24),
    fitWidth([headers[2]!, ...table.rows.map((r) => formatReportValue(r.previous, r.unit, lang))], 12, 24),
    fitWidth([headers[3]!, ...table.rows.map((r) => formatChange(rowChange(r), lang))], 12, 20),
  ];
  const all = widths.reduce((a, b) => a + b, 0);
  sheet.columns = widths.map((width) => ({ width }));
  pageSetup(sheet, widths, footer, '1:3');

  const heading = sheet.addRow([title]);
  heading.font = { ...FONT, size: 12, bold: true };
  heading.alignment = TOP;
  heading.height = rowHeight([[title, all, 1.2]]);
  sheet.mergeCells(heading.number, 1, heading.number, 4);
  const note = sheet.addRow([table.note ?? '']);
  note.font = { ...FONT, italic: true };
  note.alignment = TOP;
  note.height = table.note ? rowHeight([[table.note, all]]) : 6;
  sheet.mergeCells(note.number, 1, note.number, 4);

  const header = sheet.addRow(headers);
  header.font = { ...FONT, bold: true };
  header.height = rowHeight(headers.map((h, i) => [h, widths[i]!] as [string, number]));
  header.eachCell((cell, col) => {
    cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: col === 1 ? 'left' : 'right' };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of table.rows) {
    const change = rowChange(row);
    const added = sheet.addRow([row.label, row.current, row.previous, change ?? null]);
    added.font = FONT;
    added.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    for (const col of [2, 3, 4]) added.getCell(col).alignment = { vertical: 'middle', horizontal: 'right' };
    added.getCell(2).numFmt = numberFormat(NUMBER_FORMAT[row.unit], lang);
    added.getCell(3).numFmt = numberFormat(NUMBER_FORMAT[row.unit], lang);
    added.getCell(4).numFmt = '+0;-0;0';
    added.height = rowHeight([[row.label, widths[0]!]]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
}
