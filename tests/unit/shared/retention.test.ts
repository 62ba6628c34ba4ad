import { describe, expect, it } from 'vitest';
import { generateFollowups, generateInquiries, generateNetwork } from '../../../shared/demo/dataset';
import type { Inquiry, InquiryData } from '../../../shared/domain/inquiry';
import type { FollowupData } from '../../../shared/domain/followup';
import type { ActivityData, PersonData } from '../../../shared/domain/network';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';
import { computeDashboard, type DashboardQuery } from '../../../shared/stats/dashboard';
import {
  ANONYMISED,
  DEFAULT_RETENTION,
  findDue,
  planAnonymisation,
  type RetentionInput,
  type Stored,
} from '../../../shared/retention/retention';

const NOW = new Date('2026-11-27T10:00:00Z');
const meta = (at: string) => ({ createdAt: at, changedAt: at, deviceId: 'd-test', rev: 0 });

function person(
  id: string,
  data: Partial<PersonData>,
  changedAt = '2023-01-10T09:00:00.000Z',
): Stored<PersonData> {
  return {
    id,
    payload: {
      data: {
        firstName: 'Amira',
        lastName: 'Haddad',
        function: '',
        organisationId: '',
        phone: '0391 123456',
        mobile: '0170 123456',
        address: 'Bahnhofstr. 4, 29410 Salzwedel',
        email: 'amira@example.org',
        languages: ['Arabisch'],
        notes: 'Kontakt über Frau Weiß',
        consent: null,
        volunteer: null,
        ...data,
      },
      meta: meta(changedAt),
    },
  };
}

function inquiry(id: string, data: Partial<InquiryData>): Stored<InquiryData> {
  return {
    id,
    payload: {
      data: {
        receivedAt: '2023-03-01T09:00:00.000Z',
        channel: 'kanal-01',
        requesterType: 'stelle-01',
        topics: ['thema-01'],
        subject: 'Sprachkurs für Frau Haddad',
        notes: 'Telefon 0170 123456',
        status: 'erledigt',
        closedAt: '2023-03-05T09:00:00.000Z',
        municipality: 'gemeinde-02',
        minutes: 30,
        result: 'ergebnis-01',
        requester: { name: 'Amira Haddad', organisation: '', contact: '0170 123456' },
        ...data,
      },
      meta: meta('2023-03-05T09:00:00.000Z'),
    },
  };
}

