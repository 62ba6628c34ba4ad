import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../shared/demo/dataset';
import type { RecordMeta } from '../../../shared/domain/recordMeta';
import type { Followup } from '../../../shared/domain/followup';
import type { Inquiry } from '../../../shared/domain/inquiry';
import type { Activity, Organisation, Person } from '../../../shared/domain/network';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { buildAnnualReport, type AnnualReport } from '../../../shared/report/annualReport';

/** A generated row as the store hands it out: its data with id and the meta's timestamps. */
function live<T>(records: ReadonlyArray<{ id: string; payload: { data: unknown; meta: RecordMeta } }>): T[] {
  return records.map(
    (r) =>
      ({
        ...(r.payload.data as object),
        id: r.id,
        createdAt: r.payload.meta.createdAt,
        changedAt: r.payload.meta.changedAt,
      }) as T,
  );
}

function row(report: AnnualReport, tableId: string, label: string) {
  const table = report.sections.flatMap((s) => s.tables).find((t) => t.id === tableId)!;
  return table.rows.find((r) => r.label === label)!;
}

describe("the demo vault's Jahresbericht 2025", () => {
  // The demo as created on 29 November 2026: ten years of data, every organisation recorded today.
  const data = demoRecords(new Date(2026, 10, 29, 10));
  const report = buildAnnualReport(
    {
      inquiries: live<Inquiry>(data.inquiries),
      followups: live<Followup>(data.followups),
      activities: live<Activity>(data.activities),
      organisations: live<Organisation>(data.organisations),
      persons: live<Person>(data.persons),
      settings: DEFAULT_SETTINGS,
      texts: {},
    },
    { from: '2025-01-01', to: '2025-12-31' },
    { language: 'de', createdAt: new Date(2026, 10, 29) },
  );

  it('gives its organisations "Mitglied seit" dates spread over the ten years', () => {
    const years = new Set(live<Organisation>(data.organisations).map((o) => o.memberSince.slice(0, 4)));
    expect([...years].sort()).toEqual(Array.from({ length: 11 }, (_v, i) => String(2016 + i)));
  });

  it('shows plausible partner counts beside its referrals', () => {
    const referrals = row(report, 'inquiries', 'Verweisungen an Netzwerkpartner').current;
    const partners = row(report, 'network', 'Netzwerkpartner');
    const newPartners = row(report, 'network', 'Neue Netzwerkpartner');
    expect(referrals).toBeGreaterThan(100);
    // Most of the 150 partners were members by the end of 2025, some joined during it.
    expect(partners.current).toBeGreaterThan(100);
    expect(partners.current).toBeLessThan(150);
    expect(partners.previous).toBeLessThan(partners.current);
    expect(newPartners.current).toBeGreaterThan(0);
    expect(newPartners.current).toBe(partners.current - partners.previous);
    expect(row(report, 'overview', 'Netzwerkpartner').current).toBe(partners.current);
  });

  it('shows the allowances its volunteers were paid, as the sum of their months in each year', () => {
    const paid = row(report, 'volunteers', 'Aufwandsentschädigungen (Euro)');
    const sum = (year: string) =>
      live<Person>(data.persons)
        .flatMap((p) => p.volunteer?.allowances ?? [])
        .filter((a) => a.month.startsWith(year))
        .reduce((total, a) => total + a.amountCents, 0) / 100;
    // Every active volunteer is paid in most months: far from the single month the demo had.
    const active = row(report, 'volunteers', 'Aktive Integrationslotsen').current;
    expect(paid.current).toBeGreaterThan(active * 6 * 60);
    expect(paid.current).toBe(sum('2025'));
    expect(paid.previous).toBe(sum('2024'));
  });
});
