import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { followupsToIcal } from '../../../shared/codecs/ical';
import {
  dayRangeToInstants,
  isValidDay,
  localDayOf,
  quickDueDay,
  toDay,
} from '../../../shared/domain/calendarDay';
import {
  dueFollowups,
  filterByAssignee,
  groupFollowups,
  markDone,
  reopen,
  type Followup,
} from '../../../shared/domain/followup';

function followup(id: string, due: string, extra: Partial<Followup> = {}): Followup {
  return { id, title: `WV ${id}`, due, notes: '', status: 'offen', createdAt: '', changedAt: '', ...extra };
}

// Wednesday, 25 November 2026, 10:00 local time (ISO week 48: Mon 23.11. – Sun 29.11.)
const NOW = new Date(2026, 10, 25, 10, 0, 0);

describe('follow-up due dates', () => {
  it('offers tomorrow, one week and two weeks as quick choices', () => {
    expect(quickDueDay('tomorrow', NOW)).toBe('2026-11-26');
    expect(quickDueDay('oneWeek', NOW)).toBe('2026-12-02');
    expect(quickDueDay('twoWeeks', NOW)).toBe('2026-12-09');
    expect(quickDueDay('tomorrow', new Date(2026, 11, 31, 23, 30))).toBe('2027-01-01');
  });

  it('groups open follow-ups as overdue, today, this week (ISO, until Sunday) and later; done apart', () => {
    const items = [
      followup('a', '2026-11-24'),
      followup('b', '2026-11-25'),
      followup('c', '2026-11-29'),
      followup('d', '2026-11-30'),
      followup('e', '2026-10-01'),
      followup('f', '2026-11-20', { status: 'erledigt', doneAt: '2026-11-21T09:00:00Z' }),
    ];
    const groups = groupFollowups(items, NOW);
    expect(groups.overdue.map((f) => f.id)).toEqual(['e', 'a']);
    expect(groups.today.map((f) => f.id)).toEqual(['b']);
    expect(groups.thisWeek.map((f) => f.id)).toEqual(['c']);
    expect(groups.later.map((f) => f.id)).toEqual(['d']);
    expect(groups.done.map((f) => f.id)).toEqual(['f']);
  });

  it('"Heute" gets the overdue and today-due ones in the same order as the groups, and the open count', () => {
    const items = [
      followup('a', '2026-11-24', { title: 'Zeugnis' }),
      followup('b', '2026-11-25', { title: 'Übersetzung' }),
      followup('c', '2026-11-24', { title: 'Ärztin anrufen' }),
      followup('d', '2026-11-30'),
      followup('e', '2026-11-25', { title: 'Anruf' }),
      followup('f', '2026-11-20', { status: 'erledigt', doneAt: '2026-11-21T09:00:00Z' }),
    ];
    const groups = groupFollowups(items, NOW);
    const due = dueFollowups(items, NOW);
    // German order: Ä sorts with A, before Z; Ü with U.
    expect(due.overdue.map((f) => f.id)).toEqual(['c', 'a']);
    expect(due.today.map((f) => f.id)).toEqual(['e', 'b']);
    expect(due.overdue).toEqual(groups.overdue);
    expect(due.today).toEqual(groups.today);
    expect(due.open).toBe(5);
  });

  it('the local day of an instant is the one toDay gives (Berlin, across midnight and the clock change)', () => {
    for (const iso of [
      '2026-03-28T23:30:00.000Z',
      '2026-03-29T00:59:00.000Z',
      '2026-10-24T22:30:00Z',
      '2026-12-31T23:00:00Z',
    ])
      expect(localDayOf(iso)).toBe(toDay(new Date(iso)));
    expect(localDayOf('2026-03-28T23:30:00.000Z')).toBe('2026-03-29');
  });

  it('a follow-up due today becomes overdue the next day', () => {
    const item = [followup('x', '2026-11-25')];
    expect(groupFollowups(item, NOW).today).toHaveLength(1);
    expect(groupFollowups(item, new Date(2026, 10, 26, 0, 1)).overdue).toHaveLength(1);
  });

  it('marks done with the time, and reopens without it', () => {
    const done = markDone(followup('x', '2026-11-25'), NOW);
    expect(done).toMatchObject({ status: 'erledigt', doneAt: NOW.toISOString() });
    const again = reopen(done);
    expect(again.status).toBe('offen');
    expect(again).not.toHaveProperty('doneAt');
  });

  it('validates calendar days strictly', () => {
    expect(isValidDay('2026-02-28')).toBe(true);
    expect(isValidDay('2026-02-30')).toBe(false);
    expect(isValidDay('28.02.2026')).toBe(false);
  });

  it('turns local day ranges into instant bounds (inclusive end day)', () => {
    const range = dayRangeToInstants('2026-11-23', '2026-11-29');
    expect(range.from).toBe(new Date(2026, 10, 23).toISOString());
    expect(range.toExclusive).toBe(new Date(2026, 10, 30).toISOString());
  });
});

describe('iCalendar export', () => {
  it('runs in the offices’ time zone, where a UTC-based date bug would show', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-60);
  });

  it('writes open follow-ups as all-day events that an independent parser (ical.js) reads back', () => {
    const ics = followupsToIcal(
      [
        followup('1', '2026-12-01', {
          title: 'Rückruf Jobcenter',
          notes: 'Frau K. wegen Sprachkurs;\nTermin klären',
          assignee: 'p1',
        }),
        followup('2', '2026-12-03', { title: 'Erledigt', status: 'erledigt' }),
        followup('3', '2027-01-15', { title: 'Lotsentreffen vorbereiten' }),
      ],
      { officeName: 'KoSt Harz', now: NOW, assigneeName: (id) => (id === 'p1' ? 'Anna Schmidt' : undefined) },
    );
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('\r\n'); // RFC 5545 line endings
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Wiedervorlage: Rückruf Jobcenter',
      'Wiedervorlage: Lotsentreffen vorbereiten',
    ]);
    const first = events[0]!;
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2026-12-01');
    expect(first.description).toBe('Frau K. wegen Sprachkurs;\nTermin klären\n\nZuständig: Anna Schmidt');
    expect(first.uid).toBe('1@anlaufstelle');
  });
});

describe('the "Zuständig" filter', () => {
  const items = [
    followup('1', '2026-11-25', { assignee: 'team-01' }),
    followup('2', '2026-11-26', { assignee: 'team-02' }),
    followup('3', '2026-11-27'),
  ];
  it.each([
    [{ kind: 'all' } as const, ['1', '2', '3']],
    [{ kind: 'member', id: 'team-02' } as const, ['2']],
    [{ kind: 'nobody' } as const, ['3']],
  ])('%j keeps %j', (filter, ids) => {
    expect(filterByAssignee(items, filter).map((f) => f.id)).toEqual(ids);
  });
});
