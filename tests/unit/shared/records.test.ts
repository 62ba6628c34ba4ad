import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../shared/demo/dataset';
import { DEFAULT_LISTS } from '../../../shared/domain/settings';
import { planAnonymisation, planErasure } from '../../../shared/retention/retention';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { settingsPayloadOf, validateRecord, withoutDeviceSecrets } from '../../../shared/storage/records';
import { inquiryPayload, meta, NOW, validTables } from './recordFixtures';

const demo = demoRecords(NOW);

describe('record registry', () => {
  it('accepts every record the app writes, unchanged (demo data, forms, settings)', () => {
    const tables = validTables();
    const all = [
      ...RECORD_TABLES.flatMap((table) => tables[table].map((r) => ({ table, ...r }))),
      ...(['inquiries', 'followups', 'organisations', 'persons', 'activities'] as const).flatMap((table) =>
        demo[table].slice(0, 300).map((r) => ({ table, ...r })),
      ),
    ];
    for (const { table, id, payload } of all) {
      const result = validateRecord(table, id, JSON.parse(JSON.stringify(payload)));
      expect(result, `${table} ${id}`).toEqual({ ok: true, payload: JSON.parse(JSON.stringify(payload)) });
    }
  });

  it('accepts anonymised and erased records as the Löschfristen write them', () => {
    // The demo's old inquiries are anonymised already (as the office's runs left them): take recent ones.
    const recent = demo.inquiries.filter((r) => !(r.payload.data as { anonymisedAt?: string }).anonymisedAt);
    const input = {
      inquiries: recent.slice(0, 50) as never,
      followups: demo.followups.slice(0, 50) as never,
      persons: demo.persons.slice(0, 50) as never,
    };
    const due = [
      { rule: 'inquiries' as const, table: 'inquiries' as const, id: recent[0]!.id },
      { rule: 'persons' as const, table: 'persons' as const, id: demo.persons[0]!.id },
    ];
    const { writes } = planAnonymisation(input, due, NOW, 'device-a', false);
    const erased = planErasure(
      { ...input, activities: demo.activities.slice(0, 50) as never },
      demo.persons[1]!.id,
      NOW,
      'device-a',
    );
    expect(writes.length).toBeGreaterThan(1);
    for (const w of [...writes, ...erased.writes]) {
      expect(validateRecord(w.table, w.id, JSON.parse(JSON.stringify(w.payload)))).toMatchObject({
        ok: true,
      });
    }
  });

  it.each([
    ['null', null, { reason: 'notObject', field: '' }],
    ['an array', [], { reason: 'notObject', field: '' }],
    ['no data', { meta: meta() }, { reason: 'missing', field: 'data' }],
    [
      'a missing field',
      { ...inquiryPayload('x'), data: { ...inquiryPayload('x').data, receivedAt: undefined } },
      { reason: 'missing', field: 'data.receivedAt' },
    ],
    [
      'a number as subject',
      { ...inquiryPayload('x'), data: { ...inquiryPayload('x').data, subject: 17 } },
      { reason: 'wrongType', field: 'data.subject' },
    ],
    [
      'an unreadable date',
      { ...inquiryPayload('x'), data: { ...inquiryPayload('x').data, receivedAt: 'gestern' } },
      { reason: 'invalid', field: 'data.receivedAt' },
    ],
    [
      'an unknown status',
      { ...inquiryPayload('x'), data: { ...inquiryPayload('x').data, status: 'verloren' } },
      { reason: 'invalid', field: 'data.status' },
    ],
    [
      'an unknown field',
      { ...inquiryPayload('x'), data: { ...inquiryPayload('x').data, extra: 'x' } },
      { reason: 'unknownField', field: 'data.extra' },
    ],
    [
      'a __proto__ key',
      JSON.parse(`{"data":{"__proto__":{"isAdmin":true}},"meta":${JSON.stringify(meta())}}`),
      { reason: 'forbiddenKey', field: 'data.__proto__' },
    ],
  ])('refuses an inquiry with %s and names the field', (_name, payload, problem) => {
    expect(validateRecord('inquiries', 'i-1', payload)).toEqual({ ok: false, problem });
  });

  it('refuses settings records of a kind this version does not know', () => {
    expect(validateRecord('settings', 'fremd', { data: {}, meta: meta() })).toEqual({
      ok: false,
      problem: { reason: 'unknownSettings', field: 'fremd' },
    });
  });

  it('fills defaults for fields later versions added (office lists, person fields)', () => {
    const office = settingsPayloadOf('office', {
      id: 'office',
      payload: { data: { officeName: 'KSI Harz', lists: { topics: [] } }, meta: meta() },
    });
    expect(office?.data.officeName).toBe('KSI Harz');
    expect(office?.data.lists.topics).toEqual([]);
    expect(office?.data.lists.workingGroups).toEqual(DEFAULT_LISTS.workingGroups);
    expect(office?.data.autoLockMinutes).toBe(10);
    const person = validateRecord('persons', 'p-1', {
      data: { firstName: 'A', lastName: 'B' },
      meta: meta(),
    });
    expect(person.ok && person.payload.data).toMatchObject({ languages: [], consent: null, volunteer: null });
  });

  it('migrates templates that still hold a requester link: the link is dropped', () => {
    const template = validTables().templates[0]!.payload as { data: { fields: object } };
    const old = {
      ...template,
      data: { ...template.data, fields: { ...template.data.fields, requesterContact: 'person:p-1' } },
    };
    expect(validateRecord('templates', 't-1', old)).toEqual({ ok: true, payload: template });
  });

  it('declares the automatic-backup passphrase a device secret and removes only that', () => {
    const device = validTables('GEHEIM').settings.find((r) => r.id.startsWith('device-'))!;
    expect(withoutDeviceSecrets('settings', device.id, device.payload)).toEqual({
      data: { currentUserId: 'person-01' },
      meta: meta(),
    });
    const office = validTables().settings[0]!;
    expect(withoutDeviceSecrets('settings', office.id, office.payload)).toBe(office.payload);
  });
});
