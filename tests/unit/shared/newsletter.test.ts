// Newsletter Integration from hand-made data: who is on the distribution list (a person only with a
// valid "Newsletter" consent and an address), the Rückblick (exactly the period's activities, minus
// those unticked), the Ankündigungen (approved contributions and own activities to come), the
// Angebote (consented offers changed in the period), a number used twice in a year refused, empty
// sections left out; the DOCX read back with mammoth.
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyActivity, emptyPerson, type Consent, type PersonData } from '../../../shared/domain/network';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { ContributionData } from '../../../shared/outreach/eventRecords';
import type { OfferData } from '../../../shared/outreach/guideRecords';
import {
  distributionCsv,
  distributionList,
  hasNewsletterConsent,
} from '../../../shared/outreach/newsletterDistribution';
import {
  defaultImpressum,
  issueDraftSchema,
  issueFromDraft,
  issueLabel,
  proposeIssue,
} from '../../../shared/outreach/newsletterIssue';
import {
  announcementWindow,
  buildNewsletter,
  newsletterLists,
  type NewsletterSources,
} from '../../../shared/outreach/newsletterModel';
import type { NewsletterData } from '../../../shared/outreach/newsletterRecords';
import { newsletterDocx } from '../../../renderer/features/newsletter/exports/newsletterDocx';

const TODAY = '2026-07-10';

const consent = (purpose: string, givenOn: string, withdrawnOn = ''): Consent => ({
  purpose,
  givenOn,
  withdrawnOn,
});

describe('newsletter consent', () => {
  it('holds only for a purpose naming the newsletter, given by today and not withdrawn by today', () => {
    expect(hasNewsletterConsent(consent('Newsletter Integration', '2026-01-01'), TODAY)).toBe(true);
    expect(hasNewsletterConsent(consent('Netzwerkkontakt, NEWSLETTER', '2026-07-10'), TODAY)).toBe(true);
    expect(hasNewsletterConsent(consent('newsletter', '2026-01-01', '2026-07-11'), TODAY)).toBe(true);
    expect(hasNewsletterConsent(null, TODAY)).toBe(false);
    expect(hasNewsletterConsent(consent('Netzwerkkontakt', '2026-01-01'), TODAY)).toBe(false);
    expect(hasNewsletterConsent(consent('Newsletter', '2026-07-11'), TODAY)).toBe(false); // future
    expect(hasNewsletterConsent(consent('Newsletter', '2026-01-01', '2026-07-10'), TODAY)).toBe(false);
    expect(hasNewsletterConsent(consent('Newsletter', '2026-01-01', '2026-03-01'), TODAY)).toBe(false);
    // A purpose that names the newsletter to refuse it is no consent.
    for (const refused of [
      'kein newsletter',
      'Netzwerkkontakt (kein Newsletter)',
      'Newsletter abbestellt',
      'Newsletter: nicht gewünscht',
      'Einladungen, ohne Newsletter',
      'Newsletter widerrufen',
      'Infos zum Newsletter-Projekt',
    ])
      expect(hasNewsletterConsent(consent(refused, '2026-01-01'), TODAY), refused).toBe(false);
    expect(hasNewsletterConsent(consent('Einladungen und Newsletter', '2026-01-01'), TODAY)).toBe(true);
    expect(hasNewsletterConsent(consent('Netzwerkkontakt / Newsletter', '2026-01-01'), TODAY)).toBe(true);
  });

  const person = (lastName: string, email: string, c: Consent | null, organisationId = ''): PersonData => ({
    ...emptyPerson(),
    firstName: 'Eva',
    lastName,
    email,
    consent: c,
    organisationId,
  });

  it('lists organisations with an address and consenting persons with one, never the others', () => {
    const list = distributionList(
      [
        { id: 'o1', name: 'Caritas Harz', email: 'info@caritas-harz.example' },
        { id: 'o2', name: 'Ohne Adresse e.V.', email: '' },
        { id: 'o3', name: 'Kaputt e.V.', email: 'keine-adresse' },
      ],
      [
        person('Zustimmung', 'eva.z@example.org', consent('Newsletter', '2026-01-01'), 'o1'),
        person('Netzwerk', 'eva.n@example.org', consent('Netzwerkkontakt', '2026-01-01')),
        person('Widerrufen', 'eva.w@example.org', consent('Newsletter', '2025-01-01', '2026-06-30')),
        person('Zukunft', 'eva.f@example.org', consent('Newsletter', '2026-08-01')),
        person('Keine', 'eva.k@example.org', null),
        person('OhneMail', '', consent('Newsletter', '2026-01-01')),
        // Same address as the organisation: one row.
        person('Doppelt', 'INFO@caritas-harz.example', consent('Newsletter', '2026-01-01')),
      ],
      TODAY,
    );
    expect(list.recipients).toEqual([
      {
        name: 'Caritas Harz',
        organisation: 'Caritas Harz',
        email: 'info@caritas-harz.example',
        kind: 'organisation',
      },
      { name: 'Eva Zustimmung', organisation: 'Caritas Harz', email: 'eva.z@example.org', kind: 'person' },
    ]);
    expect(list.withoutConsent).toBe(4);
    expect(list.consentWithoutEmail).toBe(1);
    const rows = Papa.parse<string[]>(distributionCsv(list, 'de').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ['Name', 'Organisation', 'E-Mail', 'Art'],
      ['Caritas Harz', 'Caritas Harz', 'info@caritas-harz.example', 'Organisation'],
      ['Eva Zustimmung', 'Caritas Harz', 'eva.z@example.org', 'Person'],
    ]);
  });
});

