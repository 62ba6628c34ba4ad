// The four shipped Berichtsprofile from one hand-made office year: every figure counted by hand, the
// same table the same in every profile, and the figures adding up to the dashboard's.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/network';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import { buildReport, type AnnualReport, type ReportInput } from '../../../shared/report/annualReport';
import {
  availableProfiles,
  BUILTIN_PROFILE_IDS,
  BUILTIN_PROFILES,
  reportProfileSchema,
  TABLE_IDS,
  type ReportProfile,
} from '../../../shared/report/reportProfiles';
import { tenthsAddingUp } from '../../../shared/report/reportTables';
import { computeDashboard } from '../../../shared/stats/dashboard';
import { activities, inquiries, persons, reportInput } from './reportFixture';

const year2026 = { from: '2026-01-01', to: '2026-12-31' };
const created = new Date(2027, 0, 10);

const extra = (id: string, date: string, type: string, fields: Partial<Activity>): Activity => ({
  ...activities[0]!,
  participants: null,
  minutes: null,
  volunteerIds: [],
  organisationIds: [],
  id,
  date,
  type,
  ...fields,
});

/** The fixture's year with Handlungsfelder, supported persons and families, and more activities. */
const input: ReportInput = {
  ...reportInput,
  inquiries: inquiries.map((i) =>
    i.id === 'i1' || i.id === 'p1'
      ? { ...i, fieldOfAction: 'handlungsfeld-01' }
      : i.id === 'i2'
        ? { ...i, fieldOfAction: 'handlungsfeld-02' }
        : i,
  ),
  activities: [
    ...activities.map((a) =>
      a.id === 'a1' || a.id === 'b1'
        ? { ...a, fieldOfAction: 'handlungsfeld-05' }
        : a.id === 'a2'
          ? { ...a, fieldOfAction: 'handlungsfeld-01', personsSupported: 6, familiesSupported: 2 }
          : a,
    ),
    extra('a4', '2026-03-10', 'aktart-07', {
      volunteerIds: ['v1'],
      participants: 9,
      minutes: 60,
      fieldOfAction: 'handlungsfeld-05',
    }),
    extra('a5', '2026-06-15', 'aktart-02', {
      participants: 7,
      minutes: 45,
      fieldOfAction: 'handlungsfeld-08',
    }),
    extra('a6', '2026-07-01', 'aktart-10', {
      minutes: 30,
      fieldOfAction: 'handlungsfeld-02',
      personsSupported: 3,
    }),
    extra('a7', '2026-11-20', 'aktart-05', {
      volunteerIds: ['v1'],
      participants: 5,
      personsSupported: 4,
      familiesSupported: 1,
    }),
  ],
  persons: persons.map((p) =>
    p.id === 'v1'
      ? {
          ...p,
          volunteer: {
            ...p.volunteer!,
            allowances: [...p.volunteer!.allowances, { month: '2026-05', amountCents: 25000 }],
          },
        }
      : p,
  ),
  texts: { 'lik-ziele': 'Ziel: mehr Sprachkursplätze.' },
};

const report = (id: keyof typeof BUILTIN_PROFILES) =>
  buildReport(input, year2026, BUILTIN_PROFILES[id], { language: 'de', createdAt: created });

/** Rows of a table as "label: current / previous". */
function rows(r: AnnualReport, tableId: string): string[] {
  const table = r.sections.flatMap((s) => s.tables).find((t) => t.id === tableId);
  if (!table) throw new Error(`no table ${tableId}`);
  return table.rows.map((row) => `${row.label}: ${row.current} / ${row.previous}`);
}

