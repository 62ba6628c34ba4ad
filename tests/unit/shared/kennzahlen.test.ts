import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../shared/demo/dataset';
import type { Followup } from '../../../shared/domain/followup';
import type { Inquiry } from '../../../shared/domain/inquiry';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import type { Activity, Organisation, Person } from '../../../shared/domain/network';
import { nextMeta, type RecordMeta } from '../../../shared/domain/recordMeta';
import { demoSettings } from '../../../shared/demo/dataset';
import { buildKennzahlen, rawQuarter } from '../../../shared/kennzahlen/build';
import { kennzahlenCsv, parseKennzahlenCsv } from '../../../shared/kennzahlen/csv';
import { readKennzahlen } from '../../../shared/kennzahlen/read';
import {
  kennzahlenJson,
  parseKennzahlenJson,
  type Dimension,
  type KennzahlenFile,
  type KennzahlenQuarter,
} from '../../../shared/kennzahlen/format';
import { buildAnnualReport } from '../../../shared/report/annualReport';
import { computeDashboard, NOT_SET } from '../../../shared/stats/dashboard';
import { projectData } from '../../../shared/stats/projection';
import type { RecordTable } from '../../../shared/storage/envelope';
import { settingsPayloadOf } from '../../../shared/storage/records';
import { input, MARKER, settings } from './kennzahlenFixture';

const NOW = new Date(2026, 10, 30, 12);
const TODAY = '2026-11-30';

/** A breakdown as `{ label: value }`, zeros left out. */
function shown(q: KennzahlenQuarter, d: Dimension) {
  return Object.fromEntries(
    q.breakdowns[d].entries.filter((e) => e.value !== 0).map((e) => [e.label, e.value]),
  );
}

describe('Kennzahlen of a hand-made office year', () => {
  const file = buildKennzahlen(input, 2026, NOW, TODAY);
  const [q1, q2, q3, q4] = file.quarters as [
    KennzahlenQuarter,
    KennzahlenQuarter,
    KennzahlenQuarter,
    KennzahlenQuarter,
  ];

  it('names the office and its district and population, and has the four quarters with their days', () => {
    expect(file.office).toEqual({
      name: 'KI Musterkreis',
      district: 'Landkreis Musterkreis',
      population: 250_000,
    });
    expect(file.quarters.map((q) => [q.from, q.to, q.complete])).toEqual([
      ['2026-01-01', '2026-03-31', true],
      ['2026-04-01', '2026-06-30', true],
      ['2026-07-01', '2026-09-30', true],
      ['2026-10-01', '2026-12-31', false],
    ]);
  });

  it('counts the first quarter as counted by hand, small cells as "<5" and one more withheld beside a lone one', () => {
    expect([q1.inquiries, q1.activities, q1.volunteersActive, q1.hours]).toEqual([12, 6, 5, 12]);
    // 8 and 4 of 12: the 4 alone would follow from 12 − 8, so the 8 is withheld too.
    expect(shown(q1, 'requesterType')).toEqual({ Polizei: 'x', 'Schule / Kita': '<5' });
    expect(shown(q1, 'channel')).toEqual({ Telefon: 6, 'E-Mail': 6 });
    expect(Object.values(shown(q1, 'topics'))).toEqual([12, 5]);
    expect(shown(q1, 'targetGroup')).toEqual({ 'ohne Angabe': 12 });
    expect(Object.values(shown(q1, 'fieldOfAction'))).toEqual([5, 7]);
    // 9, 2 and 1: two small cells adding up to 3 could be 1 + 2 or 2 + 1.
    expect(Object.values(shown(q1, 'result'))).toEqual([9, '<5', '<5']);
    expect(Object.values(shown(q1, 'activityType'))).toEqual([6]);
  });

  it('suppresses a small quarter throughout and leaves zeros as they are', () => {
    expect([q2.inquiries, q2.activities, q2.volunteersActive, q2.hours]).toEqual(['<5', 0, 5, '<5']);
    expect(shown(q2, 'requesterType')).toEqual({ Polizei: '<5' });
    expect([q3.inquiries, q3.activities, q3.volunteersActive, q3.hours]).toEqual([0, '<5', 6, '<5']);
    expect([q4.inquiries, q4.activities, q4.volunteersActive, q4.hours]).toEqual([0, 0, 6, 0]);
  });

  it('carries every visible list entry with its label and id, "ohne Angabe" last', () => {
    const entries = q1.breakdowns.channel.entries;
    expect(q1.breakdowns.channel.list).toBe('channels');
    expect(entries.map((e) => e.id)).toEqual([...settings.lists.channels.map((e) => e.id), '__notSet']);
    expect(entries.at(-1)).toEqual({ id: '__notSet', label: 'ohne Angabe', value: 0 });
  });

  it('writes no name, subject, note or free text', () => {
    expect(kennzahlenJson(file)).not.toContain(MARKER);
    expect(kennzahlenCsv(file)).not.toContain(MARKER);
  });

  it('leaves out quarters that have not begun', () => {
    expect(buildKennzahlen(input, 2026, NOW, '2026-05-02').quarters.map((q) => q.quarter)).toEqual([1, 2]);
  });
});

