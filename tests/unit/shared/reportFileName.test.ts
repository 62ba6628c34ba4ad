// The exports' shared name and properties, and the CSV's header block read back with papaparse.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { reportCsv } from '../../../shared/report/reportExportRows';
import { reportFileBase, reportProperties } from '../../../shared/report/reportFileName';
import { reportInput } from './reportFixture';

const base = { title: 'Jahresbericht', from: '2025-01-01', to: '2025-12-31' };

describe('report file names', () => {
  it('name the title, the year or the period, and the office', () => {
    expect(reportFileBase({ ...base, officeName: 'Koordinierungsstelle für Integration' })).toBe(
      'Jahresbericht_2025_Koordinierungsstelle-fuer-Integration',
    );
    expect(
      reportFileBase({ ...base, from: '2025-07-01', to: '2026-06-30', officeName: 'KI Musterkreis' }),
    ).toBe('Jahresbericht_2025-07-01_2026-06-30_KI-Musterkreis');
    expect(reportFileBase({ ...base, title: 'Sachbericht Ä/Ö', officeName: '' })).toBe(
      'Sachbericht-Ae-Oe_2025',
    );
  });

  it('cut a long office name at a word', () => {
    const name = reportFileBase({
      ...base,
      officeName: 'Koordinierungsstelle für Integration und Teilhabe des Landkreises Mittelsachsen-Nord',
    });
    expect(name).toBe('Jahresbericht_2025_Koordinierungsstelle-fuer-Integration-und-Teilhabe-des');
    expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('CSV header block', () => {
  const report = buildAnnualReport(
    reportInput,
    { from: '2026-01-01', to: '2026-12-31' },
    { language: 'de', createdAt: new Date(2027, 0, 10, 23, 30) },
  );

  it('names report, office, period and day of creation above the table, and says where the texts are', () => {
    const rows = Papa.parse<string[]>(reportCsv(report).slice(1), { delimiter: ';' }).data;
    expect(rows[0]?.[0]).toBe('Jahresbericht 2026');
    expect(rows).toContainEqual(['Koordinierungsstelle', 'KI Musterkreis']);
    expect(rows).toContainEqual(['Berichtszeitraum', '01.01.2026 – 31.12.2026']);
    expect(rows).toContainEqual(['Erstellt am', '10.01.2027']);
    expect(rows.flat().join(' ')).toContain(
      'Texte der Abschnitte und die Diagramme stehen in PDF, DOCX und XLSX',
    );
    // An empty line, then the table's header.
    const header = rows.findIndex((r) => r[0] === 'Abschnitt');
    expect(rows[header - 1]).toEqual(['']);
    expect(header).toBeLessThan(10);
  });

  it('is the same file for the same report made later the same day', () => {
    const later = { ...report, createdAt: new Date(2027, 0, 10, 8, 0).toISOString() };
    expect(reportCsv(later)).toBe(reportCsv(report));
  });

  it('gives the same properties to every format', () => {
    expect(reportProperties(report)).toEqual({
      title: 'Jahresbericht 2026 – KI Musterkreis',
      author: 'KI Musterkreis',
      subject: 'Berichtszeitraum 01.01.2026 – 31.12.2026',
      keywords: 'Jahresbericht, 2026, Landkreis Musterkreis',
      language: 'de-DE',
    });
  });
});