describe('Löschfristen: what is due', () => {
  it('lists closed inquiries older than the rule, persons without link or consent, and long-inactive volunteers', () => {
    const input: RetentionInput = {
      inquiries: [
        inquiry('old-closed', {}),
        inquiry('recent-closed', { closedAt: '2025-06-01T09:00:00.000Z' }),
        inquiry('old-open', { status: 'offen', closedAt: undefined }),
        inquiry('links-linked', {
          receivedAt: '2026-10-01T09:00:00.000Z',
          closedAt: undefined,
          status: 'offen',
          requesterPersonId: 'p-linked',
        }),
        {
          ...inquiry('done-already', {}),
          payload: {
            ...inquiry('x', {}).payload,
            data: {
              ...inquiry('x', {}).payload.data,
              anonymisedAt: '2026-01-01T00:00:00.000Z',
            } as InquiryData,
          },
        },
      ],
      followups: [],
      persons: [
        person('p-alone', {}),
        person('p-recent', {}, '2026-01-10T09:00:00.000Z'),
        person('p-consent', { consent: { purpose: 'Newsletter', givenOn: '2022-01-01', withdrawnOn: '' } }),
        person('p-withdrawn', {
          consent: { purpose: 'Newsletter', givenOn: '2020-01-01', withdrawnOn: '2021-01-01' },
        }),
        person('p-org', { organisationId: 'o-1' }),
        person('p-linked', {}),
        person('v-old', {
          volunteer: {
            municipality: 'gemeinde-01',
            activeFrom: '2019-01-01',
            activeUntil: '2022-06-30',
            allowances: [],
          },
        }),
        person('v-active', {
          volunteer: {
            municipality: 'gemeinde-01',
            activeFrom: '2019-01-01',
            activeUntil: '',
            allowances: [],
          },
        }),
      ],
    };
    const due = findDue(input, DEFAULT_RETENTION, NOW);
    expect(due).toEqual([
      { rule: 'inquiries', table: 'inquiries', id: 'old-closed' },
      { rule: 'persons', table: 'persons', id: 'p-alone' },
      { rule: 'persons', table: 'persons', id: 'p-withdrawn' },
      { rule: 'volunteers', table: 'persons', id: 'v-old' },
    ]);
    // A longer rule makes fewer records due.
    expect(
      findDue(input, { ...DEFAULT_RETENTION, inquiryMonths: 60, personMonths: 60, volunteerMonths: 60 }, NOW),
    ).toEqual([]);
  });

  it('anonymises names, contact, requester, free text and subject; keeps statistics; logs counts and ids only', () => {
    const input: RetentionInput = {
      inquiries: [
        inquiry('old-closed', { requesterPersonId: 'p-alone', requesterOrgId: 'o-7', handledBy: 'team-01' }),
      ],
      followups: [
        {
          id: 'f-1',
          payload: {
            data: {
              title: 'Rückruf Frau Haddad',
              due: '2023-03-03',
              notes: 'Handy 0170',
              status: 'erledigt',
              inquiryId: 'old-closed',
            } as FollowupData,
            meta: meta('2023-03-01T09:00:00.000Z'),
          },
        },
      ],
      persons: [person('p-alone', { volunteer: null })],
    };
    const due = findDue(input, DEFAULT_RETENTION, NOW);
    const { writes, log } = planAnonymisation(input, due, NOW, 'd-test', false);
    const text = JSON.stringify(writes);
    for (const secret of [
      'Haddad',
      'Amira',
      '0170',
      '0391 123456',
      'Bahnhofstr',
      'Weiß',
      'Sprachkurs für',
      'amira@example.org',
      'Arabisch',
      'Rückruf',
    ]) {
      expect(text).not.toContain(secret);
    }
    const anonymised = writes.find((w) => w.id === 'old-closed')!.payload.data as InquiryData & {
      anonymisedAt: string;
    };
    expect(anonymised).toMatchObject({
      subject: ANONYMISED,
      notes: '',
      receivedAt: '2023-03-01T09:00:00.000Z',
      closedAt: '2023-03-05T09:00:00.000Z',
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      municipality: 'gemeinde-02',
      minutes: 30,
      result: 'ergebnis-01',
      requesterOrgId: 'o-7',
      handledBy: 'team-01',
      anonymisedAt: NOW.toISOString(),
    });
    expect(anonymised.requester).toBeUndefined();
    expect(anonymised.requesterPersonId).toBeUndefined();
    expect(writes.find((w) => w.id === 'old-closed')!.payload.meta.rev).toBe(1);
    expect(log).toEqual([
      {
        at: NOW.toISOString(),
        rule: 'inquiries',
        table: 'inquiries',
        count: 1,
        ids: ['old-closed'],
        automatic: false,
      },
      {
        at: NOW.toISOString(),
        rule: 'persons',
        table: 'persons',
        count: 1,
        ids: ['p-alone'],
        automatic: false,
      },
      {
        at: NOW.toISOString(),
        rule: 'inquiries',
        table: 'followups',
        count: 1,
        ids: ['f-1'],
        automatic: false,
      },
    ]);
    // Applying the plan makes nothing due again.
    const apply = <T>(records: ReadonlyArray<Stored<T>>) =>
      records.map((r) => {
        const w = writes.find((x) => x.id === r.id);
        return w ? ({ id: r.id, payload: w.payload } as Stored<T>) : r;
      });
    const after: RetentionInput = {
      inquiries: apply(input.inquiries),
      followups: apply(input.followups),
      persons: apply(input.persons),
    };
    expect(findDue(after, DEFAULT_RETENTION, NOW)).toEqual([]);
  });

  it('the dashboard of ten years gives identical figures before and after anonymisation', () => {
    const inquiries = generateInquiries(3000);
    const followups = generateFollowups(1200, inquiries);
    const network = generateNetwork(50, 200, 300);
    const activities = network.activities.map((a) => ({ id: a.id, ...(a.payload.data as ActivityData) }));
    const toInquiries = (records: ReadonlyArray<Stored<InquiryData>>): Inquiry[] =>
      records.map((r) => ({
        ...r.payload.data,
        id: r.id,
        createdAt: r.payload.meta.createdAt,
        changedAt: r.payload.meta.changedAt,
      }));
    const toFollowups = (records: ReadonlyArray<Stored<FollowupData>>) =>
      records.map((r) => ({ ...r.payload.data, id: r.id, createdAt: r.payload.meta.createdAt }));
    const queries: DashboardQuery[] = [
      { from: '2016-12-01', to: '2026-11-27', grouping: 'year', stackBy: 'topics', filter: EMPTY_FILTER },
      {
        from: '2020-01-01',
        to: '2020-12-31',
        grouping: 'month',
        stackBy: 'requesterType',
        filter: EMPTY_FILTER,
      },
      {
        from: '2024-01-01',
        to: '2024-03-31',
        grouping: 'week',
        stackBy: 'topics',
        filter: { ...EMPTY_FILTER, municipalities: ['gemeinde-01'] },
      },
    ];
    const before = queries.map((q) =>
      computeDashboard(toInquiries(inquiries), activities, toFollowups(followups), {
        ...q,
        filter: { ...q.filter },
      }),
    );

    const input: RetentionInput = { inquiries, followups, persons: [] };
    const due = findDue(input, DEFAULT_RETENTION, NOW);
    expect(due.length).toBeGreaterThan(2000);
    const { writes } = planAnonymisation(input, due, NOW, 'd-test', true);
    const byId = new Map(writes.map((w) => [w.id, w]));
    const after = <T>(records: ReadonlyArray<Stored<T>>) =>
      records.map((r) =>
        byId.has(r.id) ? ({ id: r.id, payload: byId.get(r.id)!.payload } as Stored<T>) : r,
      );
    const anonymisedInquiries = after(inquiries);
    expect(anonymisedInquiries.filter((r) => r.payload.data.subject === ANONYMISED).length).toBe(due.length);
    const afterModels = queries.map((q) =>
      computeDashboard(toInquiries(anonymisedInquiries), activities, toFollowups(after(followups)), {
        ...q,
        filter: { ...q.filter },
      }),
    );
    expect(afterModels).toEqual(before);
    expect(before[0]!.totals.inquiries).toBe(3000);
  });
});
