import { describe, expect, it } from 'vitest';
import {
  allowanceTotal,
  isActiveVolunteer,
  isLikelyDuplicate,
  lastContacts,
  monthsOverCap,
  partnersToContact,
  personDraftSchema,
  recurringDays,
  seriesOccurrence,
  volunteerMeetings,
  emptyActivity,
  emptyPerson,
  DEFAULT_ALLOWANCE_CAP_CENTS,
} from '../../../shared/domain/network';

describe('allowance cap (Aufwandsentschädigung)', () => {
  const allowances = [
    { month: '2026-01', amountCents: 150_00 },
    { month: '2026-01', amountCents: 60_00 },
    { month: '2026-02', amountCents: 200_00 },
    { month: '2025-12', amountCents: 250_00 },
  ];
  it('warns for months above the cap (default 200 €), not at it', () => {
    expect(DEFAULT_ALLOWANCE_CAP_CENTS).toBe(200_00);
    expect(monthsOverCap(allowances, DEFAULT_ALLOWANCE_CAP_CENTS)).toEqual(['2025-12', '2026-01']);
    expect(monthsOverCap(allowances, 300_00)).toEqual([]);
  });
  it('totals a year', () => {
    expect(allowanceTotal(allowances, 2026)).toBe(410_00);
    expect(allowanceTotal(allowances, 2025)).toBe(250_00);
  });
});

describe('volunteers', () => {
  it('are active between their from and until days', () => {
    const p = {
      ...emptyPerson(),
      lastName: 'K',
      volunteer: { municipality: '', activeFrom: '2025-03-01', activeUntil: '2026-06-30', allowances: [] },
    };
    expect(isActiveVolunteer(p, '2025-02-28')).toBe(false);
    expect(isActiveVolunteer(p, '2026-06-30')).toBe(true);
    expect(isActiveVolunteer(p, '2026-07-01')).toBe(false);
    expect(isActiveVolunteer({ ...p, volunteer: null }, '2026-01-01')).toBe(false);
  });
  it('need a name, and consent needs a purpose', () => {
    expect(personDraftSchema.safeParse(emptyPerson()).success).toBe(false);
    const consent = { purpose: '', givenOn: '2026-01-05', withdrawnOn: '' };
    const r = personDraftSchema.safeParse({ ...emptyPerson(), lastName: 'K', consent });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('validation.consentPurpose');
  });
});

describe('activities', () => {
  it('create a recurring series', () => {
    expect(recurringDays('2026-01-15', 'monthly', 4)).toEqual([
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
      '2026-04-15',
    ]);
    expect(recurringDays('2026-01-31', 'monthly', 2)).toEqual(['2026-01-31', '2026-02-28']);
    expect(recurringDays('2026-03-26', 'weekly', 3)).toEqual(['2026-03-26', '2026-04-02', '2026-04-09']);
    expect(recurringDays('2026-03-26', 'biweekly', 2)).toEqual(['2026-03-26', '2026-04-09']);
    expect(recurringDays('2026-03-26', 'none', 5)).toEqual(['2026-03-26']);
  });
});

describe('network care', () => {
  it('lists partners without contact for N months, never-contacted first, then oldest', () => {
    const orgs = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    const last = lastContacts(
      [
        { receivedAt: new Date(2026, 0, 10, 10).toISOString(), requesterOrgId: 'a' },
        { receivedAt: new Date(2026, 10, 1, 10).toISOString(), referralOrgIds: ['b'] },
      ],
      [{ date: '2025-05-01', organisationIds: ['c'] }],
      '2026-11-27',
    );
    expect(last).toEqual(
      new Map([
        ['a', '2026-01-10'],
        ['b', '2026-11-01'],
        ['c', '2025-05-01'],
      ]),
    );
    const due = partnersToContact(orgs, last, new Date(2026, 10, 27), 6);
    expect(due.map((x) => [x.organisation.id, x.lastContact])).toEqual([
      ['d', undefined],
      ['c', '2025-05-01'],
      ['a', '2026-01-10'],
    ]);
  });
});