describe('the Kennzahlen file read back', () => {
  const file = buildKennzahlen(input, 2026, NOW, TODAY);

  it('gives the same file from its JSON and from its CSV', () => {
    expect(parseKennzahlenJson(kennzahlenJson(file))).toEqual({ ok: true, file });
    expect(parseKennzahlenCsv(kennzahlenCsv(file))).toEqual({ ok: true, file });
  });

  it('keeps labels a spreadsheet would run as formulas, and hours with a decimal comma', () => {
    const odd: KennzahlenFile = structuredClone(file);
    odd.office.name = '=HYPERLINK("x")';
    odd.quarters[0]!.breakdowns.channel.entries[0]!.label = '+Telefon; "neu"';
    odd.quarters[0]!.hours = 12.5;
    const csv = kennzahlenCsv(odd);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(';12,5\r\n');
    expect(parseKennzahlenCsv(csv)).toEqual({ ok: true, file: odd });
  });

  it('refuses other files, newer versions and broken contents with a German message key', () => {
    expect(parseKennzahlenJson('{"format":"x"}')).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.wrongFormat',
    });
    expect(parseKennzahlenJson(kennzahlenJson(file).slice(0, 200))).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.notReadable',
    });
    expect(parseKennzahlenJson(JSON.stringify({ ...file, version: 2 }))).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.newerVersion',
    });
    const small = structuredClone(file) as unknown as { quarters: Array<{ inquiries: unknown }> };
    small.quarters[0]!.inquiries = 3;
    expect(parseKennzahlenJson(JSON.stringify(small))).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.invalid',
    });
    expect(parseKennzahlenJson('[1,2]')).toEqual({ ok: false, problem: 'kennzahlen.errors.wrongFormat' });
    expect(parseKennzahlenCsv('Name;Telefon\r\nA;1')).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.wrongFormat',
    });
    const csv = kennzahlenCsv(file);
    expect(parseKennzahlenCsv(csv.replace(';Telefon;6\r\n', ';Telefon;3\r\n'))).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.invalid',
    });
  });
});

/** A generated row as the store hands it out. */
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

describe("the demo office's Kennzahlen agree with Auswertung and the Jahresbericht", () => {
  const now = new Date(2026, 10, 29, 10);
  const data = demoRecords(now);
  const demo = {
    inquiries: live<Inquiry>(data.inquiries),
    followups: live<Followup>(data.followups),
    activities: live<Activity>(data.activities),
    persons: live<Person>(data.persons),
    settings: demoSettings(now).payload.data as typeof settings,
  };

  it('per quarter: the totals and every share are those of computeDashboard for the quarter', () => {
    for (const quarter of [1, 2, 3, 4]) {
      const raw = rawQuarter(demo, 2025, quarter, '2026-11-29');
      const model = computeDashboard(demo.inquiries, demo.activities, demo.followups, {
        from: raw.from,
        to: raw.to,
        grouping: 'month',
        stackBy: 'topics',
        filter: EMPTY_FILTER,
        today: '2026-11-29',
      });
      expect(raw.inquiries).toBe(model.totals.inquiries);
      expect(raw.activities).toBe(model.totals.activities);
      expect(raw.hours).toBeCloseTo(model.totals.hours, 9);
      const counts = (d: Dimension) =>
        Object.fromEntries(
          raw.breakdowns[d]
            .filter((e) => e.count)
            .map((e) => [e.id === '__notSet' ? NOT_SET : e.id, e.count]),
        );
      expect(counts('channel')).toEqual(Object.fromEntries(model.shares.channel.map((s) => [s.id, s.count])));
      expect(counts('topics')).toEqual(Object.fromEntries(model.shares.topics.map((s) => [s.id, s.count])));
      expect(counts('fieldOfAction')).toEqual(
        Object.fromEntries(model.shares.fieldOfAction.map((s) => [s.id, s.count])),
      );
      expect(raw.inquiries).toBeGreaterThan(100);
    }
  });

  it('the four quarters add up to the Jahresbericht 2025 (inquiries, activities, types, hours)', () => {
    const report = buildAnnualReport(
      { ...demo, organisations: live<Organisation>(data.organisations), texts: {} },
      { from: '2025-01-01', to: '2025-12-31' },
      { language: 'de', createdAt: now },
    );
    const table = (id: string) => report.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;
    const raws = [1, 2, 3, 4].map((q) => rawQuarter(demo, 2025, q, '2026-11-29'));
    const sum = (f: (r: (typeof raws)[number]) => number) => raws.reduce((s, r) => s + f(r), 0);
    const overview = table('overview').rows;
    expect(sum((r) => r.inquiries)).toBe(overview[0]!.current);
    expect(sum((r) => r.activities)).toBe(overview[1]!.current);
    expect(Math.round(sum((r) => r.hours) * 10) / 10).toBe(overview[2]!.current);
    // As published (a tenth per quarter), the quarters still add up to the report's hours: rounded
    // one by one they would drift (4 × 0.05 h), so the file rounds the running total.
    const published = buildKennzahlen(demo, 2025, now, '2026-11-29').quarters.map((q) => q.hours as number);
    expect(published.reduce((s, h) => Math.round((s + h) * 10) / 10, 0)).toBe(overview[2]!.current);
    const separately = raws.reduce((s, r) => s + Math.round(r.hours * 10) / 10, 0);
    expect(Math.abs(Math.round(separately * 10) / 10 - overview[2]!.current)).toBeGreaterThan(0.05);
    for (const row of table('activityTypes').rows)
      expect(sum((r) => r.breakdowns.activityType.find((e) => e.label === row.label)?.count ?? 0)).toBe(
        row.current,
      );
    // Volunteers active in a quarter: at most those active in the year, the year's count in some quarter.
    expect(Math.max(...raws.map((r) => r.volunteersActive))).toBeLessThanOrEqual(overview[4]!.current);
  });
});

