// The demo's newsletter: two stored issues the registry accepts, numbered by quarter, and a
// distribution list that shows both sides — people who agreed to the newsletter and people who did not.
import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../shared/demo/dataset';
import { toDay } from '../../../shared/domain/calendarDay';
import type { OrganisationData, PersonData } from '../../../shared/domain/network';
import { distributionList, hasNewsletterConsent } from '../../../shared/outreach/newsletterDistribution';
import { validateRecord } from '../../../shared/storage/records';

const NOW = new Date(2026, 10, 29, 10);
const demo = demoRecords(NOW);
const issues = demo.outreach.flatMap((r) =>
  r.payload.data.kind === 'newsletter' ? [{ id: r.id, data: r.payload.data }] : [],
);

describe('the demo newsletter', () => {
  it('holds the last two full quarters as issues 2/2026 and 3/2026, valid records', () => {
    expect(issues.map(({ data }) => [data.number, data.year, data.from, data.to])).toEqual([
      [2, 2026, '2026-04-01', '2026-06-30'],
      [3, 2026, '2026-07-01', '2026-09-30'],
    ]);
    for (const r of demo.outreach)
      expect(validateRecord('outreach', r.id, JSON.parse(JSON.stringify(r.payload))).ok).toBe(true);
    for (const { data } of issues) expect(data.texts.impressum).toContain('Landkreis Harz');
  });

  it('has people with and without a newsletter consent', () => {
    const today = toDay(NOW);
    const persons = demo.persons.map((r) => r.payload.data as PersonData);
    const consenting = persons.filter((p) => hasNewsletterConsent(p.consent, today)).length;
    expect(consenting).toBeGreaterThan(50);
    expect(persons.length - consenting).toBeGreaterThan(300);
    const withdrawn = persons.filter(
      (p) => /newsletter/i.test(p.consent?.purpose ?? '') && p.consent?.withdrawnOn,
    );
    expect(withdrawn.length).toBeGreaterThan(0);
    const list = distributionList(
      demo.organisations.map((r) => ({ id: r.id, ...(r.payload.data as OrganisationData) })),
      persons,
      today,
    );
    expect(list.recipients.filter((r) => r.kind === 'person')).toHaveLength(consenting);
    expect(list.withoutConsent).toBe(persons.length - consenting);
  });
});