describe('last contact by an inquiry', () => {
  it('counts up to the end of today in local time, and reads an instant in any ISO spelling', () => {
    const last = lastContacts(
      [
        { receivedAt: new Date(2026, 10, 27, 23, 59).toISOString(), requesterOrgId: 'a' },
        { receivedAt: new Date(2026, 10, 28, 0, 0).toISOString(), requesterOrgId: 'a' },
        { receivedAt: new Date(2026, 10, 28, 0, 0).toISOString(), requesterOrgId: 'b' },
        // The same instant as a local 3 March, 09:30, spelled with its offset instead of "Z".
        { receivedAt: offsetSpelling(new Date(2026, 2, 3, 9, 30)), referralOrgIds: ['c'] },
        { receivedAt: new Date(2026, 2, 2, 9, 30).toISOString(), referralOrgIds: ['c'] },
      ],
      [],
      '2026-11-27',
    );
    expect(last).toEqual(
      new Map([
        ['a', '2026-11-27'],
        ['c', '2026-03-03'],
      ]),
    );
  });
});

/** "2026-03-03T09:30:00+01:00": the local time with the zone's offset. */
function offsetSpelling(date: Date): string {
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:` +
    `${two(date.getMinutes())}:00${sign}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`
  );
}

describe('duplicates', () => {
  const base = { firstName: 'Anna', lastName: 'Müller', email: '', organisationName: 'Jobcenter Harz' };
  it('same e-mail (any case) or same name at the same organisation', () => {
    expect(
      isLikelyDuplicate(
        { ...base, email: 'A.Mueller@jc.de' },
        { ...base, firstName: 'X', email: 'a.mueller@jc.de' },
      ),
    ).toBe(true);
    expect(isLikelyDuplicate(base, { ...base, firstName: ' anna ' })).toBe(true);
    expect(isLikelyDuplicate(base, { ...base, organisationName: 'Caritas' })).toBe(false);
    expect(
      isLikelyDuplicate({ ...base, firstName: '', lastName: '' }, { ...base, firstName: '', lastName: '' }),
    ).toBe(false);
  });
});

describe('planned activities (dates after today)', () => {
  const today = '2026-11-27';
  it('are not a "Letzter Kontakt": only what happened on or before today counts', () => {
    const last = lastContacts(
      [{ receivedAt: new Date(2027, 0, 5, 10).toISOString(), requesterOrgId: 'a' }],
      [
        { date: '2026-11-02', organisationIds: ['a'] },
        { date: '2026-11-27', organisationIds: ['b'] },
        { date: '2027-11-02', organisationIds: ['a', 'b', 'c'] },
      ],
      today,
    );
    expect(last).toEqual(
      new Map([
        ['a', '2026-11-02'],
        ['b', '2026-11-27'],
      ]),
    );
    // So Netzwerkpflege still lists them once their real last contact is old enough.
    const due = partnersToContact([{ id: 'a' }, { id: 'c' }], last, new Date(2027, 6, 1), 6);
    expect(due.map((x) => [x.organisation.id, x.lastContact])).toEqual([
      ['c', undefined],
      ['a', '2026-11-02'],
    ]);
  });

  it('are not yet attended by the volunteers named on them', () => {
    const { lastMeeting, meetingsThisYear } = volunteerMeetings(
      [
        { date: '2025-12-01', volunteerIds: ['v1'] },
        { date: '2026-03-01', volunteerIds: ['v1', 'v2'] },
        { date: '2026-11-27', volunteerIds: ['v1'] },
        { date: '2026-12-01', volunteerIds: ['v1', 'v3'] },
      ],
      today,
    );
    expect(lastMeeting).toEqual(
      new Map([
        ['v1', '2026-11-27'],
        ['v2', '2026-03-01'],
      ]),
    );
    expect(meetingsThisYear).toEqual(
      new Map([
        ['v1', 2],
        ['v2', 1],
      ]),
    );
  });

  it('of a series get no participant count copied from the first date', () => {
    const draft = { ...emptyActivity('2026-11-02', 'aktart-01'), title: 'Netzwerktreffen', participants: 14 };
    const dates = recurringDays('2026-10-05', 'monthly', 3);
    expect(dates.map((d) => [d, seriesOccurrence(draft, d, today).participants])).toEqual([
      ['2026-10-05', 14],
      ['2026-11-05', 14],
      ['2026-12-05', null],
    ]);
    expect(seriesOccurrence(draft, '2026-12-05', today)).toMatchObject({
      date: '2026-12-05',
      title: 'Netzwerktreffen',
    });
  });
});
