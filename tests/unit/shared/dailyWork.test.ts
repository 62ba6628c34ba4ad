import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../../shared/domain/categories';
import {
  draftToData,
  emptyInquiryDraft,
  inquiryDraftSchema,
  type Inquiry,
  type InquiryDraft,
} from '../../../shared/domain/inquiry';
import {
  EMPTY_FILTER,
  activeFilterCount,
  filterInquiries,
  sortInquiries,
} from '../../../shared/domain/inquiryFilter';
import {
  addEntry,
  countListUsage,
  moveEntry,
  removeEntry,
  renameEntry,
  setHidden,
  validateLabel,
} from '../../../shared/domain/lists';
import { draftFromTemplate, templateFromDraft } from '../../../shared/domain/template';
import { todayOverview } from '../../../shared/domain/todayOverview';
import type { Followup } from '../../../shared/domain/followup';

function inquiry(id: string, fields: Partial<Inquiry>): Inquiry {
  return {
    id,
    receivedAt: '2026-11-25T09:00:00.000Z',
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: id,
    notes: '',
    status: 'offen',
    createdAt: '',
    changedAt: '',
    ...fields,
  };
}

const draft: InquiryDraft = {
  ...emptyInquiryDraft(new Date('2026-11-25T09:00:00Z'), { channel: 'kanal-01', handledBy: 'person-a' }),
  requesterType: 'stelle-01',
  topics: ['thema-02'],
  subject: 'Praktikum',
  referrals: [' Jobcenter ', ''],
  minutes: 15,
};

describe('the complete inquiry', () => {
  it('is anonymous by default and keeps only filled optional fields', () => {
    const data = draftToData(draft, undefined, new Date('2026-11-25T09:05:00Z'), 'person-a');
    expect(data).not.toHaveProperty('requester');
    expect(data).not.toHaveProperty('municipality');
    expect(data).not.toHaveProperty('urgent');
    expect(data.referrals).toEqual(['Jobcenter']);
    expect(data.minutes).toBe(15);
    expect(data.handledBy).toBe('person-a');
    expect(data.history).toEqual([{ at: '2026-11-25T09:05:00.000Z', action: 'created', by: 'person-a' }]);
  });

  it('keeps a person only when a field is filled', () => {
    const empty = draftToData(
      { ...draft, requester: { name: ' ', organisation: '', contact: '' } },
      undefined,
      new Date(),
    );
    expect(empty).not.toHaveProperty('requester');
    const named = draftToData(
      { ...draft, requester: { name: ' Frau K. ', organisation: '', contact: '0391 123' } },
      undefined,
      new Date(),
    );
    expect(named.requester).toEqual({ name: 'Frau K.', organisation: '', contact: '0391 123' });
  });

  it('records the history: created, changed, closed, reopened', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 25, h));
    const created = draftToData(draft, undefined, t(9));
    const changed = draftToData({ ...draft, notes: 'x' }, created, t(10));
    const closed = draftToData({ ...draft, status: 'erledigt' }, changed, t(11));
    const reopened = draftToData({ ...draft, status: 'offen' }, closed, t(12));
    expect(reopened.history?.map((h) => h.action)).toEqual(['created', 'changed', 'closed', 'reopened']);
    expect(closed.closedAt).toBe(t(11).toISOString());
    expect(reopened.closedAt).toBeUndefined();
  });

  it('refuses negative or fractional minutes with German message keys', () => {
    const result = inquiryDraftSchema.safeParse({
      ...draft,
      referrals: [],
      minutes: -5,
      affectedPersons: 1.5,
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toEqual({ minutes: 'validation.notNegative', affectedPersons: 'validation.wholeNumber' });
  });
});

describe('templates', () => {
  it('keep the fields but never a person or the time', () => {
    const template = templateFromDraft(' Polizei – Unterstützung ', {
      ...draft,
      requester: { name: 'Herr X', organisation: '', contact: '' },
    });
    expect(template.name).toBe('Polizei – Unterstützung');
    expect(template.fields).not.toHaveProperty('requester');
    expect(template.fields).not.toHaveProperty('receivedAt');
    const now = new Date('2026-12-01T08:00:00Z');
    const fresh = draftFromTemplate(template, now);
    expect(fresh.receivedAt).toBe(now);
    expect(fresh.requester).toBeNull();
    expect(fresh.topics).toEqual(['thema-02']);
    expect(fresh.referrals).toEqual([' Jobcenter ', '']);
  });
});

