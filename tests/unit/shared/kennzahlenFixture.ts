// A hand-made office year for the Kennzahlen tests; every expected figure is counted by hand.
import type { Inquiry } from '../../../shared/domain/inquiry';
import type { Activity, Person } from '../../../shared/domain/network';
import { emptyActivity, emptyPerson } from '../../../shared/domain/network';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import type { KennzahlenInput } from '../../../shared/kennzahlen/build';

/** Appears in every free-text field and name; no Kennzahlen file may contain it. */
export const MARKER = 'KZ-GEHEIMMARKER';

const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).toISOString();

function inquiry(id: string, receivedAt: string, fields: Partial<Inquiry>): Inquiry {
  return {
    id,
    receivedAt,
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: `${MARKER} Betreff`,
    notes: `${MARKER} Notiz`,
    requester: { name: `${MARKER} Name`, organisation: '', contact: '' },
    referrals: [`${MARKER} Verweis`],
    status: 'offen',
    minutes: 30,
    createdAt: receivedAt,
    changedAt: receivedAt,
    ...fields,
  };
}

function activity(id: string, date: string): Activity {
  return {
    ...emptyActivity(date, 'aktart-01'),
    title: `${MARKER} Titel`,
    notes: `${MARKER} Notiz`,
    minutes: 60,
    id,
    createdAt: `${date}T10:00:00.000Z`,
    changedAt: `${date}T10:00:00.000Z`,
  };
}

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  officeName: 'KI Musterkreis',
  district: 'Landkreis Musterkreis',
  population: 250_000,
};

/**
 * First quarter 2026: twelve inquiries of 30 minutes each.
 * Anfragende Stelle: 8 × stelle-01, 4 × stelle-02. Kanal: 6 × kanal-01, 6 × kanal-02.
 * Themen: all thema-01, 5 also thema-02. Zielgruppe: none. Handlungsfeld: 5 × handlungsfeld-01, 7 none.
 * Ergebnis: 9 × ergebnis-01, 2 × ergebnis-02, 1 × ergebnis-03.
 * Second quarter: two inquiries. 31 March 23:30 in Berlin still belongs to the first quarter.
 */
export const inquiries: Inquiry[] = [
  ...Array.from({ length: 11 }, (_, i) =>
    inquiry(`q1-${i}`, at(2026, 1 + (i % 3), 2 + i), {
      requesterType: i < 8 ? 'stelle-01' : 'stelle-02',
      channel: i < 6 ? 'kanal-01' : 'kanal-02',
      topics: i < 5 ? ['thema-01', 'thema-02'] : ['thema-01'],
      fieldOfAction: i < 5 ? 'handlungsfeld-01' : '',
      result: i < 9 ? 'ergebnis-01' : 'ergebnis-02',
    }),
  ),
  inquiry('q1-late', at(2026, 3, 31, 23), {
    requesterType: 'stelle-02',
    channel: 'kanal-02',
    result: 'ergebnis-03',
  }),
  inquiry('q2-a', at(2026, 4, 1, 0), {}),
  inquiry('q2-b', at(2026, 5, 10), {}),
];

/** Six network meetings of one hour in the first quarter, one in the third. */
export const activities: Activity[] = [
  ...Array.from({ length: 6 }, (_, i) => activity(`a${i}`, `2026-02-${String(10 + i).padStart(2, '0')}`)),
  activity('a-q3', '2026-08-01'),
];

function volunteer(id: string, activeFrom: string, activeUntil = ''): Person {
  return {
    ...emptyPerson(),
    id,
    firstName: MARKER,
    lastName: `Lotsin ${id}`,
    volunteer: { activeFrom, activeUntil, municipality: '', allowances: [] },
    createdAt: '2025-01-01T10:00:00.000Z',
    changedAt: '2025-01-01T10:00:00.000Z',
  } as Person;
}

/** Five volunteers active all year; a sixth only from July; one person who is no volunteer. */
export const persons: Person[] = [
  ...['v1', 'v2', 'v3', 'v4', 'v5'].map((id) => volunteer(id, '2025-01-01')),
  volunteer('v6', '2026-07-01'),
  {
    ...emptyPerson(),
    id: 'p1',
    firstName: MARKER,
    lastName: 'Kein Ehrenamt',
    createdAt: '',
    changedAt: '',
  } as Person,
];

export const input: KennzahlenInput = { inquiries, followups: [], activities, persons, settings };
