import { describe, expect, it } from 'vitest';
import type { InquiryData } from '../../../shared/domain/inquiry';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import {
  emptyActivity,
  emptyOrganisation,
  emptyPerson,
  partnerCounts,
  type ActivityData,
  type OrganisationData,
  type PersonData,
} from '../../../shared/domain/network';
import {
  OrganisationStillLinkedError,
  hasLinks,
  organisationLinks,
  planOrganisationRemoval,
  planReferralLinks,
  referralTextsNaming,
  type OrganisationRecords,
} from '../../../shared/domain/organisationMerge';
import type { InquiryTemplateData } from '../../../shared/domain/template';
import { computeDashboard } from '../../../shared/stats/dashboard';
import type { Write } from '../../../shared/retention/retention';

const NOW = new Date('2026-11-27T10:00:00Z');
const meta = {
  createdAt: '2024-01-10T09:00:00.000Z',
  changedAt: '2024-01-10T09:00:00.000Z',
  deviceId: 'd',
  rev: 0,
};
const stored = <T>(id: string, data: T) => ({ id, payload: { data, meta } });

const org = (id: string, data: Partial<OrganisationData>) => stored(id, { ...emptyOrganisation(), ...data });
const person = (id: string, data: Partial<PersonData>) =>
  stored(id, { ...emptyPerson(), lastName: id, ...data });
const activity = (id: string, data: Partial<ActivityData>) =>
  stored(id, { ...emptyActivity('2025-05-05', 'aktivitaet-01'), title: id, ...data });
const inquiry = (id: string, data: Partial<InquiryData>) =>
  stored<InquiryData>(id, {
    receivedAt: '2025-03-01T09:00:00.000Z',
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: id,
    notes: '',
    status: 'offen',
    ...data,
  });
const template = (id: string, referralOrgIds: string[]) =>
  stored<InquiryTemplateData>(id, {
    name: id,
    fields: {
      channel: '',
      requesterType: '',
      topics: [],
      subject: '',
      notes: '',
      status: 'offen',
      targetGroup: '',
      municipality: '',
      result: '',
      referrals: [],
      minutes: null,
      handledBy: '',
      urgent: false,
      affectedPersons: null,
      referralOrgIds,
      fieldOfAction: '',
    },
  });

/** Two records of the same Caritas office ("dup" entered later by mistake) and the Jobcenter. */
function dataset(): OrganisationRecords {
  return {
    organisations: [
      org('caritas', { name: 'Caritas Salzwedel', memberSince: '2019-04-01', offers: ['thema-01'] }),
      org('dup', {
        name: 'Caritas Salzwedel e.V.',
        phone: '03901 123',
        memberSince: '2016-02-01',
        offers: ['thema-02'],
      }),
      org('jobcenter', { name: 'Jobcenter Altmarkkreis', memberSince: '2015-01-01' }),
    ],
    persons: [person('weiss', { organisationId: 'dup' }), person('kaya', { organisationId: 'caritas' })],
    inquiries: [
      inquiry('i1', { referralOrgIds: ['caritas'] }),
      inquiry('i2', { referralOrgIds: ['dup'] }),
      // Referred to both records: after the merge it is one referral, not two.
      inquiry('i3', { referralOrgIds: ['dup', 'caritas', 'jobcenter'] }),
      inquiry('i4', { requesterOrgId: 'dup', referralOrgIds: ['jobcenter'] }),
      inquiry('i5', { referrals: ['Jobcenter'] }),
    ],
    activities: [
      activity('a1', { organisationIds: ['dup', 'jobcenter'] }),
      activity('a2', { organisationIds: ['caritas', 'dup'] }),
    ],
    templates: [template('t1', ['dup'])],
    organised: [
      {
        table: 'funding',
        id: 'ap1',
        payload: { data: { kind: 'application', organisationId: 'dup' }, meta },
      },
      {
        table: 'outreach',
        id: 'c1',
        payload: { data: { kind: 'contribution', organisationId: 'dup' }, meta },
      },
      { table: 'outreach', id: 'o1', payload: { data: { kind: 'offer', organisationId: 'dup' }, meta } },
      { table: 'outreach', id: 'o2', payload: { data: { kind: 'offer', organisationId: 'caritas' }, meta } },
    ],
  };
}

