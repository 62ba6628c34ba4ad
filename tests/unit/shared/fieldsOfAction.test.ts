// Handlungsfeld on inquiries and activities, persons and families supported on activities: kept
// through form, template, series, storage, export and demo.
import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../shared/demo/dataset';
import { seriesEditWrites, sharedChanges } from '../../../shared/domain/activitySeries';
import { DEFAULT_FIELDS_OF_ACTION, labelOf } from '../../../shared/domain/categories';
import {
  dataToDraft,
  draftToData,
  emptyInquiryDraft,
  type InquiryData,
} from '../../../shared/domain/inquiry';
import {
  activityDraftSchema,
  emptyActivity,
  seriesOccurrence,
  type Activity,
  type ActivityData,
} from '../../../shared/domain/network';
import { nextMeta } from '../../../shared/domain/recordMeta';
import { draftFromTemplate, templateFromDraft } from '../../../shared/domain/template';
import { buildExportSheets } from '../../../shared/export/fullExport';
import type { BackupTables } from '../../../shared/backup/format';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { validateRecord } from '../../../shared/storage/records';
import { commonDe } from '../../../renderer/i18n/common.de';

const NOW = new Date('2026-05-04T08:00:00Z');
const inquiryDraft = {
  ...emptyInquiryDraft(NOW, { channel: 'kanal-01' }),
  requesterType: 'stelle-01',
  topics: ['thema-01'],
  subject: 'Sprachkurs für Eltern',
  fieldOfAction: 'handlungsfeld-01',
};
const activity: ActivityData = {
  ...emptyActivity('2026-05-04', 'aktart-07'),
  title: 'Lotsentreffen',
  fieldOfAction: 'handlungsfeld-05',
  personsSupported: 7,
  familiesSupported: 3,
};
const meta = nextMeta(undefined, NOW, 'd-1');

describe('Handlungsfeld on inquiries', () => {
  it('is kept from form to record and back; an empty one is not stored', () => {
    const data = draftToData(inquiryDraft, undefined, NOW);
    expect(data.fieldOfAction).toBe('handlungsfeld-01');
    expect(dataToDraft(data).fieldOfAction).toBe('handlungsfeld-01');
    const without = draftToData({ ...inquiryDraft, fieldOfAction: '' }, undefined, NOW);
    expect(without).not.toHaveProperty('fieldOfAction');
    expect(dataToDraft(without).fieldOfAction).toBe('');
    expect(validateRecord('inquiries', 'i-1', { data, meta })).toMatchObject({
      ok: true,
      payload: { data: { fieldOfAction: 'handlungsfeld-01' } },
    });
  });

  it('is carried by a Vorlage; one saved before the field existed gives an empty one', () => {
    const template = templateFromDraft('Sprachkurs', inquiryDraft);
    expect(template.fields.fieldOfAction).toBe('handlungsfeld-01');
    expect(draftFromTemplate(template, NOW).fieldOfAction).toBe('handlungsfeld-01');
    const { fieldOfAction: _f, ...older } = template.fields;
    const stored = validateRecord('templates', 't-1', { data: { ...template, fields: older }, meta });
    expect(stored.ok).toBe(true);
    if (stored.ok) expect((stored.payload.data as typeof template).fields.fieldOfAction).toBe('');
  });
});

