// The Wegweiser's models from hand-made data: the consent filter (an offer without consent never
// reaches the guide, its address list or the HSDS export), chapter order, the yearly check at its
// twelve-month boundary, the HSDS shape, the review CSV read back, the form's rules and the demo.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE_CHAPTERS } from '../../../shared/domain/categories';
import { countListUsage } from '../../../shared/domain/lists';
import { demoRecords } from '../../../shared/demo/dataset';
import { guideDocument } from '../../../shared/outreach/guideDocument';
import { emptyOfferDraft, offerDraftSchema, offerDraftToData } from '../../../shared/outreach/guideForm';
import {
  guideHsds,
  HSDS_SERVICE_COLUMNS,
  hsdsServicesCsv,
  splitAddress,
} from '../../../shared/outreach/guideHsds';
import type { OfferData } from '../../../shared/outreach/guideRecords';
import {
  isReviewDue,
  reviewCsv,
  reviewList,
  type GuideOffer,
  type GuideOrganisation,
} from '../../../shared/outreach/guideReview';
import { outreachData } from '../../../shared/outreach/outreachRecords';

const ORGS: GuideOrganisation[] = [
  {
    id: 'o-caritas',
    name: 'Caritas Migrationsberatung',
    address: 'Domplatz 3, 38820 Halberstadt',
    phone: '03941 111',
    email: 'mbe@caritas.example',
    website: 'https://caritas.example',
  },
  {
    id: 'o-awo',
    name: 'AWO Begegnungsstätte',
    address: 'Wernigerode, Breite Straße 12',
    phone: '03943 222',
    email: 'awo@awo.example',
    website: '',
  },
  {
    id: 'o-tafel',
    name: 'Tafel Quedlinburg',
    address: 'Steinweg 1, 06484 Quedlinburg',
    phone: '03946 333',
    email: 'tafel@tafel.example',
    website: '',
  },
  { id: 'o-none', name: 'Bäckerei ohne Angebot', address: '', phone: '', email: '', website: '' },
];

const LISTS = {
  guideChapters: DEFAULT_GUIDE_CHAPTERS,
  municipalities: [
    { id: 'gemeinde-01', label: 'Halberstadt' },
    { id: 'gemeinde-02', label: 'Wernigerode' },
  ],
};

function offer(id: string, over: Partial<OfferData>): GuideOffer {
  return {
    id,
    kind: 'offer',
    organisationId: 'o-caritas',
    title: id,
    chapter: 'kapitel-01',
    description: '',
    targetGroup: '',
    languages: [],
    municipality: '',
    openingHours: '',
    cost: '',
    contact: '',
    checkedOn: '2026-01-10',
    publishConsent: true,
    notes: '',
    ...over,
  };
}

const OFFERS: GuideOffer[] = [
  // "Sprache" (kapitel-08) comes after "Wohnen" (kapitel-02) in the list, though entered first.
  offer('s1', {
    title: 'Sprachcafé',
    chapter: 'kapitel-08',
    organisationId: 'o-awo',
    languages: ['Deutsch', 'Arabisch'],
  }),
  offer('w2', { title: 'Wohnungssuche', chapter: 'kapitel-02', organisationId: 'o-awo' }),
  offer('w1', { title: 'Mietberatung', chapter: 'kapitel-02', municipality: 'gemeinde-01' }),
  offer('a1', { title: 'Migrationsberatung', chapter: 'kapitel-01', openingHours: 'Di 9–12 Uhr' }),
  // No consent: the Tafel has no other offer, so it must not be in the address list either.
  offer('t1', {
    title: 'Lebensmittelausgabe Geheim',
    chapter: 'kapitel-07',
    organisationId: 'o-tafel',
    publishConsent: false,
  }),
  offer('x1', { title: 'Ohne Kapitel', chapter: '' }),
];

describe('guide document', () => {
  const doc = guideDocument(OFFERS, ORGS, LISTS, 'Weitere Angebote');

  it('orders chapters as the list does, offers alphabetically within, unassigned last', () => {
    expect(doc.chapters.map((c) => c.label)).toEqual([
      'Aufenthalt und Einbürgerung',
      'Wohnen',
      'Sprache',
      'Weitere Angebote',
    ]);
    expect(doc.chapters[1]!.entries.map((e) => e.title)).toEqual(['Mietberatung', 'Wohnungssuche']);
    expect(doc.chapters[1]!.entries[0]!.municipality).toBe('Halberstadt');
    expect(doc.chapters[1]!.entries[1]!.municipality).toBe('');
  });

  it('leaves out offers without consent, and providers that have only such offers', () => {
    const titles = doc.chapters.flatMap((c) => c.entries.map((e) => e.title));
    expect(titles).not.toContain('Lebensmittelausgabe Geheim');
    expect(doc.chapters.map((c) => c.label)).not.toContain('Soziales');
    expect(doc.addresses.map((a) => a.name)).toEqual(['AWO Begegnungsstätte', 'Caritas Migrationsberatung']);
    expect(doc.offerCount).toBe(5);
    expect(JSON.stringify(doc)).not.toMatch(/Tafel|Geheim|Bäckerei/);
  });

  it('is empty when no provider consented', () => {
    const none = guideDocument(
      OFFERS.map((o) => ({ ...o, publishConsent: false })),
      ORGS,
      LISTS,
      'Weitere Angebote',
    );
    expect(none).toEqual({ chapters: [], addresses: [], offerCount: 0 });
  });
});

