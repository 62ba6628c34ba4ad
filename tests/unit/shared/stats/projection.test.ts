import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../../shared/demo/dataset';
import type { RecordMeta } from '../../../../shared/domain/recordMeta';
import type { Followup } from '../../../../shared/domain/followup';
import type { Inquiry } from '../../../../shared/domain/inquiry';
import { EMPTY_FILTER } from '../../../../shared/domain/inquiryFilter';
import type { Activity, Organisation, Person } from '../../../../shared/domain/network';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { buildAnnualReport, buildReport, type ReportInput } from '../../../../shared/report/annualReport';
import { BUILTIN_PROFILE_IDS, BUILTIN_PROFILES } from '../../../../shared/report/reportProfiles';
import type { RecordTable } from '../../../../shared/storage/envelope';
import { validateRecord } from '../../../../shared/storage/records';
import { computeDashboard } from '../../../../shared/stats/dashboard';
import { FREE_TEXT_REFERRAL, projectData } from '../../../../shared/stats/projection';

type Row = { id: string; payload: { data: unknown; meta: RecordMeta } };
const MARK = 'PERSONENMARKER';

/** The records as the store hands them out, full or as the lead's copy. */
function live<T>(table: RecordTable, rows: readonly Row[], projected: boolean): T[] {
  const out: T[] = [];
  for (const r of rows) {
    const data = projected
      ? projectData(table, r.id, r.payload.data as Record<string, unknown>)
      : (r.payload.data as object);
    if (!data) continue;
    out.push({
      ...data,
      id: r.id,
      createdAt: r.payload.meta.createdAt,
      changedAt: r.payload.meta.changedAt,
    } as T);
  }
  return out;
}

// The demo as created on 29 November 2026: ten years, 20,000 inquiries; every 40th inquiry also
// referred to someone typed as free text.
const demo = demoRecords(new Date(2026, 10, 29, 10));
demo.inquiries.forEach((row, i) => {
  const data = row.payload.data as { referrals?: string[] };
  if (i % 40 === 0)
    data.referrals = [...(data.referrals ?? []), i % 80 ? 'Rechtsanwältin Weber' : 'Tafel e. V.'];
});

function input(projected: boolean): ReportInput {
  return {
    inquiries: live<Inquiry>('inquiries', demo.inquiries, projected),
    followups: live<Followup>('followups', demo.followups, projected),
    activities: live<Activity>('activities', demo.activities, projected),
    organisations: live<Organisation>('organisations', demo.organisations, projected),
    persons: live<Person>('persons', demo.persons, projected),
    settings: DEFAULT_SETTINGS,
    texts: { anfragen: 'Ein gutes Jahr.' },
  };
}

