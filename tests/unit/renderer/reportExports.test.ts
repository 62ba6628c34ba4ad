// Each export read back with an independent reader (read-excel-file for the exceljs workbook, mammoth for
// the docx) and compared with the report model; none may contain a record's free text.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { reportDocx } from '../../../renderer/features/report/exports/reportDocx';
import { reportXlsx, sheetName } from '../../../renderer/features/report/exports/reportXlsx';
import { MARKER, reportInput } from '../shared/reportFixture';
import { readWorkbook, sheetRows, sheetText } from '../../support/readXlsx';

const report = buildAnnualReport(
  reportInput,
  { from: '2026-01-01', to: '2026-12-31' },
  { language: 'de', createdAt: new Date(2027, 0, 10, 9, 30) },
);

describe('XLSX export', () => {
  it('has a metadata sheet and one sheet per table with numbers as numbers', async () => {
    const bytes = await reportXlsx(report, '0.1.0');
    const book = await readWorkbook(bytes);
    const sheetNames = [...book.keys()];
    const tableCount = report.sections.reduce((n, s) => n + s.tables.length, 0);
    expect(sheetNames).toHaveLength(1 + tableCount);
    expect(sheetNames[0]).toBe('Jahresbericht');
    const meta = sheetRows(book, 'Jahresbericht');
    expect(meta).toContainEqual(['Koordinierungsstelle', 'KI Musterkreis']);
    expect(meta).toContainEqual(['Berichtszeitraum', '01.01.2026 – 31.12.2026']);
    expect(meta[0]?.[0]).toBe('Jahresbericht 2026');
    expect(meta).toContainEqual(['7. Ausblick', 'Ausbau der Lotsenarbeit.']);

    for (const section of report.sections)
      for (const table of section.tables) {
        const name = sheetNames.find(
          (n) =>
            n.startsWith(`${section.number} `) &&
            table.title.startsWith(n.slice(String(section.number).length + 1).replace(/ \d+$/, '')),
        );
        expect(name, `${table.title}`).toBeTruthy();
        const rows = sheetRows(book, name!);
        expect(rows[2]).toEqual(['Zeile', 'Berichtszeitraum', 'Vorjahr', 'Veränderung (%)']);
        const body = rows.slice(3);
        expect(body.map((r) => [r[0], r[1], r[2]])).toEqual(
          table.rows.map((r) => [r.label, r.current, r.previous]),
        );
        // numbers are stored as numbers, not text
        for (let i = 0; i < table.rows.length; i++) expect(typeof rows[3 + i]?.[1]).toBe('number');
      }
  });

  it('keeps sheet names within Excel rules and unique', () => {
    const taken = new Set<string>();
    const first = sheetName('2 Anfragen nach Zielgruppe / Herkunft [alt]: neu?', taken);
    const second = sheetName('2 Anfragen nach Zielgruppe - Herkunft', taken);
    expect(first).toBe('2 Anfragen nach Zielgruppe - He');
    expect(second).toMatch(/ 2$/);
    for (const name of [first, second]) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});

describe('DOCX export', () => {
  it('holds the headings, the office texts and every table figure', async () => {
    const bytes = await reportDocx(report);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const section of report.sections) expect(text).toContain(`${section.number}. ${section.title}`);
    expect(text).toContain('Die Nachfrage nach Sprachkursen stieg deutlich.');
    expect(text).toContain('Landkreis Musterkreis');
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // A table row comes out as consecutive paragraphs: label, current, previous, change.
    const at = lines.indexOf('Zeitaufwand für Anfragen (Stunden)');
    expect(lines.slice(at, at + 4)).toEqual(['Zeitaufwand für Anfragen (Stunden)', '1,8', '0,8', '+125 %']);
    const euro = lines.indexOf('Aufwandsentschädigungen (Euro)');
    expect(lines.slice(euro, euro + 4)).toEqual([
      'Aufwandsentschädigungen (Euro)',
      '50,00\u00a0€',
      '30,00\u00a0€',
      '+67 %',
    ]);
  });
});

describe('exports hold aggregates only', () => {
  it('contain no free text or name from a record', async () => {
    const xlsx = await readWorkbook(await reportXlsx(report, '0.1.0'));
    const allCells = [...xlsx.values()].map(sheetText).join('\n');
    expect(allCells).not.toContain(MARKER);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await reportDocx(report)) });
    expect(value).not.toContain(MARKER);
  });
});
