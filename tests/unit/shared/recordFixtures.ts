// Valid records of every table and settings kind, built by the app's own functions, for tests of the
// registry, backups and exports.
import { draftToData, emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { followupDraftToData } from '../../../shared/domain/followup';
import { emptyOrganisation, emptyPerson } from '../../../shared/domain/network';
import { nextMeta } from '../../../shared/domain/recordMeta';
import { DEFAULT_SETTINGS, SETTINGS_ID, deviceSettingsId } from '../../../shared/domain/settings';
import { templateFromDraft } from '../../../shared/domain/template';
import { DEFAULT_RETENTION, RETENTION_ID } from '../../../shared/retention/retention';
import type { BackupTables } from '../../../shared/backup/format';
import { RECORD_TABLES } from '../../../shared/storage/envelope';

export const NOW = new Date('2026-11-27T10:30:00Z');
export const meta = (deviceId = 'device-a') => nextMeta(undefined, NOW, deviceId);

export function inquiryPayload(subject: string) {
  const draft = {
    ...emptyInquiryDraft(NOW, { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
    notes: 'Rückruf „morgen“',
  };
  return { data: draftToData(draft, undefined, NOW), meta: meta() };
}

/** One valid record per table (two inquiries), plus the office, retention and a device's settings. */
export function validTables(devicePassphrase = 'GEHEIM-AUTO-SICHERUNG'): BackupTables {
  const t = Object.fromEntries(RECORD_TABLES.map((name) => [name, []])) as unknown as BackupTables;
  t.inquiries = [
    { id: 'i-1', payload: inquiryPayload('Sprachkurs für Frau Öztürk') },
    { id: 'i-2', payload: inquiryPayload('Wohnungssuche') },
  ];
  t.followups = [
    {
      id: 'f-1',
      payload: {
        data: followupDraftToData(
          { title: 'Nachfragen', due: '2026-12-01', assignee: '', notes: '', inquiryId: 'i-1' },
          undefined,
        ),
        meta: meta(),
      },
    },
  ];
  t.templates = [
    {
      id: 't-1',
      payload: {
        data: templateFromDraft('Polizei', emptyInquiryDraft(NOW, { channel: 'kanal-01' })),
        meta: meta(),
      },
    },
  ];
  t.organisations = [{ id: 'o-1', payload: { data: emptyOrganisation('Caritas Harz'), meta: meta() } }];
  t.persons = [
    {
      id: 'p-1',
      payload: { data: { ...emptyPerson(), firstName: 'Jürgen', lastName: 'Weiß' }, meta: meta() },
    },
  ];
  t.reports = [
    {
      id: 'jahresbericht-2026-01-01-2026-12-31',
      payload: { data: { from: '2026-01-01', to: '2026-12-31', texts: { rahmen: 'Text' } }, meta: meta() },
    },
  ];
  t.funding = [
    {
      id: 'fu-1',
      payload: {
        data: {
          kind: 'project',
          title: 'Lotsenprojekt Harz',
          purpose: '',
          programmeId: '',
          from: '2026-01-01',
          to: '2026-12-31',
          status: 'bewilligt',
          award: {
            date: '2026-02-15',
            reference: 'LVwA 1',
            amountCents: 1_000_000,
            conditions: '',
            proofDue: '',
          },
          plan: [{ id: 'l-1', category: 'Honorare', plannedCents: 1_100_000, ownShareCents: 100_000 }],
          payments: [{ id: 'pay-1', date: '2026-03-01', amountCents: 200_000, note: '' }],
          proofSubmittedOn: '',
          notes: '',
        },
        meta: meta(),
      },
    },
    {
      id: 'fu-2',
      payload: {
        data: {
          kind: 'receipt',
          projectId: 'fu-1',
          number: 'B-1',
          date: '2026-03-10',
          party: 'Dolmetscherin Şahin',
          purpose: 'Sprachmittlung',
          amountCents: 12_050,
          lineId: 'l-1',
          note: '',
        },
        meta: meta(),
      },
    },
  ];
  t.settings = [
    { id: SETTINGS_ID, payload: { data: DEFAULT_SETTINGS, meta: meta() } },
    { id: RETENTION_ID, payload: { data: DEFAULT_RETENTION, meta: meta() } },
    {
      id: deviceSettingsId('a'),
      payload: {
        data: { currentUserId: 'person-01', autoBackupPassphrase: devicePassphrase },
        meta: meta(),
      },
    },
  ];
  return t;
}
