import { describe, expect, it } from 'vitest';
import { buildAnnualReport, type AnnualReport } from '../../../shared/report/annualReport';
import {
  flatReportRows,
  formatChange,
  reportCsv,
  reportHeading,
} from '../../../shared/report/reportExportRows';
import { computeDashboard } from '../../../shared/stats/dashboard';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import Papa from 'papaparse';
import { emptyOrganisation, type Organisation } from '../../../shared/domain/network';
import { MARKER, reportInput } from './reportFixture';

// Tests run in Europe/Berlin (see tests/vitest.config.ts).
const year2026 = { from: '2026-01-01', to: '2026-12-31' };
const build = () =>
  buildAnnualReport(reportInput, year2026, { language: 'de', createdAt: new Date(2027, 0, 10) });

/** [current, previous] of a row, found by section, table id and row label. */
function figure(report: AnnualReport, tableId: string, label: string): [number, number] {
  for (const section of report.sections)
    for (const table of section.tables)
      if (table.id === tableId) {
        const row = table.rows.find((r) => r.label === label);
        if (!row)
          throw new Error(`no row ${label} in ${tableId}: ${table.rows.map((r) => r.label).join(', ')}`);
        return [row.current, row.previous];
      }
  throw new Error(`no table ${tableId}`);
}

