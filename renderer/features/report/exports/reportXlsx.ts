// The annual report as an Excel workbook (exceljs): a sheet with the report's metadata and texts,
// then one sheet per table with numbers as numbers and German headers.
import type { Workbook, Worksheet } from 'exceljs';
import type { AnnualReport, ReportUnit } from '../../../../shared/report/annualReport';
import { rowChange } from '../../../../shared/report/annualReport';
import { formatReportDay, reportHeading } from '../../../../shared/report/reportExportRows';
import { reportLabels } from '../../../../shared/report/reportLabels';
import { localeOf } from '../../../../shared/i18n/locale';

const NUMBER_FORMAT: Record<ReportUnit, string> = {
  count: '#,##0',
  hours: '#,##0.0',
  days: '#,##0.0',
  euro: '#,##0.00 "€"',
};

/** Excel allows 31 characters and no []:*?/\ in a sheet name; names must be unique. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function reportXlsx(report: AnnualReport, appVersion: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  const L = reportLabels(report.language);
  workbook.creator = 'Anlaufstelle';
  workbook.created = new Date(report.createdAt);
  const taken = new Set<string>();

  const meta = workbook.addWorksheet(sheetName(report.title, taken));
  meta.columns = [{ width: 34 }, { width: 90 }];
  const metaRows: Array<[string, string]> = [
    [reportHeading(report), report.subtitle],
    [L.office, report.officeName],
    [L.district, report.district],
    [
      L.period,
      `${formatReportDay(report.from, report.language)} – ${formatReportDay(report.to, report.language)}`,
    ],
    [
      L.previousPeriod,
      `${formatReportDay(report.previousFrom, report.language)} – ${formatReportDay(report.previousTo, report.language)}`,
    ],
    [L.team, report.team.join(', ')],
    [L.createdAt, new Date(report.createdAt).toLocaleString(localeOf(report.language))],
    ['Anlaufstelle', appVersion],
    ['', L.aggregatesOnly],
  ];
  for (const [key, value] of metaRows) meta.addRow([key, value]);
  meta.getColumn(1).font = { bold: true };
  meta.addRow([]);
  for (const section of report.sections) {
    // The profile's own text block, then the office's words.
    const text = [section.intro, section.text].filter((t) => t.trim()).join('\n\n');
    if (text) {
      const row = meta.addRow([`${section.number}. ${section.title}`, text]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }

  for (const section of report.sections)
    for (const table of section.tables) {
      const sheet = workbook.addWorksheet(sheetName(`${section.number} ${table.title}`, taken));
      writeTable(sheet, `${section.number}. ${section.title} – ${table.title}`, table, L);
    }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeTable(
  sheet: Worksheet,
  title: string,
  table: AnnualReport['sections'][number]['tables'][number],
  L: ReturnType<typeof reportLabels>,
): void {
  sheet.columns = [{ width: 48 }, { width: 18 }, { width: 14 }, { width: 16 }];
  sheet.addRow([title]).font = { bold: true, size: 12 };
  sheet.addRow([table.note ?? '']);
  const header = sheet.addRow([L.columns.row, L.columns.current, L.columns.previous, L.columns.change]);
  header.font = { bold: true };
  for (const row of table.rows) {
    const change = rowChange(row);
    const added = sheet.addRow([row.label, row.current, row.previous, change ?? null]);
    added.getCell(2).numFmt = NUMBER_FORMAT[row.unit];
    added.getCell(3).numFmt = NUMBER_FORMAT[row.unit];
    added.getCell(4).numFmt = '+0;-0;0';
  }
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
}