describe('newsletter issue', () => {
  const stored = [{ id: 'n1', number: 2, year: 2026 }];
  it('refuses a number used in the same year, with a German message key', () => {
    const schema = issueDraftSchema(stored);
    const result = schema.safeParse({ number: 2, year: '2026', from: '2026-04-01', to: '2026-06-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['number', 'newsletter.validation.duplicate'],
    ]);
    expect(schema.safeParse({ number: 2, year: '2025', from: '2025-04-01', to: '2025-06-30' }).success).toBe(
      true,
    );
    expect(schema.safeParse({ number: 3, year: '2026', from: '2026-07-01', to: '2026-09-30' }).success).toBe(
      true,
    );
    // The issue itself keeps its number when edited.
    expect(
      issueDraftSchema(stored, 'n1').safeParse({
        number: 2,
        year: '2026',
        from: '2026-04-01',
        to: '2026-06-30',
      }).success,
    ).toBe(true);
  });

  it('refuses a period out of order and a year that is not 20xx', () => {
    const result = issueDraftSchema([]).safeParse({
      number: 1,
      year: '2026',
      from: '2026-06-30',
      to: '2026-04-01',
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['newsletter.validation.periodOrder']);
    const year = issueDraftSchema([]).safeParse({
      number: 1,
      year: '26',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(year.error?.issues.map((i) => i.message)).toEqual(['newsletter.validation.yearRange']);
  });

  it('proposes the next free number and the period after the last issue; the Impressum from the settings', () => {
    expect(
      proposeIssue([{ number: 1, year: 2026, to: '2026-03-31' }], new Date('2026-07-10T12:00:00')),
    ).toEqual({ number: 2, year: '2026', from: '2026-04-01', to: '2026-07-10' });
    // After the year's highest number, not into a gap below it.
    expect(
      proposeIssue([{ number: 4, year: 2026, to: '2026-09-30' }], new Date('2026-12-01T12:00:00')).number,
    ).toBe(5);
    const impressum = defaultImpressum({ officeName: 'KI Harz', district: 'Landkreis Harz' }, 'de');
    expect(impressum).toBe('Herausgeber:\nKI Harz\nLandkreis Harz');
    const issue = issueFromDraft(
      { number: 2, year: '2026', from: '2026-04-01', to: '2026-06-30' },
      undefined,
      impressum,
    );
    expect(issue.texts).toEqual({ impressum });
    expect(issueLabel(issue)).toBe('Nr. 2/2026');
  });
});

function sources(): NewsletterSources {
  const activity = (id: string, date: string, title: string, extra = {}) => ({
    ...emptyActivity(date, 'aktart-01'),
    id,
    title,
    ...extra,
  });
  const contribution = (id: string, date: string, status: ContributionData['status'], activityId = '') => ({
    id,
    kind: 'contribution' as const,
    seriesId: 's1',
    title: `Beitrag ${id}`,
    organisationId: 'o1',
    date,
    startTime: '18:00',
    endTime: '',
    venue: 'Rathaussaal',
    address: '',
    accessibility: '',
    entryFee: '',
    registration: '',
    languages: [],
    targetGroup: '',
    shortText: '',
    contact: '',
    photoCredit: '',
    photoConsent: '',
    status,
    activityId,
    notes: '',
  });
  const offer = (
    id: string,
    consent: boolean,
    createdAt: string,
    changedAt: string,
  ): NewsletterSources['offers'][number] => ({
    id,
    kind: 'offer',
    organisationId: 'o1',
    title: `Angebot ${id}`,
    chapter: 'kapitel-01',
    description: '',
    targetGroup: '',
    languages: [],
    municipality: '',
    openingHours: '',
    cost: '',
    contact: '',
    checkedOn: '',
    publishConsent: consent satisfies OfferData['publishConsent'],
    notes: '',
    createdAt,
    changedAt,
  });
  return {
    activities: [
      activity('a-before', '2026-03-31', 'Vor dem Zeitraum'),
      activity('a-first', '2026-04-01', 'Netzwerktreffen Frühjahr', {
        municipality: 'gemeinde-01',
        organisationIds: ['o1'],
        startTime: '10:00',
      }),
      activity('a-mid', '2026-05-15', 'Elternabend Kita'),
      activity('a-last', '2026-06-30', 'Sommerfest'),
      activity('a-after', '2026-07-01', 'Nach dem Zeitraum'),
      activity('a-made', '2026-09-20', 'Aus Beitrag c-ok'),
      activity('a-own', '2026-08-05', 'Lotsenschulung'),
    ],
    contributions: [
      contribution('c-ok', '2026-09-20', 'freigegeben', 'a-made'),
      contribution('c-open', '2026-09-21', 'geprueft'),
      contribution('c-past', '2026-05-01', 'freigegeben'),
    ],
    series: [{ id: 's1', title: 'Interkulturelle Woche 2026' }],
    offers: [
      offer('f-new', true, '2026-05-02T08:00:00Z', '2026-05-02T08:00:00Z'),
      offer('f-upd', true, '2025-01-01T08:00:00Z', '2026-06-01T08:00:00Z'),
      offer('f-noconsent', false, '2026-05-02T08:00:00Z', '2026-05-02T08:00:00Z'),
      offer('f-old', true, '2025-01-01T08:00:00Z', '2025-02-01T08:00:00Z'),
    ],
    organisations: [{ id: 'o1', name: 'Caritas Harz' }],
    settings: {
      ...DEFAULT_SETTINGS,
      officeName: 'KI Harz',
      district: 'Landkreis Harz',
      lists: { ...DEFAULT_SETTINGS.lists, municipalities: [{ id: 'gemeinde-01', label: 'Halberstadt' }] },
    },
  };
}

const issue: NewsletterData = {
  kind: 'newsletter',
  number: 2,
  year: 2026,
  from: '2026-04-01',
  to: '2026-06-30',
  texts: {},
  excludedIds: [],
};

describe('newsletter lists', () => {
  it('Rückblick: exactly the activities of the period, both ends included, in order of day', () => {
    const { review } = newsletterLists(sources(), issue, TODAY);
    expect(review.map((e) => e.id)).toEqual(['a-first', 'a-mid', 'a-last']);
    expect(review[0]).toMatchObject({ where: 'Halberstadt · Caritas Harz', time: '10:00' });
  });

  it('Ankündigungen: approved contributions and own activities to come, a contribution made an activity once', () => {
    expect(announcementWindow(issue, '2026-06-01')).toEqual({ from: '2026-07-01', to: '2027-01-01' });
    expect(announcementWindow(issue, TODAY)).toEqual({ from: TODAY, to: '2027-01-10' });
    const { announcements } = newsletterLists(sources(), issue, TODAY);
    expect(announcements.map((e) => e.id)).toEqual(['a-own', 'c-ok']);
    expect(announcements[1]).toMatchObject({
      where: 'Rathaussaal · Caritas Harz',
      note: 'Interkulturelle Woche 2026',
    });
  });

  it('Angebote: offers whose provider consented, added or changed in the period', () => {
    const { offers } = newsletterLists(sources(), issue, TODAY);
    expect(offers.map((e) => [e.id, e.note])).toEqual([
      ['f-new', 'Aufenthalt und Einbürgerung · neu'],
      ['f-upd', 'Aufenthalt und Einbürgerung · aktualisiert'],
    ]);
  });
});

describe('newsletter document', () => {
  it('keeps the sections in order and leaves out empty ones and unticked entries', () => {
    const model = buildNewsletter(
      { ...sources(), offers: [] },
      {
        ...issue,
        texts: { thema: 'Sprachkurse\n\nim Landkreis', grusswort: '  ', impressum: 'Herausgeber: KI Harz' },
        excludedIds: ['a-mid', 'a-own', 'c-ok'],
      },
      { today: TODAY, language: 'de' },
    );
    expect(model.title).toBe('Newsletter Integration Nr. 2/2026');
    expect(model.period).toBe('01.04.2026 – 30.06.2026');
    // Grußwort (blank), Netzwerk, Beratung: no text; Angebote: no offers; Ankündigungen: all unticked.
    expect(model.sections.map((s) => s.title)).toEqual(['Thema', 'Rückblick', 'Impressum']);
    expect(model.sections[0]!.paragraphs).toEqual(['Sprachkurse', 'im Landkreis']);
    expect(model.sections[1]!.items.map((i) => [i.when, i.title, i.detail])).toEqual([
      ['01.04.2026, 10:00 Uhr', 'Netzwerktreffen Frühjahr', 'Halberstadt · Caritas Harz'],
      ['30.06.2026', 'Sommerfest', ''],
    ]);
  });

  it('as DOCX: the sections and the Rückblick read back by an independent reader', async () => {
    const model = buildNewsletter(
      sources(),
      { ...issue, texts: { grusswort: 'Liebe Leserinnen und Leser,' } },
      { today: TODAY, language: 'de' },
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await newsletterDocx(model)) });
    const lines = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('Newsletter Integration Nr. 2/2026');
    expect(lines.filter((l) => model.sections.some((s) => s.title === l))).toEqual([
      'Grußwort',
      'Angebote',
      'Rückblick',
      'Ankündigungen',
    ]);
    expect(lines).toContain('01.04.2026, 10:00 Uhr: Netzwerktreffen Frühjahr (Halberstadt · Caritas Harz)');
    expect(lines).toContain('15.05.2026: Elternabend Kita');
    expect(value).not.toContain('Vor dem Zeitraum');
    expect(value).not.toContain('Nach dem Zeitraum');
  });
});
