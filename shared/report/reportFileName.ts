// The exports' file name and document properties, the same for PDF, XLSX, CSV and DOCX: the
// document's title, the year (or the period's days) and the office, in characters every file system
// takes.
import type { AnnualReport } from './annualReport';
import { formatReportDay, reportHeading } from './reportExportRows';
import { reportLabels } from './reportLabels';

/** The office's part of a file name is cut at a word so that the whole name stays readable. */
const OFFICE_CHARS = 60;

/**
 * "Jahresbericht_2025_Koordinierungsstelle-fuer-Integration",
 * "Sachbericht_2025-07-01_2026-06-30_KI-Musterkreis": letters, digits, dashes, underscores.
 */
export function reportFileBase(report: Pick<AnnualReport, 'title' | 'from' | 'to' | 'officeName'>): string {
  const year = report.from.slice(0, 4);
  const wholeYear = report.from === `${year}-01-01` && report.to === `${year}-12-31`;
  const office = fileWord(report.officeName, '');
  const shortOffice =
    office.length <= OFFICE_CHARS
      ? office
      : office.slice(
          0,
          office.lastIndexOf('-', OFFICE_CHARS) > 0 ? office.lastIndexOf('-', OFFICE_CHARS) : OFFICE_CHARS,
        );
  return [fileWord(report.title, 'Bericht'), wholeYear ? year : `${report.from}_${report.to}`, shortOffice]
    .filter(Boolean)
    .join('_');
}

function fileWord(text: string, fallback: string): string {
  return (
    text
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/Ä/g, 'Ae')
      .replace(/Ö/g, 'Oe')
      .replace(/Ü/g, 'Ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}

export interface ReportProperties {
  /** "Jahresbericht 2025 – KI Musterkreis" */
  title: string;
  /** The office: the document's author. */
  author: string;
  /** "Berichtszeitraum 01.01.2025 – 31.12.2025" */
  subject: string;
  keywords: string;
  /** "de-DE" or "en-GB". */
  language: string;
}

/** Title, author and subject every export carries in its document properties. */
export function reportProperties(report: AnnualReport): ReportProperties {
  const L = reportLabels(report.language);
  const heading = reportHeading(report);
  const day = (d: string) => formatReportDay(d, report.language);
  return {
    title: report.officeName ? `${heading} – ${report.officeName}` : heading,
    author: report.officeName || 'Anlaufstelle',
    subject: `${L.period} ${day(report.from)} – ${day(report.to)}`,
    keywords: [report.title, report.from.slice(0, 4), report.district].filter(Boolean).join(', '),
    language: report.language === 'en' ? 'en-GB' : 'de-DE',
  };
}