describe('Berichtsprofile', () => {
  it('the Sachbericht has a section per task of the office, with steering counted by hand', () => {
    const r = report('sachbericht');
    expect(r.title).toBe('Sachbericht');
    expect(r.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Netzwerkarbeit',
      '2. Steuerung von Integrationsmaßnahmen',
      '3. Begleitung des Ehrenamts (Integrationslotsen)',
      '4. Öffentlichkeitsarbeit',
      '5. Beratung und Verweisung',
    ]);
    // a5 Arbeitskreis (7 participants, 45 min), a6 Fördermittelberatung (30 min): 75 min = 1.3 h.
    expect(rows(r, 'steering')).toEqual([
      'Arbeitskreise / Steuerungsgruppen: 1 / 0',
      'Gremien / Ausschüsse: 0 / 0',
      'Fördermittelberatungen / -anträge: 1 / 0',
      'Teilnehmende an Steuerungsterminen: 7 / 0',
      'Zeitaufwand für Steuerung (Stunden): 1.3 / 0',
    ]);
    expect(r.sections[4]!.chart?.points).toHaveLength(12);
  });

  it('Integrationslotsen: active per month, assignments by field and type, meetings, allowances, supported', () => {
    const r = report('lotsen');
    // v1 active from 1 Feb 2026; v2 until 30 Jun 2025.
    expect(rows(r, 'volunteerMonths')).toEqual([
      'Januar 2026: 0 / 1',
      ...['Februar', 'März', 'April', 'Mai', 'Juni'].map((m) => `${m} 2026: 1 / 1`),
      ...['Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'].map((m) => `${m} 2026: 1 / 0`),
    ]);
    expect(r.sections[1]!.chart?.points.map((p) => p.current)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Activities with volunteers in 2026: a2 (Veranstaltung, Sprache und Bildung), a4 (Lotsentreffen,
    // Teilhabe und Ehrenamt), a7 (Schulung gegeben, no field).
    expect(rows(r, 'assignmentFields')).toEqual([
      'Sprache und Bildung: 1 / 0',
      'Gesellschaftliche Teilhabe und Ehrenamt: 1 / 0',
      'ohne Angabe: 1 / 0',
    ]);
    expect(rows(r, 'assignmentTypes')).toEqual([
      'Veranstaltung (z. B. Interkulturelle Woche): 1 / 0',
      'Schulung / Fortbildung (gegeben): 1 / 0',
      'Lotsentreffen / Austausch Ehrenamt: 1 / 0',
    ]);
    expect(rows(r, 'volunteerMeetings')).toEqual([
      'Lotsentreffen / Austausch Ehrenamt: 1 / 0',
      'Teilnehmende an Lotsentreffen: 9 / 0',
      'Schulungen / Fortbildungen (gegeben) mit Lotsen: 1 / 0',
    ]);
    // v1: 50 € in March, 250 € in May 2026 (over the 200 € cap); 20 € Dec 2025; v2: 10 € March 2025.
    const allowances = rows(r, 'allowanceMonths');
    expect(allowances).toContain('März 2026: 50 / 10');
    expect(allowances).toContain('Mai 2026: 250 / 0');
    expect(allowances).toContain('Dezember 2026: 0 / 20');
    expect(allowances.slice(-3)).toEqual([
      'Summe: 300 / 30',
      'Obergrenze je Lotsin/Lotse und Monat: 200 / 200',
      'Lotsen-Monate über der Obergrenze (Anzahl): 1 / 0',
    ]);
    // The year so far (to 2 December): allowances by whole months, January–November against the
    // same months of 2025 — December 2025's 20 € is not compared with a December not yet over.
    const soFar = buildReport(input, { from: '2026-01-01', to: '2026-12-02' }, BUILTIN_PROFILES.lotsen, {
      language: 'de',
      createdAt: created,
    });
    const soFarAllowances = rows(soFar, 'allowanceMonths');
    expect(soFarAllowances.filter((row) => row.includes('Dezember'))).toEqual([]);
    expect(soFarAllowances.at(-3)).toBe('Summe: 300 / 10');
    const soFarAnnual = buildReport(
      input,
      { from: '2026-01-01', to: '2026-12-02' },
      BUILTIN_PROFILES.jahresbericht,
      { language: 'de', createdAt: created },
    );
    expect(rows(soFarAnnual, 'volunteers')).toContain('Aufwandsentschädigungen (Euro): 300 / 10');
    // a2: 6 persons, 2 families; a7: 4 and 1 (both with volunteers); a6: 3 persons without.
    expect(rows(r, 'supported')).toEqual([
      'Personen, unterstützt bei Einsätzen der Lotsen: 10 / 0',
      'Familien, unterstützt bei Einsätzen der Lotsen: 3 / 0',
      'Personen, unterstützt bei allen Aktivitäten: 13 / 0',
      'Familien, unterstützt bei allen Aktivitäten: 3 / 0',
    ]);
  });

  it('Landesintegrationskonzept: inquiries, activities and hours by Handlungsfeld; goals as text', () => {
    const r = report('landeskonzept');
    expect(rows(r, 'fieldOfAction')).toEqual([
      'Sprache und Bildung: 1 / 1',
      'Ausbildung und Arbeit: 1 / 0',
      'ohne Angabe: 1 / 0',
    ]);
    expect(rows(r, 'activityFields')).toEqual([
      'Sprache und Bildung: 1 / 0',
      'Ausbildung und Arbeit: 1 / 0',
      'Gesellschaftliche Teilhabe und Ehrenamt: 2 / 1',
      'Interkulturelle Öffnung der Verwaltung: 1 / 0',
      'ohne Angabe: 2 / 0',
    ]);
    // Minutes 2026: field 01 30, 02 60 + 30, 05 120 + 60, 08 45, none 15 + 90 = 450 min = 7.5 h.
    // 0.5 + 1.5 + 3 + 0.75 + 1.75: the two halves cannot both round up, or the rows would add to 7.6.
    expect(rows(r, 'hoursByField')).toEqual([
      'Sprache und Bildung: 0.5 / 0.8',
      'Ausbildung und Arbeit: 1.5 / 0',
      'Gesellschaftliche Teilhabe und Ehrenamt: 3 / 0',
      'Interkulturelle Öffnung der Verwaltung: 0.8 / 0',
      'ohne Angabe: 1.7 / 0',
    ]);
    const goals = r.sections.find((s) => s.id === 'lik-ziele')!;
    expect(goals.tables).toEqual([]);
    expect(goals.intro).toMatch(/^Für jedes Handlungsfeld/);
    expect(goals.text).toBe('Ziel: mehr Sprachkursplätze.');
  });

  it('a table shows the same figures in every profile, and they add up to the dashboard', () => {
    const reports = BUILTIN_PROFILE_IDS.map((id) => report(id));
    const seen = new Map<string, unknown>();
    let shared = 0;
    for (const r of reports)
      for (const table of r.sections.flatMap((s) => s.tables)) {
        if (seen.has(table.id)) {
          expect(table, `${r.profileId}: ${table.id}`).toEqual(seen.get(table.id));
          shared++;
        } else seen.set(table.id, table);
      }
    expect(shared).toBeGreaterThanOrEqual(8);

    const dashboard = computeDashboard(input.inquiries, input.activities, input.followups, {
      ...year2026,
      grouping: 'month',
      stackBy: 'requesterType',
      filter: EMPTY_FILTER,
    });
    const sum = (tableId: string) =>
      reports
        .flatMap((r) => r.sections.flatMap((s) => s.tables))
        .find((t) => t.id === tableId)!
        .rows.reduce((s, row) => s + row.current, 0);
    // One Handlungsfeld per inquiry and per activity: the rows add up to the totals.
    expect(sum('fieldOfAction')).toBe(dashboard.totals.inquiries);
    expect(sum('activityFields')).toBe(dashboard.totals.activities);
    expect(Math.round(sum('hoursByField') * 10) / 10).toBe(Math.round(dashboard.totals.hours * 10) / 10);
    expect(rows(reports[3]!, 'overview')).toContain('Zeitaufwand gesamt (Stunden): 7.5 / 0.8');
  });

  it('an edited profile leaves out switched-off sections, keeps its order and titles, and prints its text block', () => {
    const edited: ReportProfile = {
      ...BUILTIN_PROFILES.jahresbericht,
      title: 'Bericht an den Kreistag',
      sections: [
        { ...BUILTIN_PROFILES.jahresbericht.sections[6]!, title: 'Was kommt' },
        ...BUILTIN_PROFILES.jahresbericht.sections
          .slice(0, 6)
          .map((s) => ({ ...s, enabled: s.key !== 'fortbildung' })),
        {
          key: 'dank',
          title: 'Dank',
          enabled: true,
          tables: [],
          intro: 'Wir danken allen Lotsinnen und Lotsen.',
        },
      ],
    };
    expect(reportProfileSchema.safeParse(edited).success).toBe(true);
    const r = buildReport(input, year2026, edited, { language: 'de', createdAt: created });
    expect(r.title).toBe('Bericht an den Kreistag');
    expect(r.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Was kommt',
      '2. Koordinierungsstelle und Rahmen',
      '3. Anfragen und Einzelfallberatung',
      '4. Netzwerkarbeit',
      '5. Ehrenamt / Integrationslotsen',
      '6. Veranstaltungen und Öffentlichkeitsarbeit',
      '7. Dank',
    ]);
    expect(r.sections[6]!.intro).toBe('Wir danken allen Lotsinnen und Lotsen.');
  });

  it('the schema refuses unknown tables and twice the same section key; an edited built-in replaces it', () => {
    const base = BUILTIN_PROFILES.sachbericht;
    expect(
      reportProfileSchema.safeParse({ ...base, sections: [{ ...base.sections[0]!, tables: ['geheim'] }] })
        .success,
    ).toBe(false);
    expect(
      reportProfileSchema.safeParse({ ...base, sections: [base.sections[0]!, base.sections[0]!] }).success,
    ).toBe(false);
    for (const id of BUILTIN_PROFILE_IDS)
      expect(reportProfileSchema.parse(BUILTIN_PROFILES[id])).toBeTruthy();
    // Every table of the catalogue is used by some shipped profile.
    const used = new Set(
      BUILTIN_PROFILE_IDS.flatMap((id) => BUILTIN_PROFILES[id].sections.flatMap((s) => s.tables)),
    );
    expect(TABLE_IDS.filter((t) => !used.has(t))).toEqual([]);
    const mine = { ...base, name: 'Unser Sachbericht' };
    const own = { id: 'kreistag', name: 'Kreistag', sections: base.sections };
    expect(availableProfiles([own, mine]).map((p) => p.name ?? p.id)).toEqual([
      'jahresbericht',
      'Unser Sachbericht',
      'lotsen',
      'landeskonzept',
      'Kreistag',
    ]);
  });

  it('tenths add up to their rounded sum', () => {
    expect(tenthsAddingUp([0.75, 1.75, 5])).toEqual([0.8, 1.7, 5]);
    for (let n = 0; n < 200; n++) {
      const parts = Array.from({ length: 1 + (n % 7) }, (_, i) => ((n * 37 + i * 53) % 97) / 12);
      const rounded = tenthsAddingUp(parts);
      const total = Math.round(parts.reduce((s, p) => s + p, 0) * 10);
      expect(Math.round(rounded.reduce((s, p) => s + p, 0) * 10)).toBe(total);
      rounded.forEach((r, i) => expect(Math.abs(r - parts[i]!)).toBeLessThan(0.1 + 1e-9));
    }
  });
});