/** The records after the writes and the removal, as the store would hold them. */
function applied(
  records: OrganisationRecords,
  writes: readonly Write[],
  removed: string,
): OrganisationRecords {
  const byKey = new Map(writes.map((w) => [`${w.table}|${w.id}`, w.payload]));
  const apply = <T>(
    table: string,
    list: ReadonlyArray<{ id: string; payload: { data: T; meta: typeof meta } }>,
  ) =>
    list
      .filter((r) => !(table === 'organisations' && r.id === removed))
      .map((r) =>
        byKey.has(`${table}|${r.id}`)
          ? { id: r.id, payload: byKey.get(`${table}|${r.id}`) as typeof r.payload }
          : r,
      );
  return {
    organisations: apply('organisations', records.organisations),
    persons: apply('persons', records.persons),
    inquiries: apply('inquiries', records.inquiries),
    activities: apply('activities', records.activities),
    templates: apply('templates', records.templates),
    organised: records.organised.map((r) =>
      byKey.has(`${r.table}|${r.id}`)
        ? { ...r, payload: byKey.get(`${r.table}|${r.id}`) as typeof r.payload }
        : r,
    ),
  };
}

const referralsPerPartner = (records: OrganisationRecords) => {
  const model = computeDashboard(
    records.inquiries.map((r) => ({
      ...r.payload.data,
      id: r.id,
      createdAt: meta.createdAt,
      changedAt: meta.changedAt,
    })),
    records.activities.map((r) => ({ ...r.payload.data, id: r.id })),
    [],
    { from: '2025-01-01', to: '2025-12-31', grouping: 'month', stackBy: 'topics', filter: EMPTY_FILTER },
  );
  return Object.fromEntries(model.partnerReferrals.map((r) => [r.orgId, r.count]));
};

const partners = (records: OrganisationRecords, from: string, to: string) => {
  const orgs = records.organisations.map((o) => ({ ...o.payload.data, id: o.id, createdAt: meta.createdAt }));
  const counts = partnerCounts(orgs, { from, to });
  return { partners: counts.partners.length, newPartners: counts.newPartners };
};

describe('merging organisations', () => {
  it('counts the links that move', () => {
    expect(organisationLinks('dup', dataset())).toEqual({
      persons: 1,
      requested: 1,
      referred: 2,
      activities: 2,
      applications: 1,
      contributions: 1,
      offers: 1,
    });
    expect(hasLinks(organisationLinks('jobcenter', { ...dataset(), inquiries: [], activities: [] }))).toBe(
      false,
    );
  });

  it('moves persons, inquiries (requester and referral), activities and templates to the kept one', () => {
    const records = dataset();
    const after = applied(records, planOrganisationRemoval('dup', 'caritas', records, NOW, 'd2'), 'dup');
    expect(organisationLinks('dup', after)).toEqual({
      persons: 0,
      requested: 0,
      referred: 0,
      activities: 0,
      applications: 0,
      contributions: 0,
      offers: 0,
    });
    // The funding application, the contribution and the offer name the kept organisation now.
    expect(organisationLinks('caritas', after)).toMatchObject({
      applications: 1,
      contributions: 1,
      offers: 2,
    });
    expect(after.organisations.map((o) => o.id)).toEqual(['caritas', 'jobcenter']);
    const data = (list: ReadonlyArray<{ id: string; payload: { data: unknown } }>, id: string) =>
      list.find((r) => r.id === id)!.payload.data;
    expect(data(after.persons, 'weiss')).toMatchObject({ organisationId: 'caritas' });
    expect(data(after.inquiries, 'i3')).toMatchObject({ referralOrgIds: ['caritas', 'jobcenter'] });
    expect(data(after.inquiries, 'i4')).toMatchObject({ requesterOrgId: 'caritas' });
    expect(data(after.activities, 'a2')).toMatchObject({ organisationIds: ['caritas'] });
    expect(data(after.templates, 't1')).toMatchObject({ fields: { referralOrgIds: ['caritas'] } });
    // The kept record keeps its name, takes the empty phone, both offers and the earlier "Im Netzwerk seit".
    expect(data(after.organisations, 'caritas')).toMatchObject({
      name: 'Caritas Salzwedel',
      phone: '03901 123',
      offers: ['thema-01', 'thema-02'],
      memberSince: '2016-02-01',
    });
  });

  it('keeps the figures right: referrals per partner and partner counts after the merge', () => {
    const records = dataset();
    expect(referralsPerPartner(records)).toEqual({ caritas: 2, dup: 2, jobcenter: 2 });
    const after = applied(records, planOrganisationRemoval('dup', 'caritas', records, NOW, 'd2'), 'dup');
    // i1, i2, i3 referred to Caritas (i3 to both records: once).
    expect(referralsPerPartner(after)).toEqual({ caritas: 3, jobcenter: 2 });
    expect(partners(records, '2016-01-01', '2016-12-31')).toEqual({ partners: 2, newPartners: 1 });
    // One partner fewer, and Caritas is a partner since 2016, not new in 2019.
    expect(partners(after, '2016-01-01', '2016-12-31')).toEqual({ partners: 2, newPartners: 1 });
    expect(partners(after, '2019-01-01', '2019-12-31')).toEqual({ partners: 2, newPartners: 0 });
    expect(partners(after, '2025-01-01', '2025-12-31')).toEqual({ partners: 2, newPartners: 0 });
  });

  it('refuses to merge an organisation into itself or into one that does not exist', () => {
    expect(() => planOrganisationRemoval('dup', 'dup', dataset(), NOW, 'd')).toThrow();
    expect(() => planOrganisationRemoval('dup', 'gone', dataset(), NOW, 'd')).toThrow();
  });
});

