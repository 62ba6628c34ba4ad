import { describe, expect, it } from 'vitest';
import { buildExportSheets, buildJsonExport } from '../../../shared/export/fullExport';
import type { BackupTables } from '../../../shared/backup/format';
import { RECORD_TABLES } from '../../../shared/storage/envelope';

const meta = {
  createdAt: '2026-03-02T09:15:00.000Z',
  changedAt: '2026-03-03T10:00:00.000Z',
  deviceId: 'd',
  rev: 1,
};

function tables(): BackupTables {
  const t = Object.fromEntries(RECORD_TABLES.map((name) => [name, []])) as unknown as BackupTables;
  t.inquiries = [
    {
      id: 'i-1',
      payload: {
        data: {
          subject: '=HYPERLINK("x")',
          topics: ['thema-01', 'thema-02'],
          requesterType: 'stelle-01',
          requester: { name: 'Jürgen Weiß', organisation: '', contact: '0170' },
          minutes: 30,
          urgent: true,
        },
        meta,
      },
    },
  ];
  t.settings = [{ id: 'office', payload: { data: { officeName: 'KSI', lists: { topics: [] } }, meta } }];
  return t;
}

const lists = {
  topics: [
    { id: 'thema-01', label: 'Sprache / Sprachkurs' },
    { id: 'thema-02', label: 'Arbeit / Ausbildung' },
  ],
  requesterTypes: [{ id: 'stelle-01', label: 'Jobcenter' }],
};

describe('full export', () => {
  it('one sheet per kind: nested fields as columns, category names instead of ids, lists joined', () => {
    const sheets = buildExportSheets(tables(), lists);
    expect(sheets.map((s) => s.table)).toEqual([...RECORD_TABLES]);
    const inquiries = sheets.find((s) => s.table === 'inquiries')!;
    expect(inquiries.columns).toEqual([
      'id',
      'subject',
      'topics',
      'requesterType',
      'requester.name',
      'requester.organisation',
      'requester.contact',
      'minutes',
      'urgent',
      'createdAt',
      'changedAt',
    ]);
    expect(inquiries.rows[0]).toEqual([
      'i-1',
      '=HYPERLINK("x")', // a string cell, never a formula (exceljs writes values, not formulas)
      'Sprache / Sprachkurs; Arbeit / Ausbildung',
      'Jobcenter',
      'Jürgen Weiß',
      '',
      '0170',
      30,
      true,
      '2026-03-02T09:15:00.000Z',
      '2026-03-03T10:00:00.000Z',
    ]);
    expect(sheets.find((s) => s.table === 'persons')!.rows).toEqual([]);
  });

  it('JSON keeps every record complete, with a notice that it is not encrypted', () => {
    const parsed = JSON.parse(
      buildJsonExport(tables(), { appVersion: '0.1.0', exportedAt: new Date('2026-11-27T10:00:00Z') }),
    );
    expect(parsed).toMatchObject({
      kind: 'anlaufstelle-export',
      format: 1,
      exportedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(parsed.notice).toMatch(/Unverschlüsselt/);
    expect(parsed.tables.inquiries).toEqual(tables().inquiries);
  });
});
