// The report's tables as rows for CSV and spreadsheets, and the number formats every export shares.
import { toExcelCsv } from '../codecs/csv';
import type { Language } from '../domain/settings';
import { rowChange, type AnnualReport, type ReportUnit } from './annualReport';
import { reportLabels } from './reportLabels';
import { localeOf } from '../i18n/locale';

export interface FlatReportRow {
  section: string;
  table: string;
  row: string;
  unit: string;
  current: number;
  previous: number;
  change: number | null;
}

export function flatReportRows(report: AnnualReport): FlatReportRow[] {
  const L = reportLabels(report.language);
  return report.sections.flatMap((section) =>
    section.tables.flatMap((table) =>
      table.rows.map((row) => ({
        section: `${section.number}. ${section.title}`,
        table: table.title,
        row: row.label,
        unit: L.units[row.unit],
        current: row.current,
        previous: row.previous,
        change: rowChange(row),
      })),
    ),
  );
}

/** "2026-03-01" → "01.03.2026" (German) or "01/03/2026" (English), as every export prints days. */
export function formatReportDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-');
  return language === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/**
 * The document's heading: "Jahresbericht 2025" for a calendar year; an own period is named by its
 * days ("Bericht 01.07.2025 – 30.06.2026"), so a half year is not mistaken for the whole year.
 */
export function reportHeading(report: {
  from: string;
  to: string;
  language: Language;
  title: string;
}): string {
  const year = report.from.slice(0, 4);
  if (report.from === `${year}-01-01` && report.to === `${year}-12-31`) return `${report.title} ${year}`;
  const days = `${formatReportDay(report.from, report.language)} – ${formatReportDay(report.to, report.language)}`;
  return `${report.language === 'en' ? 'Report' : 'Bericht'} ${days}`;
}

const locale = (language: Language) => localeOf(language);

/** A figure as the printed report shows it: "1.234", "12,5", "1.234,50 €". */
export function formatReportValue(value: number, unit: ReportUnit, language: Language): string {
  if (unit === 'euro')
    return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(value);
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
}

/** "+12 %", "−5 %", or "–" when there is no previous value to compare with. */
export function formatChange(change: number | null, language: Language): string {
  if (change === null) return '–';
  const n = new Intl.NumberFormat(locale(language), { signDisplay: 'exceptZero' }).format(change);
  return language === 'en' ? `${n}%` : `${n} %`;
}

/** One long table, `;`-separated, UTF-8 with BOM, decimal comma: opens in a German Excel as is. */
export function reportCsv(report: AnnualReport): string {
  const L = reportLabels(report.language);
  // Labels come from the office's own lists and may start like a formula; toExcelCsv defuses them.
  const rows = flatReportRows(report).map((r) => [
    r.section,
    r.table,
    r.row,
    r.unit,
    r.current,
    r.previous,
    r.change,
  ]);
  const header = [
    L.columns.section,
    L.columns.table,
    L.columns.row,
    L.columns.unit,
    L.columns.current,
    L.columns.previous,
    L.columns.change,
  ];
  return toExcelCsv([header, ...rows], { decimalComma: report.language !== 'en' });
}