describe('Ist das noch aktuell?', () => {
  it('is due exactly twelve months after the last check, not a day earlier', () => {
    expect(isReviewDue({ checkedOn: '2025-03-10' }, '2026-03-10')).toBe(true);
    expect(isReviewDue({ checkedOn: '2025-03-11' }, '2026-03-10')).toBe(false);
    expect(isReviewDue({ checkedOn: '2025-03-09' }, '2026-03-10')).toBe(true);
    expect(isReviewDue({ checkedOn: '' }, '2026-03-10')).toBe(true);
    // End of February in a leap year: twelve months before 28.02.2025 is 28.02.2024.
    expect(isReviewDue({ checkedOn: '2024-02-28' }, '2025-02-28')).toBe(true);
    expect(isReviewDue({ checkedOn: '2024-02-29' }, '2025-02-28')).toBe(false);
  });

  const offers = [
    offer('fresh', { title: 'Frisch', checkedOn: '2026-01-01' }),
    offer('old', { title: 'Alt', checkedOn: '2024-05-01', organisationId: 'o-awo', contact: 'Frau Kaya' }),
    offer('never', { title: 'Nie geprüft', checkedOn: '', organisationId: 'o-tafel', publishConsent: false }),
    offer('edge', { title: 'Grenze', checkedOn: '2025-03-10' }),
  ];

  it('lists never-checked first, then the longest unchecked, with the provider’s contact', () => {
    const list = reviewList(offers, ORGS, '2026-03-10');
    expect(list.map((e) => e.offerTitle)).toEqual(['Nie geprüft', 'Alt', 'Grenze']);
    expect(list[1]).toMatchObject({
      organisation: 'AWO Begegnungsstätte',
      contact: 'Frau Kaya',
      email: 'awo@awo.example',
      phone: '03943 222',
      address: 'Wernigerode, Breite Straße 12',
    });
  });

  it('writes a CSV for a mail merge that reads back with its German header', () => {
    const csv = reviewCsv(reviewList(offers, ORGS, '2026-03-10'), 'de');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Organisation',
      'Ansprechpartner',
      'E-Mail',
      'Telefon',
      'Adresse',
      'Angebot',
      'zuletzt geprüft',
    ]);
    expect(rows[1]).toEqual([
      'Tafel Quedlinburg',
      '',
      'tafel@tafel.example',
      '03946 333',
      'Steinweg 1, 06484 Quedlinburg',
      'Nie geprüft',
      'nie',
    ]);
    expect(rows[2]?.[5]).toBe('Alt');
    expect(rows[2]?.[6]).toBe('01.05.2024');
    expect(rows).toHaveLength(4);
  });
});

