// The report's tables as rows for CSV and spreadsheets, and the number formats every export shares.
import { toExcelCsv } from '../codecs/csv';
import type { Language } from '../domain/settings';
import { rowChange, type AnnualReport, type ReportUnit } from './annualReport';
import { profileLabels } from './profileLabels';
import { reportLabels } from './reportLabels';
import { localeOf } from '../i18n/locale';
import { localDayOf } from '../domain/calendarDay';

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
/** "Erstellt am 02.12.2026": the day of creation, the same in every output. */
export function reportCreatedDay(report: { createdAt: string; language: Language }): string {
  return formatReportDay(localDayOf(report.createdAt), report.language);
}

export function reportHeading(report: {
  from: string;
  to: string;
  language: Language;
  title: string;
}): string {
  const year = report.from.slice(0, 4);
  if (report.from === `${year}-01-01` && report.to === `${year}-12-31`) return `${report.title} ${year}`;
  // The year so far (the period "2026 (bis heute)"), or its first half: "Sachbericht 2026 (bis 30.06.2026)".
  if (report.from === `${year}-01-01` && report.to.startsWith(`${year}-`))
    return `${report.title} ${year} (${report.language === 'en' ? 'to' : 'bis'} ${formatReportDay(report.to, report.language)})`;
  const days = `${formatReportDay(report.from, report.language)} – ${formatReportDay(report.to, report.language)}`;
  // "Jahresbericht" over a part year would mislead: it becomes "Bericht"; other titles keep their name.
  const annual = profileLabels(report.language).profiles.jahresbericht.title;
  return `${report.title === annual ? (report.language === 'en' ? 'Report' : 'Bericht') : report.title} ${days}`;
}

const locale = (language: Language) => localeOf(language);

/** A figure as the printed report shows it: "1.234", "12,5", "30,0" (hours), "1.234,50 €". */
export function formatReportValue(value: number, unit: ReportUnit, language: Language): string {
  if (unit === 'euro')
    return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(value);
  // Hours always with their tenth ("30,0 | 22,5"), as the XLSX's number format shows them.
  const digits = unit === 'hours' ? 1 : 0;
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: 1,
  }).format(value);
}

/** "+12 %", "−5 %", or "–" when there is no previous value to compare with. */
export function formatChange(change: number | null, language: Language): string {
  if (change === null) return '–';
  const n = new Intl.NumberFormat(locale(language), { signDisplay: 'exceptZero' }).format(change);
  return language === 'en' ? `${n}%` : `${n} %`;
}

/** What the CSV says about itself: the office's texts are in the other formats only. */
const CSV_NOTE = {
  de: 'Nur die Tabellen als zusammengefasste Zahlen; die Texte der Abschnitte und die Diagramme stehen in PDF, DOCX und XLSX.',
  en: 'The tables only, as aggregated figures; the sections’ texts and the charts are in PDF, DOCX and XLSX.',
};

/**
 * A header block naming the report, office, district, period and day of creation, an empty line,
 * then one long table: `;`-separated, UTF-8 with BOM, decimal comma, opens in a German Excel as is.
 * The day, not the time, of creation: the same report made the same day is the same file.
 */
export function reportCsv(report: AnnualReport): string {
  const L = reportLabels(report.language);
  const day = (d: string) => formatReportDay(d, report.language);
  const head: string[][] = [
    [reportHeading(report), report.subtitle],
    [L.office, report.officeName],
    [L.district, report.district],
    [L.period, `${day(report.from)} – ${day(report.to)}`],
    [L.previousPeriod, `${day(report.previousFrom)} – ${day(report.previousTo)}`],
    [L.createdAt, reportCreatedDay(report)],
    [CSV_NOTE[report.language]],
    [],
  ];
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
  return toExcelCsv([...head, header, ...rows], { decimalComma: report.language !== 'en' });
}