describe('a chosen file', () => {
  const file = buildKennzahlen(input, 2026, NOW, TODAY);
  it('is read as JSON or CSV by its contents, and anything else is refused', () => {
    expect(readKennzahlen(kennzahlenJson(file))).toEqual({ ok: true, file });
    expect(readKennzahlen(kennzahlenCsv(file))).toEqual({ ok: true, file });
    expect(readKennzahlen('%PDF-1.7')).toEqual({ ok: false, problem: 'kennzahlen.errors.wrongFormat' });
    expect(readKennzahlen('\uFEFF \n')).toEqual({ ok: false, problem: 'kennzahlen.errors.empty' });
    expect(readKennzahlen('{"format":"anlaufstelle-kennz')).toEqual({
      ok: false,
      problem: 'kennzahlen.errors.notReadable',
    });
  });
});

describe("the lead's computer (statistics projection)", () => {
  it('exports the same Kennzahlen file as the full log', () => {
    const now = new Date(2026, 10, 29, 10);
    const data = demoRecords(now);
    const rows = <T>(
      table: RecordTable,
      list: ReadonlyArray<{ id: string; payload: { data: unknown; meta: RecordMeta } }>,
    ) =>
      list.map(
        (r) =>
          ({
            ...projectData(table, r.id, r.payload.data as Record<string, unknown>),
            id: r.id,
            createdAt: r.payload.meta.createdAt,
            changedAt: r.payload.meta.changedAt,
          }) as T,
      );
    const full = {
      inquiries: live<Inquiry>(data.inquiries),
      followups: live<Followup>(data.followups),
      activities: live<Activity>(data.activities),
      persons: live<Person>(data.persons),
      settings,
    };
    const lead = {
      inquiries: rows<Inquiry>('inquiries', data.inquiries),
      followups: rows<Followup>('followups', data.followups),
      activities: rows<Activity>('activities', data.activities),
      persons: rows<Person>('persons', data.persons),
      settings,
    };
    const fromFull = buildKennzahlen(full, 2025, now, '2026-11-29');
    expect(buildKennzahlen(lead, 2025, now, '2026-11-29')).toEqual(fromFull);
    expect(fromFull.quarters).toHaveLength(4);
  });
});

describe('the Einwohnerzahl in the office settings', () => {
  const meta = nextMeta(undefined, new Date(2025, 0, 1), 'device-1');
  it('is null in settings stored before it existed, kept when entered, and refused when not a whole number', () => {
    const stored = (data: object) =>
      settingsPayloadOf('office', { id: 'office', payload: { data, meta } } as never)?.data;
    expect(stored({ officeName: 'KSI Harz' })?.population).toBeNull();
    expect(stored({ officeName: 'KSI Harz', population: 215_000 })?.population).toBe(215_000);
    expect(stored({ officeName: 'KSI Harz', population: 2.5 })).toBeUndefined();
    expect(stored({ officeName: 'KSI Harz', population: 0 })).toBeUndefined();
  });
});
