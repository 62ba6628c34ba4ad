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
  t.outreach = [
    {
      id: 'ou-1',
      payload: {
        data: {
          kind: 'series',
          title: 'Interkulturelle Woche 2026',
          motto: 'Mensch, Du hast Recht!',
          from: '2026-09-20',
          to: '2026-09-27',
          callText: 'Machen Sie mit!',
          milestones: [{ id: 'm-1', kind: 'submission', day: '2026-06-30', note: '' }],
          funderCredit: 'Gefördert vom Land Sachsen-Anhalt',
          notes: '',
        },
        meta: meta(),
      },
    },
    {
      id: 'ou-2',
      payload: {
        data: {
          kind: 'contribution',
          seriesId: 'ou-1',
          title: 'Interkulturelles Frühstück',
          organisationId: 'org-1',
          date: '2026-09-21',
          startTime: '09:30',
          endTime: '11:00',
          venue: 'Bürgerhaus',
          address: 'Marktplatz 1, 38820 Halberstadt',
          accessibility: 'barrierefrei',
          entryFee: 'frei',
          registration: '',
          languages: ['Deutsch', 'Arabisch'],
          targetGroup: 'alle',
          shortText: 'Gemeinsam frühstücken.',
          contact: 'Frau Öztürk, 03941 123',
          photoCredit: '',
          photoConsent: '',
          status: 'eingereicht',
          activityId: '',
          notes: '',
        },
        meta: meta(),
      },
    },
    {
      id: 'ou-3',
      payload: {
        data: {
          kind: 'offer',
          organisationId: 'org-1',
          title: 'Migrationsberatung für Erwachsene',
          chapter: 'kapitel-01',
          description: 'Beratung zu Aufenthalt und Alltag.',
          targetGroup: 'Erwachsene ab 27',
          languages: ['Deutsch', 'Russisch'],
          municipality: '',
          openingHours: 'Di 9–12 Uhr',
          cost: 'kostenlos',
          contact: '03941 456',
          checkedOn: '2026-01-15',
          publishConsent: true,
          notes: '',
        },
        meta: meta(),
      },
    },
    {
      id: 'ou-4',
      payload: {
        data: {
          kind: 'newsletter',
          number: 2,
          year: 2026,
          from: '2026-04-01',
          to: '2026-06-30',
          texts: { grusswort: 'Liebe Leserinnen und Leser,' },
          excludedIds: ['ou-2'],
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
