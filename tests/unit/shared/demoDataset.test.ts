import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../shared/demo/dataset';
import {
  DEFAULT_ACTIVITY_TYPES,
  DEFAULT_ORGANISATION_TYPES,
  labelOf,
} from '../../../shared/domain/categories';
import type { InquiryData } from '../../../shared/domain/inquiry';
import type { ActivityData, OrganisationData, PersonData } from '../../../shared/domain/network';
import type { Settings } from '../../../shared/domain/settings';
import { validateRecord } from '../../../shared/storage/records';
import { ANONYMISED, DEFAULT_RETENTION, findDue } from '../../../shared/retention/retention';

// The demo is what a newcomer judges the app by: it must read like a real office's data.
const NOW = new Date(2026, 10, 29, 10);
const demo = demoRecords(NOW);
const orgs = demo.organisations.map((r) => r.payload.data as OrganisationData);
const persons = demo.persons.map((r) => r.payload.data as PersonData);
const activities = demo.activities.map((r) => r.payload.data as ActivityData);
const inquiries = demo.inquiries.map((r) => r.payload.data as InquiryData);
const settings = demo.settings[0]!.payload.data as Settings;

describe('the demo dataset', () => {
  it('names organisations and people the way they are named, never "Jobcenter Thale 17" or "Person 12"', () => {
    for (const org of orgs) expect(org.name).not.toMatch(/\d/);
    expect(new Set(orgs.map((o) => o.name)).size).toBe(orgs.length);
    for (const p of persons) {
      expect(`${p.firstName} ${p.lastName}`).not.toMatch(/\d/);
      expect(p.email).not.toMatch(/\d/);
    }
    // 500 people, no name twice.
    expect(new Set(persons.map((p) => `${p.firstName} ${p.lastName}`)).size).toBe(persons.length);
  });

  it('gives each organisation the Organisationsart that fits it', () => {
    const type = (o: OrganisationData) => labelOf(DEFAULT_ORGANISATION_TYPES, o.type);
    const expected: Array<[RegExp, string]> = [
      [/^Jobcenter|^Agentur für Arbeit|^Ausländerbehörde|^Sozialamt|^Stadtverwaltung/, 'Behörde'],
      [/^Caritas|^Diakonie|^AWO|^DRK|^Jugendmigrationsdienst/, 'Beratungsstelle / Wohlfahrtsverband'],
      [/^Grundschule|^Sekundarschule|^Kita/, 'Schule / Kita'],
      [/Volkshochschule|Sprachschule/, 'Bildungs- / Sprachkursträger'],
      [/^Islamische Gemeinde|Kirchengemeinde|Pfarrei/, 'Religionsgemeinschaft'],
      [/^Handwerkskammer|^IHK/, 'Kammer / Verband'],
    ];
    let checked = 0;
    for (const org of orgs)
      for (const [pattern, label] of expected)
        if (pattern.test(org.name)) {
          expect(type(org), org.name).toBe(label);
          checked++;
        }
    expect(checked).toBeGreaterThan(60);
    expect(orgs.find((o) => o.name.startsWith('Jobcenter'))).toBeDefined();
  });

  it("records a Gemeinde of the office's list on most inquiries and gives activities a fitting type", () => {
    const places = new Set(settings.lists.municipalities.map((m) => m.id));
    expect(places.size).toBeGreaterThan(5);
    const placed = inquiries.filter((i) => i.municipality);
    expect(placed.length / inquiries.length).toBeGreaterThan(0.7);
    for (const i of placed) expect(places.has(i.municipality!)).toBe(true);
    const type = (a: ActivityData) => labelOf(DEFAULT_ACTIVITY_TYPES, a.type);
    for (const a of activities) {
      if (a.title === 'Lotsentreffen') expect(type(a)).toBe('Lotsentreffen / Austausch Ehrenamt');
      if (a.title.startsWith('Netzwerktreffen')) expect(type(a)).toBe('Netzwerktreffen');
      if (a.title.startsWith('Schulbesuch')) expect(type(a)).toBe('Schulbesuch / Vortrag');
    }
  });

  it('stores only records the registry accepts, its settings included', () => {
    for (const table of ['settings', 'organisations', 'persons', 'activities'] as const)
      for (const r of demo[table].slice(0, 200)) {
        const result = validateRecord(table, r.id, JSON.parse(JSON.stringify(r.payload)));
        expect(result.ok, `${table} ${r.id}`).toBe(true);
      }
  });

  it('has a few open inquiries flagged "Dringend", as an office has', () => {
    const urgent = inquiries.filter((i) => i.urgent);
    expect(urgent.length).toBeGreaterThanOrEqual(3);
    expect(urgent.length).toBeLessThanOrEqual(8);
    for (const i of urgent) expect(i.status).not.toBe('erledigt');
  });

  it('opens with at most a handful of records due for the Löschfristen: old ones are anonymised already', () => {
    const due = findDue({ ...demo, persons: demo.persons as never }, DEFAULT_RETENTION, NOW);
    expect(due.length).toBeLessThanOrEqual(10);
    expect(demo.inquiries).toHaveLength(20_000); // the demo's size and figures stay
    const anonymised = demo.inquiries.filter(
      (r) => (r.payload.data as { anonymisedAt?: string }).anonymisedAt,
    );
    expect(anonymised.length).toBeGreaterThan(15_000);
    for (const r of anonymised.slice(0, 300)) {
      const data = r.payload.data as InquiryData & { anonymisedAt: string };
      // The shape the retention run writes: subject and notes gone, statistics kept, at its run.
      expect(data.subject).toBe(ANONYMISED);
      expect(data.notes).toBe('');
      expect(data.requester).toBeUndefined();
      expect(data.topics.length).toBeGreaterThan(0);
      expect(r.payload.meta.changedAt).toBe(data.anonymisedAt);
      expect(data.anonymisedAt > data.closedAt!).toBe(true);
      expect(data.anonymisedAt <= NOW.toISOString()).toBe(true);
      expect(validateRecord('inquiries', r.id, JSON.parse(JSON.stringify(r.payload))).ok).toBe(true);
    }
    const anonymisedIds = new Set(anonymised.map((r) => r.id));
    const followupsOfAnonymised = demo.followups.filter((f) => anonymisedIds.has(f.payload.data.inquiryId!));
    expect(followupsOfAnonymised.length).toBeGreaterThan(0);
    for (const f of followupsOfAnonymised.slice(0, 100)) expect(f.payload.data.title).toBe(ANONYMISED);
  });
});