describe('the statistics projection (what the office lead receives)', () => {
  const full = input(false);
  const lead = input(true);

  it('gives the Jahresbericht 2025 with the same figures and texts as the full log', () => {
    const options = { language: 'de' as const, createdAt: new Date(2026, 10, 29) };
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const fromFull = buildAnnualReport(full, period, options);
    const fromLead = buildAnnualReport(lead, period, options);
    expect(fromLead).toEqual(fromFull);
    // Not an empty report agreeing with an empty report.
    const overview = fromFull.sections[0]!.tables[0]!.rows[0]!;
    expect(overview.current).toBeGreaterThan(1000);
  });

  it('gives every Berichtsprofil the same figures as the full log; a profile record arrives whole', () => {
    const options = { language: 'de' as const, createdAt: new Date(2026, 10, 29) };
    const period = { from: '2025-01-01', to: '2025-12-31' };
    for (const id of BUILTIN_PROFILE_IDS) {
      const profile = BUILTIN_PROFILES[id];
      expect(buildReport(lead, period, profile, options), id).toEqual(
        buildReport(full, period, profile, options),
      );
    }
    const profile = { ...BUILTIN_PROFILES.lotsen, name: 'Lotsenprogramm 2025' };
    const projected = projectData('reports', 'profil-lotsen', { profile });
    expect(projected).toEqual({ profile });
    expect(
      validateRecord('reports', 'profil-lotsen', { data: projected, meta: demo.inquiries[0]!.payload.meta })
        .ok,
    ).toBe(true);
  });

  it("gives Auswertung's figures to the unit; free-text referrals are counted under one bar", () => {
    for (const grouping of ['week', 'month', 'quarter'] as const) {
      const query = {
        from: '2025-01-01',
        to: '2025-12-31',
        grouping,
        stackBy: 'topics' as const,
        filter: EMPTY_FILTER,
        today: '2026-11-29',
      };
      const a = computeDashboard(full.inquiries, full.activities, full.followups, query);
      const b = computeDashboard(lead.inquiries, lead.activities, lead.followups, query);
      const { referrals: ra, otherReferrals: oa, ...restA } = a;
      const { referrals: rb, otherReferrals: ob, ...restB } = b;
      expect(restB).toEqual(restA);
      const sum = (r: typeof ra, o: typeof oa) => r.reduce((s, x) => s + x.count, 0) + o.count;
      expect(sum(rb, ob)).toBe(sum(ra, oa));
      expect(a.freeTextReferrals).toBeGreaterThan(0);
      const freeBar = [...rb].find((r) => r.label === FREE_TEXT_REFERRAL);
      expect(freeBar?.count).toBe(a.freeTextReferrals);
      // Every partner's count is the same (partnerReferrals, compared above, lists all of them).
      expect(b.partnerReferrals.length).toBeGreaterThan(10);
    }
  });

  it('is accepted by the record registry as it stands (the lead stores it like any record)', () => {
    const tables: [RecordTable, readonly Row[]][] = [
      ['inquiries', demo.inquiries],
      ['followups', demo.followups],
      ['activities', demo.activities],
      ['organisations', demo.organisations],
      ['persons', demo.persons],
      ['settings', demo.settings],
    ];
    for (const [table, rows] of tables) {
      for (const r of rows.slice(0, 300)) {
        const data = projectData(table, r.id, r.payload.data as Record<string, unknown>);
        if (!data) continue;
        const checked = validateRecord(table, r.id, { data, meta: r.payload.meta });
        expect(checked.ok, `${table} ${r.id}`).toBe(true);
      }
    }
  });

  it('keeps no name, subject, note, address or free-text referral (marker scan, with a positive control)', () => {
    const marked: [RecordTable, string, Record<string, unknown>][] = [];
    const inq = demo.inquiries[0]!.payload.data as unknown as Record<string, unknown>;
    marked.push([
      'inquiries',
      'i1',
      {
        ...inq,
        subject: `${MARK} Betreff`,
        notes: `${MARK} Notiz`,
        requester: { name: `${MARK} Name`, organisation: `${MARK} Org`, contact: `${MARK} 0151` },
        requesterPersonId: `${MARK}-person`,
        referrals: [`${MARK} Rechtsanwalt`],
        history: [{ at: '2025-01-01T10:00:00.000Z', action: 'created', by: `${MARK}` }],
      },
    ]);
    marked.push([
      'followups',
      'f1',
      {
        ...(demo.followups[0]!.payload.data as object),
        title: `${MARK} anrufen`,
        notes: `${MARK}`,
        inquiryId: MARK,
      },
    ]);
    marked.push([
      'activities',
      'a1',
      {
        ...(demo.activities[0]!.payload.data as object),
        title: `${MARK} Treffen`,
        notes: MARK,
        startTime: '09:00',
      },
    ]);
    marked.push([
      'organisations',
      'o1',
      {
        ...(demo.organisations[0]!.payload.data as object),
        address: MARK,
        phone: MARK,
        email: `${MARK}@example.org`,
        website: MARK,
        offersText: MARK,
        notes: MARK,
      },
    ]);
    const volunteer = demo.persons.find((p) => (p.payload.data as Person).volunteer)!;
    marked.push([
      'persons',
      'p1',
      {
        ...(volunteer.payload.data as object),
        firstName: MARK,
        lastName: MARK,
        function: MARK,
        phone: MARK,
        mobile: MARK,
        address: MARK,
        email: MARK,
        languages: [MARK],
        notes: MARK,
        consent: { purpose: MARK, givenOn: '2025-01-01', withdrawnOn: '' },
      },
    ]);
    const plain = JSON.stringify(marked.map(([, , data]) => data));
    expect(plain.split(MARK).length - 1).toBeGreaterThan(25);
    const projected = marked.map(([table, id, data]) => projectData(table, id, data));
    expect(projected.every((p) => p !== undefined)).toBe(true);
    expect(JSON.stringify(projected)).not.toContain(MARK);
    // A person who is no volunteer is an empty record; templates and device settings have none.
    const other = projectData('persons', 'p2', { firstName: MARK, lastName: MARK, volunteer: null });
    expect(other).toMatchObject({ firstName: '', lastName: '', volunteer: null });
    expect(JSON.stringify(other)).not.toContain(MARK);
    expect(projectData('templates', 't1', { name: MARK })).toBeUndefined();
    expect(projectData('settings', 'device-x', { team: MARK })).toBeUndefined();
    expect(projectData('settings', 'member-x', { name: 'Anna' })).toBeUndefined();
  });
});