describe('Handlungsfeld and persons / families supported on activities', () => {
  const messages = (counts: Partial<ActivityData>) => {
    const result = activityDraftSchema.safeParse({ ...activity, ...counts });
    if (result.success) return {};
    return Object.fromEntries(
      result.error.issues.map((i) => [
        i.path.join('.'),
        commonDe.validation[i.message.replace('validation.', '') as keyof typeof commonDe.validation],
      ]),
    );
  };

  it('takes whole numbers or none, and refuses negative or fractional counts in German', () => {
    expect(activityDraftSchema.parse(activity)).toMatchObject({ personsSupported: 7, familiesSupported: 3 });
    expect(messages({ personsSupported: null, familiesSupported: null })).toEqual({});
    expect(messages({ personsSupported: -3, familiesSupported: 2.5 })).toEqual({
      personsSupported: 'Bitte keine negative Zahl eingeben.',
      familiesSupported: 'Bitte eine ganze Zahl eingeben.',
    });
  });

  it('stores them as given, an older activity without them too; a negative count is refused', () => {
    expect(validateRecord('activities', 'a-1', { data: activity, meta })).toEqual({
      ok: true,
      payload: { data: activity, meta },
    });
    const { fieldOfAction: _f, personsSupported: _p, familiesSupported: _c, ...older } = activity;
    expect(validateRecord('activities', 'a-2', { data: older, meta }).ok).toBe(true);
    expect(
      validateRecord('activities', 'a-3', { data: { ...activity, personsSupported: -3 }, meta }).ok,
    ).toBe(false);
  });

  it('a new series copies the Handlungsfeld to every date, the counts only to dates already held', () => {
    const held = seriesOccurrence(activity, '2026-05-04', '2026-05-10');
    const planned = seriesOccurrence(activity, '2026-05-18', '2026-05-10');
    expect(held).toMatchObject({
      fieldOfAction: 'handlungsfeld-05',
      personsSupported: 7,
      familiesSupported: 3,
    });
    expect(planned).toMatchObject({
      date: '2026-05-18',
      fieldOfAction: 'handlungsfeld-05',
      personsSupported: null,
      familiesSupported: null,
    });
  });

  it('editing "Alle Termine" carries a new Handlungsfeld to the series, never one date\'s counts', () => {
    const member = (id: string, date: string, persons: number | null): Activity => ({
      ...activity,
      id,
      date,
      personsSupported: persons,
      familiesSupported: persons === null ? null : 1,
      seriesId: 's-1',
      createdAt: NOW.toISOString(),
      changedAt: NOW.toISOString(),
    });
    const first = member('a-1', '2026-05-04', 7);
    const second = member('a-2', '2026-05-18', 4);
    const { id: _i, createdAt: _c, changedAt: _ch, ...firstData } = first;
    const draft = { ...firstData, fieldOfAction: 'handlungsfeld-02', personsSupported: 9 };
    expect(sharedChanges(firstData, draft)).toEqual(['fieldOfAction']);
    const writes = seriesEditWrites(first, draft, { members: [first, second], legacy: false }, 'all');
    expect(writes.find((w) => w.id === 'a-2')!.data).toMatchObject({
      fieldOfAction: 'handlungsfeld-02',
      personsSupported: 4,
      familiesSupported: 1,
    });
    expect(writes.find((w) => w.id === 'a-1')!.data).toMatchObject({ personsSupported: 9 });
  });

  it('"Alle Daten exportieren" shows the Handlungsfeld by its name and the counts as numbers', () => {
    const tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as BackupTables;
    tables.activities = [{ id: 'a-1', payload: { data: activity, meta } }];
    tables.inquiries = [{ id: 'i-1', payload: { data: draftToData(inquiryDraft, undefined, NOW), meta } }];
    const sheets = buildExportSheets(tables, { fieldsOfAction: DEFAULT_FIELDS_OF_ACTION });
    const value = (table: string, column: string) => {
      const sheet = sheets.find((s) => s.table === table)!;
      return sheet.rows[0]![sheet.columns.indexOf(column)];
    };
    expect(value('activities', 'fieldOfAction')).toBe('Gesellschaftliche Teilhabe und Ehrenamt');
    expect(value('activities', 'personsSupported')).toBe(7);
    expect(value('activities', 'familiesSupported')).toBe(3);
    expect(value('inquiries', 'fieldOfAction')).toBe('Sprache und Bildung');
  });
});

describe('the demo', () => {
  const demo = demoRecords(new Date(2026, 10, 29, 10));
  const inquiries = demo.inquiries.map((r) => r.payload.data as InquiryData);
  const activities = demo.activities.map((r) => r.payload.data as ActivityData);
  const fields = new Set(DEFAULT_FIELDS_OF_ACTION.map((f) => f.id));

  it('gives most inquiries a Handlungsfeld of the list that fits their first topic, some none', () => {
    const withField = inquiries.filter((i) => i.fieldOfAction);
    expect(withField.length / inquiries.length).toBeGreaterThan(0.5);
    expect(withField.length / inquiries.length).toBeLessThan(0.95);
    for (const i of withField) expect(fields.has(i.fieldOfAction!)).toBe(true);
    const language = withField.filter((i) => i.topics[0] === 'thema-01');
    expect(language.length).toBeGreaterThan(100);
    for (const i of language)
      expect(labelOf(DEFAULT_FIELDS_OF_ACTION, i.fieldOfAction!)).toBe('Sprache und Bildung');
    const work = withField.find((i) => i.topics[0] === 'thema-02')!;
    expect(labelOf(DEFAULT_FIELDS_OF_ACTION, work.fieldOfAction!)).toBe('Ausbildung und Arbeit');
    // Every Handlungsfeld with a topic behind it shows in the share (not all in one).
    expect(new Set(withField.map((i) => i.fieldOfAction)).size).toBeGreaterThanOrEqual(10);
  });

  it("gives activities a Handlungsfeld, and the volunteers' meetings persons and families supported", () => {
    const withField = activities.filter((a) => a.fieldOfAction);
    expect(withField.length / activities.length).toBeGreaterThan(0.4);
    for (const a of withField) expect(fields.has(a.fieldOfAction!)).toBe(true);
    expect(
      activities.some((a) => a.title === 'Arbeitskreis Sprache' && a.fieldOfAction === 'handlungsfeld-01'),
    ).toBe(true);
    const supported = activities.filter((a) => (a.personsSupported ?? 0) > 0);
    expect(supported.length).toBeGreaterThan(50);
    for (const a of supported) {
      expect(a.volunteerIds.length).toBeGreaterThan(0);
      expect(a.familiesSupported).toBeGreaterThanOrEqual(1);
      expect(a.familiesSupported).toBeLessThanOrEqual(a.personsSupported!);
    }
    // Only where volunteers report: a school visit supports nobody in this sense.
    expect(
      activities.filter((a) => a.type === 'aktart-04').every((a) => a.personsSupported === undefined),
    ).toBe(true);
  });
});
