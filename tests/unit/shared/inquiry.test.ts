import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS, selectableEntries, labelOf } from '../../../shared/domain/categories';
import {
  draftToData,
  emptyInquiryDraft,
  inquiryDraftSchema,
  compareNewestFirst,
  closedInquiryData,
  withTypedReferral,
  type Inquiry,
} from '../../../shared/domain/inquiry';
import { nextMeta } from '../../../shared/domain/recordMeta';
import { checkNewPassword, unlockDelayMs } from '../../../shared/domain/password';

const base = {
  ...emptyInquiryDraft(new Date('2026-05-04T08:00:00Z'), { channel: 'kanal-01' }),
  requesterType: 'stelle-01',
  topics: ['thema-02'],
  subject: 'Ausbildungsplatz',
};

describe('inquiry rules', () => {
  it('records the closing date when the status becomes "erledigt", and keeps it on later edits', () => {
    const open = draftToData(base, undefined, new Date('2026-05-04T08:05:00Z'));
    expect(open.closedAt).toBeUndefined();
    const closed = draftToData({ ...base, status: 'erledigt' }, open, new Date('2026-05-06T10:00:00Z'));
    expect(closed.closedAt).toBe('2026-05-06T10:00:00.000Z');
    const edited = draftToData(
      { ...base, status: 'erledigt', notes: 'Nachtrag' },
      closed,
      new Date('2026-06-01T10:00:00Z'),
    );
    expect(edited.closedAt).toBe('2026-05-06T10:00:00.000Z');
    const reopened = draftToData({ ...base, status: 'offen' }, edited, new Date('2026-06-02T10:00:00Z'));
    expect(reopened.closedAt).toBeUndefined();
  });

  it('validates with German message keys at the right fields', () => {
    const result = inquiryDraftSchema.safeParse({ ...base, subject: '  ', topics: [], requesterType: '' });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toEqual({
      subject: 'validation.subjectRequired',
      topics: 'validation.topicRequired',
      requesterType: 'validation.required',
    });
  });

  it('sorts newest first', () => {
    const mk = (id: string, receivedAt: string) => ({ id, receivedAt }) as Inquiry;
    const sorted = [
      mk('a', '2026-01-01T00:00:00Z'),
      mk('b', '2026-03-01T00:00:00Z'),
      mk('c', '2026-02-01T00:00:00Z'),
    ].sort(compareNewestFirst);
    expect(sorted.map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps the change clock: created once, changed and revision on every save', () => {
    const first = nextMeta(undefined, new Date('2026-01-01T10:00:00Z'), 'd-1');
    const second = nextMeta(first, new Date('2026-01-02T10:00:00Z'), 'd-2');
    expect(first).toMatchObject({ createdAt: '2026-01-01T10:00:00.000Z', rev: 0, deviceId: 'd-1' });
    expect(second).toMatchObject({
      createdAt: '2026-01-01T10:00:00.000Z',
      changedAt: '2026-01-02T10:00:00.000Z',
      rev: 1,
      deviceId: 'd-2',
    });
  });

  it('offers hidden categories only where they are already chosen', () => {
    const entries = DEFAULT_TOPICS.map((e, i) => (i === 0 ? { ...e, hidden: true } : e));
    expect(selectableEntries(entries).some((e) => e.id === 'thema-01')).toBe(false);
    expect(selectableEntries(entries, ['thema-01']).some((e) => e.id === 'thema-01')).toBe(true);
    expect(labelOf(entries, 'thema-01')).toBe('Sprache / Sprachkurs');
  });
});

describe('password rules', () => {
  it.each([
    ['kurz', 'kurz', 4, 'tooShort'],
    ['passwortpasswort', 'passwortpasswort', 1, 'weak'],
    ['Lindenblüte-Nebel-7319', 'Lindenblüte-Nebel-7318', 4, 'mismatch'],
    ['Lindenblüte-Nebel-7319', 'Lindenblüte-Nebel-7319', 4, null],
  ] as const)('%s → %s', (pw, repeat, score, problem) => {
    expect(checkNewPassword(pw, repeat, score)).toBe(problem);
  });

  it('waits 1, 2, 4 … seconds after failures, at most one minute', () => {
    expect([0, 1, 2, 3, 10].map(unlockDelayMs)).toEqual([0, 1000, 2000, 4000, 60000]);
  });
});

describe('closing in one step and text still typed when saving', () => {
  const now = new Date('2026-03-02T09:15:00Z');
  const draft = { ...emptyInquiryDraft(now, { channel: 'kanal-01' }), subject: 'Frage' };

  it('closes with the closing date and one history entry, and leaves a closed inquiry as it is', () => {
    const open = draftToData(draft, undefined, now);
    const later = new Date('2026-03-04T08:00:00Z');
    const closed = closedInquiryData(open, later, 'team-01');
    expect([closed.status, closed.closedAt]).toEqual(['erledigt', later.toISOString()]);
    expect(closed.history?.map((h) => [h.action, h.by])).toEqual([
      ['created', undefined],
      ['closed', 'team-01'],
    ]);
    expect(closedInquiryData(closed, new Date('2026-03-05T08:00:00Z'), 'team-02')).toBe(closed);
  });

  it('keeps the typed referral as free text, once', () => {
    expect(withTypedReferral(draft, '  Jobcenter  ').referrals).toEqual(['Jobcenter']);
    expect(withTypedReferral({ ...draft, referrals: ['Jobcenter'] }, 'Jobcenter').referrals).toEqual([
      'Jobcenter',
    ]);
    expect(withTypedReferral(draft, '   ')).toBe(draft);
  });
});