describe('deleting an organisation', () => {
  it('is refused while persons, inquiries or activities link to it', () => {
    expect(() => planOrganisationRemoval('dup', null, dataset(), NOW, 'd')).toThrow(
      OrganisationStillLinkedError,
    );
  });
  it('is refused while a contribution, a Wegweiser offer or an advised application names it', () => {
    const bare = { ...dataset(), persons: [], inquiries: [], activities: [] };
    for (const kept of bare.organised.filter((r) => r.payload.data.organisationId === 'dup'))
      expect(() => planOrganisationRemoval('dup', null, { ...bare, organised: [kept] }, NOW, 'd')).toThrow(
        OrganisationStillLinkedError,
      );
  });
  it('without links deletes it; a template only drops it', () => {
    const records: OrganisationRecords = {
      ...dataset(),
      persons: [],
      inquiries: [],
      activities: [],
      organised: [],
    };
    const writes = planOrganisationRemoval('dup', null, records, NOW, 'd');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      table: 'templates',
      id: 't1',
      payload: { data: { fields: { referralOrgIds: [] } } },
    });
  });
});

describe('linking free-text referrals to an organisation recorded later', () => {
  const inquiries = [
    inquiry('a', { referrals: ['Migrationsberatung Caritas Salzwedel', 'Ausländerbehörde'] }),
    inquiry('b', {
      referrals: ['migrationsberatung  caritas salzwedel e.V.'],
      referralOrgIds: ['jobcenter'],
    }),
    inquiry('c', { referrals: ['Migrationsberatung Caritas'] }),
    inquiry('d', { referrals: ['Migrationsberatung Caritas Salzwedel'] }),
  ];
  const target = { id: 'mbe', name: 'Migrationsberatung Caritas Salzwedel' };

  it('finds the inquiries that name it, whatever the case, spacing or legal form', () => {
    const found = referralTextsNaming(
      target.name,
      inquiries.map((r) => ({ id: r.id, ...r.payload.data })),
    );
    expect(found.inquiryIds).toEqual(['a', 'b', 'd']);
    expect(found.texts).toEqual([
      'Migrationsberatung Caritas Salzwedel',
      'migrationsberatung  caritas salzwedel e.V.',
    ]);
  });

  it('moves the text to a partner link, so it counts once as a partner referral', () => {
    const writes = planReferralLinks(target, inquiries, NOW, 'd');
    const data = (id: string) => writes.find((w) => w.id === id)!.payload.data as InquiryData;
    expect(writes.map((w) => w.id)).toEqual(['a', 'b', 'd']);
    expect(data('a')).toMatchObject({ referrals: ['Ausländerbehörde'], referralOrgIds: ['mbe'] });
    expect(data('b').referralOrgIds).toEqual(['jobcenter', 'mbe']);
    expect(data('d').referrals).toBeUndefined();
    const records = {
      ...dataset(),
      inquiries: inquiries.map((r) =>
        writes.find((w) => w.id === r.id)
          ? { id: r.id, payload: writes.find((w) => w.id === r.id)!.payload as typeof r.payload }
          : r,
      ),
    };
    const model = computeDashboard(
      records.inquiries.map((r) => ({
        ...r.payload.data,
        id: r.id,
        createdAt: meta.createdAt,
        changedAt: meta.changedAt,
      })),
      [],
      [],
      { from: '2025-01-01', to: '2025-12-31', grouping: 'month', stackBy: 'topics', filter: EMPTY_FILTER },
    );
    expect(model.partnerReferrals.find((r) => r.orgId === 'mbe')?.count).toBe(3);
    expect(model.freeTextReferrals).toBe(2); // "Ausländerbehörde" and "Migrationsberatung Caritas"
  });
});