describe('annual report model', () => {
  it('frames the report with office, district, visible team and both periods', () => {
    const r = build();
    expect(r.officeName).toBe('KI Musterkreis');
    expect(r.district).toBe('Landkreis Musterkreis');
    expect(r.team).toEqual(['Alex Beispiel']);
    expect([r.previousFrom, r.previousTo]).toEqual(['2025-01-01', '2025-12-31']);
    expect(r.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Koordinierungsstelle und Rahmen',
      '2. Anfragen und Einzelfallberatung',
      '3. Netzwerkarbeit',
      '4. Ehrenamt / Integrationslotsen',
      '5. Veranstaltungen und Öffentlichkeitsarbeit',
      '6. Fortbildung',
      '7. Ausblick',
    ]);
    expect(r.sections[1]!.text).toBe('Die Nachfrage nach Sprachkursen stieg deutlich.');
  });

  it('counts inquiries with the previous year beside them (23:30 on 31 December stays in its year)', () => {
    const r = build();
    expect(figure(r, 'inquiries', 'Anfragen')).toEqual([3, 1]);
    expect(figure(r, 'inquiries', 'Zeitaufwand für Anfragen (Stunden)')).toEqual([1.8, 0.8]);
    expect(figure(r, 'inquiries', 'Bearbeitungsdauer bis erledigt, Median (Tage)')).toEqual([3, 0]);
    expect(figure(r, 'inquiries', 'Verweisungen an Netzwerkpartner')).toEqual([1, 1]);
    expect(figure(r, 'inquiries', 'Verweisungen ohne Partnerbezug')).toEqual([1, 0]);
    expect(figure(r, 'requesterType', 'Polizei')).toEqual([2, 1]);
    expect(figure(r, 'requesterType', 'Schule / Kita')).toEqual([1, 0]);
    expect(figure(r, 'topics', 'Sprache / Sprachkurs')).toEqual([2, 1]);
    expect(figure(r, 'topics', 'Arbeit / Ausbildung')).toEqual([1, 0]);
    expect(figure(r, 'municipality', 'Adorf')).toEqual([1, 1]);
    expect(figure(r, 'municipality', 'Bdorf')).toEqual([1, 0]);
    expect(figure(r, 'municipality', 'ohne Angabe')).toEqual([1, 0]);
    expect(figure(r, 'referrals', 'Jobcenter Musterkreis')).toEqual([1, 1]);
    expect(figure(r, 'months', 'Januar 2026')).toEqual([1, 0]);
    expect(figure(r, 'months', 'Februar 2026')).toEqual([0, 1]);
    expect(figure(r, 'months', 'Dezember 2026')).toEqual([1, 0]);
    const months = r.sections[1]!.tables.find((t) => t.id === 'months')!;
    expect(months.rows).toHaveLength(12);
    expect(r.sections[1]!.chart!.points.map((p) => p.current)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('equals the dashboard for the same period', () => {
    const r = build();
    const dash = computeDashboard(reportInput.inquiries, reportInput.activities, [], {
      ...year2026,
      grouping: 'month',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
    });
    expect(figure(r, 'overview', 'Anfragen')[0]).toBe(dash.totals.inquiries);
    expect(figure(r, 'overview', 'Aktivitäten')[0]).toBe(dash.totals.activities);
    expect(figure(r, 'overview', 'Anfragen')[1]).toBe(dash.totals.inquiriesPreviousYear);
  });

  it('reports network, volunteers, events and training', () => {
    const r = build();
    expect(figure(r, 'overview', 'Zeitaufwand gesamt (Stunden)')).toEqual([5.3, 0.8]);
    expect(figure(r, 'network', 'Netzwerkpartner')).toEqual([2, 1]);
    // Neither fixture organisation has a "Mitglied seit": partners by when they were recorded, none "new".
    expect(figure(r, 'network', 'Neue Netzwerkpartner')).toEqual([0, 0]);
    expect(figure(r, 'network', 'davon ohne Angabe „Mitglied seit“')).toEqual([2, 1]);
    expect(figure(r, 'network', 'Netzwerktreffen')).toEqual([1, 1]);
    expect(figure(r, 'network', 'Teilnehmende an diesen Treffen')).toEqual([12, 8]);
    expect(figure(r, 'organisationTypes', 'Behörde')).toEqual([1, 1]);
    expect(figure(r, 'organisationTypes', 'ohne Angabe')).toEqual([1, 0]);
    expect(figure(r, 'volunteers', 'Aktive Integrationslotsen')).toEqual([1, 1]);
    expect(figure(r, 'volunteers', 'Neu gewonnene Integrationslotsen')).toEqual([1, 0]);
    expect(figure(r, 'volunteers', 'Aktivitäten mit Integrationslotsen')).toEqual([1, 0]);
    expect(figure(r, 'volunteers', 'Aufwandsentschädigungen (Euro)')).toEqual([50, 30]);
    expect(figure(r, 'volunteerMunicipalities', 'Adorf')).toEqual([1, 0]);
    expect(figure(r, 'volunteerMunicipalities', 'ohne Angabe')).toEqual([0, 1]);
    expect(figure(r, 'events', 'Veranstaltungen')).toEqual([1, 0]);
    expect(figure(r, 'events', 'Teilnehmende an Veranstaltungen')).toEqual([80, 0]);
    expect(figure(r, 'training', 'Besuchte Fortbildungen')).toEqual([1, 0]);
    expect(figure(r, 'training', 'Zeitaufwand für Fortbildungen (Stunden)')).toEqual([1.5, 0]);
  });

  it('holds aggregates only: no free text or name from any record', () => {
    const r = build();
    expect(JSON.stringify(r)).not.toContain(MARKER);
    expect(reportCsv(r)).not.toContain(MARKER);
  });

  it('writes one long CSV table that a CSV parser reads back to the model', () => {
    const r = build();
    const csv = reportCsv(r);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // Below the header block (office, period, day of creation; see reportExports.test.ts).
    const [header, ...rows] = parsed.data.slice(parsed.data.findIndex((row) => row[0] === 'Abschnitt'));
    expect(header).toEqual([
      'Abschnitt',
      'Tabelle',
      'Zeile',
      'Einheit',
      'Berichtszeitraum',
      'Vorjahr',
      'Veränderung (%)',
    ]);
    const flat = flatReportRows(r);
    expect(rows).toHaveLength(flat.length);
    const hours = rows.find((row) => row[2] === 'Zeitaufwand für Anfragen (Stunden)')!;
    expect(hours).toEqual([
      '2. Anfragen und Einzelfallberatung',
      'Anfragen im Überblick',
      'Zeitaufwand für Anfragen (Stunden)',
      'Stunden',
      '1,8',
      '0,8',
      '125',
    ]);
    const inquiriesRow = rows.find((row) => row[1] === 'Anfragen im Überblick' && row[2] === 'Anfragen')!;
    expect(inquiriesRow.slice(4)).toEqual(['3', '1', '200']);
  });

  it('formats changes the German way', () => {
    expect(formatChange(12, 'de')).toBe('+12 %');
    expect(formatChange(-5, 'de')).toBe('-5 %');
    expect(formatChange(null, 'de')).toBe('–');
  });
});

describe('network partners by "Mitglied seit"', () => {
  const org = (id: string, memberSince: string, createdAt: string): Organisation => ({
    ...emptyOrganisation(`Partner ${id}`),
    type: 'orgart-01',
    memberSince,
    id,
    createdAt,
    changedAt: createdAt,
  });
  // A first-year office: everything entered in 2026, most partners members for years.
  const organisations = [
    org('a', '2016-02-01', '2026-01-12T09:00:00.000Z'),
    org('b', '2019-09-15', '2026-01-12T09:05:00.000Z'),
    org('c', '2025-06-01', '2026-01-13T09:00:00.000Z'),
    org('d', '2026-03-01', '2026-03-02T09:00:00.000Z'),
    org('e', '', '2026-05-20T09:00:00.000Z'),
    org('f', '2027-01-15', '2026-12-01T09:00:00.000Z'), // joins after the period
  ];
  const r = buildAnnualReport({ ...reportInput, organisations }, year2026, {
    language: 'de',
    createdAt: new Date(2027, 0, 10),
  });

  it('counts partners who were members during the period, and new ones by their "Mitglied seit"', () => {
    expect(figure(r, 'network', 'Netzwerkpartner')).toEqual([5, 3]);
    expect(figure(r, 'overview', 'Netzwerkpartner')).toEqual([5, 3]);
    expect(figure(r, 'network', 'Neue Netzwerkpartner')).toEqual([1, 1]);
    expect(figure(r, 'network', 'davon ohne Angabe „Mitglied seit“')).toEqual([1, 0]);
    expect(figure(r, 'organisationTypes', 'Behörde')).toEqual([5, 3]);
  });
});

describe('report tables include "ohne Angabe"', () => {
  it('every single-valued category table adds up to the number of inquiries', () => {
    // One more inquiry in 2026 with neither "Anfragende Stelle" nor "Kanal" (imported, say).
    const first2026 = reportInput.inquiries[0]!; // 15 January 2026
    const unset = { ...first2026, id: 'unset', requesterType: '', channel: '' };
    const r = buildAnnualReport({ ...reportInput, inquiries: [...reportInput.inquiries, unset] }, year2026, {
      language: 'de',
      createdAt: new Date(2027, 0, 10),
    });
    const tables = r.sections.flatMap((s) => s.tables);
    for (const id of ['requesterType', 'channel', 'targetGroup', 'municipality', 'result']) {
      const table = tables.find((t) => t.id === id)!;
      const total = (k: 'current' | 'previous') => table.rows.reduce((sum, row) => sum + row[k], 0);
      expect([id, total('current'), total('previous')]).toEqual([id, 4, 1]);
    }
    for (const id of ['requesterType', 'channel', 'municipality'])
      expect(tables.find((t) => t.id === id)!.rows.at(-1)).toMatchObject({
        label: 'ohne Angabe',
        current: 1,
      });
  });
});

describe('the report heading', () => {
  const title = 'Jahresbericht';
  it('names a calendar year by its year', () => {
    expect(reportHeading({ title, language: 'de', from: '2025-01-01', to: '2025-12-31' })).toBe(
      'Jahresbericht 2025',
    );
  });
  it('names the year so far by its last day, so it does not read as the whole year', () => {
    expect(reportHeading({ title, language: 'de', from: '2026-01-01', to: '2026-06-30' })).toBe(
      'Jahresbericht 2026 (bis 30.06.2026)',
    );
    expect(
      reportHeading({ title: 'Sachbericht', language: 'de', from: '2026-01-01', to: '2026-12-01' }),
    ).toBe('Sachbericht 2026 (bis 01.12.2026)');
    expect(
      reportHeading({ title: 'Annual report', language: 'en', from: '2026-01-01', to: '2026-12-01' }),
    ).toBe('Annual report 2026 (to 01/12/2026)');
  });
  it('names an own period by its days, so a part year does not read as the whole year', () => {
    expect(reportHeading({ title, language: 'de', from: '2025-07-01', to: '2026-06-30' })).toBe(
      'Bericht 01.07.2025 – 30.06.2026',
    );
  });
  it("keeps another profile's title over an own period", () => {
    const part = { language: 'de', from: '2025-07-01', to: '2026-06-30' } as const;
    expect(reportHeading({ ...part, title: 'Sachbericht' })).toBe('Sachbericht 01.07.2025 – 30.06.2026');
    expect(reportHeading({ ...part, title: 'Bericht Integrationslotsen' })).toBe(
      'Bericht Integrationslotsen 01.07.2025 – 30.06.2026',
    );
    expect(reportHeading({ ...part, language: 'en', title: 'Annual report' })).toBe(
      'Report 01/07/2025 – 30/06/2026',
    );
  });
});
