// The exports' file name, the same for PDF, XLSX, CSV and DOCX: the document's title, the year (or
// the period's days) and the office, in characters every file system takes.
import type { AnnualReport } from './annualReport';

/** "Jahresbericht_2025", "Sachbericht_2025-07-01_2026-06-30": letters, digits, dashes, underscores. */
export function reportFileBase(report: Pick<AnnualReport, 'title' | 'from' | 'to'>): string {
  const year = report.from.slice(0, 4);
  const wholeYear = report.from === `${year}-01-01` && report.to === `${year}-12-31`;
  return `${fileWord(report.title)}_${wholeYear ? year : `${report.from}_${report.to}`}`;
}

function fileWord(text: string): string {
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
      .replace(/^-+|-+$/g, '') || 'Bericht'
  );
}