describe('Open Referral HSDS export', () => {
  const hsds = guideHsds(OFFERS, ORGS, LISTS, 'Landkreis Harz');

  it('holds only consented offers and their providers', () => {
    expect(hsds.services.map((s) => s.name).sort()).toEqual(
      ['Migrationsberatung', 'Mietberatung', 'Ohne Kapitel', 'Sprachcafé', 'Wohnungssuche'].sort(),
    );
    expect(hsds.organizations.map((o) => o.id).sort()).toEqual(['o-awo', 'o-caritas']);
    expect(JSON.stringify(hsds)).not.toMatch(/Tafel|Geheim|o-tafel|Bäckerei/);
  });

  it('links services, locations, addresses, phones and languages by HSDS’s field names', () => {
    const service = hsds.services.find((s) => s.id === 'a1')!;
    expect(service).toEqual({
      id: 'a1',
      organization_id: 'o-caritas',
      name: 'Migrationsberatung',
      status: 'active',
      assured_date: '2026-01-10',
    });
    const location = hsds.locations.find((l) => l.organization_id === 'o-caritas')!;
    expect(location.location_type).toBe('physical');
    expect(hsds.service_at_location).toContainEqual({
      id: `a1-${location.id}`,
      service_id: 'a1',
      location_id: location.id,
    });
    expect(hsds.addresses.find((a) => a.location_id === location.id)).toMatchObject({
      address_1: 'Domplatz 3',
      postal_code: '38820',
      city: 'Halberstadt',
      country: 'DE',
      address_type: 'physical',
    });
    expect(hsds.phones).toContainEqual({
      id: 'o-caritas-telefon',
      organization_id: 'o-caritas',
      number: '03941 111',
    });
    expect(hsds.languages.filter((l) => l.service_id === 's1')).toEqual([
      { id: 's1-sprache-1', service_id: 's1', name: 'Deutsch', code: 'de' },
      { id: 's1-sprache-2', service_id: 's1', name: 'Arabisch', code: 'ar' },
    ]);
    expect(hsds.schedules).toEqual([{ id: 'a1-zeiten', service_id: 'a1', description: 'Di 9–12 Uhr' }]);
    // A Gemeinde, or the whole district.
    expect(hsds.service_areas.find((a) => a.service_id === 'w1')?.name).toBe('Halberstadt');
    expect(hsds.service_areas.find((a) => a.service_id === 'a1')?.name).toBe('Landkreis Harz');
    // Every row has a unique id, and every link points at a row that exists.
    const all = Object.values(hsds).flat() as Array<{ id: string }>;
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const serviceIds = new Set(hsds.services.map((s) => s.id));
    const orgIds = new Set(hsds.organizations.map((o) => o.id));
    const locationIds = new Set(hsds.locations.map((l) => l.id));
    for (const s of hsds.services) expect(orgIds).toContain(s.organization_id);
    for (const l of hsds.service_at_location) {
      expect(serviceIds).toContain(l.service_id);
      expect(locationIds).toContain(l.location_id);
    }
    for (const row of [...hsds.languages, ...hsds.schedules, ...hsds.service_areas])
      expect(serviceIds).toContain(row.service_id);
  });

  it('writes services.csv with HSDS’s column names, read back by papaparse', () => {
    const csv = hsdsServicesCsv(hsds);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...HSDS_SERVICE_COLUMNS]);
    expect(parsed.data).toHaveLength(5);
    expect(parsed.data.find((r) => r.id === 'a1')).toMatchObject({
      organization_id: 'o-caritas',
      name: 'Migrationsberatung',
      status: 'active',
      assured_date: '2026-01-10',
    });
  });

  it('splits a German one-line address as well as it can', () => {
    expect(splitAddress('Domplatz 3, 38820 Halberstadt')).toEqual({
      address_1: 'Domplatz 3',
      postal_code: '38820',
      city: 'Halberstadt',
    });
    expect(splitAddress('Quedlinburg, Marktstraße 12')).toEqual({
      address_1: 'Marktstraße 12',
      postal_code: '',
      city: 'Quedlinburg',
    });
    expect(splitAddress('Rathaus')).toEqual({ address_1: 'Rathaus', postal_code: '', city: '' });
  });
});

describe('offer form', () => {
  const schema = offerDraftSchema('2026-03-10');

  it('requires title and provider, with German message keys', () => {
    const result = schema.safeParse(emptyOfferDraft());
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      organisationId: 'guide.validation.providerRequired',
      title: 'guide.validation.titleRequired',
    });
  });

  it('refuses a check in the future and keeps a language typed twice once', () => {
    const draft = { ...emptyOfferDraft('o-1'), title: 'Sprachcafé', checkedOn: '2026-03-11' };
    expect(schema.safeParse(draft).error?.issues[0]?.message).toBe('guide.validation.checkedFuture');
    const ok = schema.parse({
      ...draft,
      checkedOn: '2026-03-10',
      languages: ['Deutsch', 'deutsch', 'Arabisch'],
    });
    const data = offerDraftToData(ok);
    expect(data.languages).toEqual(['Deutsch', 'Arabisch']);
    expect(outreachData.safeParse(data).success).toBe(true);
  });
});

describe('list usage', () => {
  it('counts offers’ chapters and Gemeinden, so a used entry is not deleted silently', () => {
    const offers = [offer('1', { municipality: 'gemeinde-01' }), offer('2', { chapter: 'kapitel-08' })];
    expect(countListUsage('guideChapters', [], [], { offers })).toEqual(
      new Map([
        ['kapitel-01', 1],
        ['kapitel-08', 1],
      ]),
    );
    expect(countListUsage('municipalities', [], [], { offers }).get('gemeinde-01')).toBe(1);
  });
});

describe('demo Wegweiser', () => {
  it('has fifteen valid offers in several chapters: one without consent, two unchecked for a year', () => {
    const now = new Date('2026-05-04T10:00:00');
    const { outreach } = demoRecords(now);
    const offers = outreach.map((r) => r.payload.data).filter((d): d is OfferData => d.kind === 'offer');
    expect(offers).toHaveLength(15);
    for (const o of offers) expect(outreachData.safeParse(o).success).toBe(true);
    expect(new Set(offers.map((o) => o.chapter)).size).toBeGreaterThanOrEqual(8);
    expect(offers.filter((o) => !o.publishConsent)).toHaveLength(1);
    expect(offers.filter((o) => isReviewDue(o, '2026-05-04'))).toHaveLength(2);
  });
});