describe('list filter and sort', () => {
  const list = [
    inquiry('a', {
      receivedAt: '2026-11-25T08:00:00.000Z',
      requesterType: 'stelle-02',
      topics: ['thema-01', 'thema-03'],
      urgent: true,
    }),
    inquiry('b', {
      receivedAt: '2026-11-20T08:00:00.000Z',
      requesterType: 'stelle-01',
      status: 'erledigt',
      municipality: 'g1',
    }),
    inquiry('c', {
      receivedAt: '2026-10-01T08:00:00.000Z',
      requesterType: 'stelle-02',
      handledBy: 'p1',
      subject: 'Ärger',
    }),
    inquiry('d', { receivedAt: '2026-11-23T00:30:00.000Z', subject: 'Anmeldung' }),
  ];
  const ids = (l: Inquiry[]) => l.map((i) => i.id);

  it('filters by each criterion and combines them', () => {
    expect(ids(filterInquiries(list, { ...EMPTY_FILTER, requesterTypes: ['stelle-02'] }))).toEqual([
      'a',
      'c',
    ]);
    expect(ids(filterInquiries(list, { ...EMPTY_FILTER, topics: ['thema-03'] }))).toEqual(['a']);
    expect(ids(filterInquiries(list, { ...EMPTY_FILTER, statuses: ['erledigt'] }))).toEqual(['b']);
    expect(ids(filterInquiries(list, { ...EMPTY_FILTER, municipalities: ['g1'] }))).toEqual(['b']);
    expect(ids(filterInquiries(list, { ...EMPTY_FILTER, handledBy: ['p1'] }))).toEqual(['c']);
    expect(ids(filterInquiries(list, { ...EMPTY_FILTER, urgentOnly: true }))).toEqual(['a']);
    expect(
      ids(filterInquiries(list, { ...EMPTY_FILTER, requesterTypes: ['stelle-02'], urgentOnly: true })),
    ).toEqual(['a']);
    expect(ids(filterInquiries(list, EMPTY_FILTER, ['b', 'd']))).toEqual(['b', 'd']);
  });

  it('filters a period of local days, both ends included', () => {
    const week = { ...EMPTY_FILTER, from: '2026-11-23', to: '2026-11-29' };
    const expected = ['a', 'd'].filter((id) => {
      const day = new Date(list.find((i) => i.id === id)!.receivedAt);
      return day >= new Date(2026, 10, 23) && day < new Date(2026, 10, 30);
    });
    expect(ids(filterInquiries(list, week))).toEqual(expected);
    expect(activeFilterCount(week)).toBe(1);
  });

  it('sorts by subject with German collation (Ä with A) and by status order', () => {
    const label = (_k: 'requesterType', id: string) => id;
    expect(ids(sortInquiries(list, { key: 'subject', direction: 'asc' }, label))).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
    expect(ids(sortInquiries(list, { key: 'status', direction: 'desc' }, label))[0]).toBe('b');
    expect(ids(sortInquiries(list, { key: 'receivedAt', direction: 'asc' }, label))).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
  });
});

describe('category lists', () => {
  it('add, rename, move and hide keep ids; delete refuses used entries', () => {
    let topics = addEntry(DEFAULT_TOPICS.slice(0, 2), 'Einbürgerung', 'thema-x');
    expect(topics.at(-1)).toEqual({ id: 'thema-x', label: 'Einbürgerung' });
    topics = renameEntry(topics, 'thema-x', 'Einbürgerung / Staatsangehörigkeit');
    topics = moveEntry(topics, 'thema-x', -1);
    expect(topics.map((e) => e.id)).toEqual(['thema-01', 'thema-x', 'thema-02']);
    topics = setHidden(topics, 'thema-01', true);
    expect(topics[0]).toEqual({ ...DEFAULT_TOPICS[0], hidden: true });
    expect(setHidden(topics, 'thema-01', false)[0]).toEqual(DEFAULT_TOPICS[0]);
    expect(removeEntry(topics, 'thema-01', 3)).toBe('inUse');
    expect(removeEntry(topics, 'thema-x', 0)).toHaveLength(2);
  });

  it('refuses empty and duplicate names (case-insensitive)', () => {
    expect(validateLabel(DEFAULT_TOPICS, '  ')).toBe('emptyLabel');
    expect(validateLabel(DEFAULT_TOPICS, 'gesundheit')).toBe('duplicateLabel');
    expect(validateLabel(DEFAULT_TOPICS, 'Gesundheit', 'thema-07')).toBeNull();
  });

  it('counts usage in inquiries and, for team members, in follow-ups', () => {
    const list = [inquiry('a', { topics: ['t1', 't2'], handledBy: 'p1' }), inquiry('b', { topics: ['t1'] })];
    expect(countListUsage('topics', list, [])).toEqual(
      new Map([
        ['t1', 2],
        ['t2', 1],
      ]),
    );
    expect(countListUsage('teamMembers', list, [{ assignee: 'p1' }, { assignee: 'p2' }])).toEqual(
      new Map([
        ['p1', 2],
        ['p2', 1],
      ]),
    );
  });
});

describe('Heute', () => {
  it('shows due follow-ups, today’s inquiries, urgent open ones and this week’s figures', () => {
    const now = new Date(2026, 10, 25, 15, 0); // Wednesday
    const today = new Date(2026, 10, 25, 9, 0).toISOString();
    const monday = new Date(2026, 10, 23, 9, 0).toISOString();
    const lastWeek = new Date(2026, 10, 20, 9, 0).toISOString();
    const inquiries = [
      inquiry('t', { receivedAt: today, minutes: 30 }),
      inquiry('m', { receivedAt: monday, minutes: 45, status: 'erledigt', closedAt: today }),
      inquiry('u', { receivedAt: lastWeek, urgent: true }),
      inquiry('x', { receivedAt: lastWeek, urgent: true, status: 'erledigt', closedAt: lastWeek }),
    ];
    const followups: Followup[] = [
      { id: 'o', title: 'alt', due: '2026-11-24', notes: '', status: 'offen', createdAt: '', changedAt: '' },
      {
        id: 'd',
        title: 'heute',
        due: '2026-11-25',
        notes: '',
        status: 'offen',
        createdAt: '',
        changedAt: '',
      },
      {
        id: 'l',
        title: 'später',
        due: '2026-12-24',
        notes: '',
        status: 'offen',
        createdAt: '',
        changedAt: '',
      },
    ];
    const overview = todayOverview(inquiries, followups, now);
    expect(overview.dueFollowups.map((f) => f.id)).toEqual(['o', 'd']);
    expect(overview.overdueCount).toBe(1);
    expect(overview.todaysInquiries.map((i) => i.id)).toEqual(['t']);
    expect(overview.urgentOpen.map((i) => i.id)).toEqual(['u']);
    expect(overview.week).toEqual({ inquiries: 2, closed: 1, minutes: 75, openFollowups: 3 });
  });
});
