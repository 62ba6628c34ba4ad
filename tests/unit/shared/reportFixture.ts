// A small hand-made office year for the report tests; every expected figure is counted by hand.
import type { Inquiry } from '../../../shared/domain/inquiry';
import type { Activity, Organisation, Person } from '../../../shared/domain/network';
import { emptyActivity, emptyOrganisation, emptyPerson } from '../../../shared/domain/network';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import type { ReportInput } from '../../../shared/report/annualReport';

/** Appears in every free-text field; no export may contain it. */
export const MARKER = 'GEHEIMMARKER';

const at = (y: number, m: number, d: number, h = 10, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

function inquiry(id: string, receivedAt: string, fields: Partial<Inquiry>): Inquiry {
  return {
    id,
    receivedAt,
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject: `${MARKER} Betreff ${id}`,
    notes: `${MARKER} Notiz`,
    requester: { name: `${MARKER} Name`, organisation: `${MARKER} Org`, contact: `${MARKER} 0151` },
    status: 'offen',
    createdAt: receivedAt,
    changedAt: receivedAt,
    ...fields,
  };
}

function activity(id: string, date: string, type: string, fields: Partial<Activity>): Activity {
  return {
    ...emptyActivity(date, type),
    title: `${MARKER} Titel`,
    notes: `${MARKER} Notiz`,
    id,
    createdAt: `${date}T10:00:00.000Z`,
    changedAt: `${date}T10:00:00.000Z`,
    ...fields,
  };
}

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  officeName: 'KI Musterkreis',
  district: 'Landkreis Musterkreis',
  lists: {
    ...DEFAULT_SETTINGS.lists,
    municipalities: [
      { id: 'gemeinde-01', label: 'Adorf' },
      { id: 'gemeinde-02', label: 'Bdorf' },
    ],
    teamMembers: [
      { id: 'person-01', label: 'Alex Beispiel' },
      { id: 'person-02', label: 'Ehemalige', hidden: true },
    ],
  },
};

export const inquiries: Inquiry[] = [
  inquiry('i1', at(2026, 1, 15), {
    topics: ['thema-01', 'thema-02'],
    municipality: 'gemeinde-01',
    result: 'ergebnis-02',
    minutes: 30,
    referralOrgIds: ['org1'],
    status: 'erledigt',
    closedAt: at(2026, 1, 17),
  }),
  inquiry('i2', at(2026, 3, 1), {
    requesterType: 'stelle-02',
    channel: 'kanal-02',
    minutes: 60,
    referrals: [`${MARKER} Freitext-Verweis`],
    status: 'erledigt',
    closedAt: at(2026, 3, 5),
  }),
  // 23:30 on 31 December in Berlin belongs to that year.
  inquiry('i3', at(2026, 12, 31, 23, 30), {
    topics: ['thema-03'],
    municipality: 'gemeinde-02',
    minutes: 15,
  }),
  inquiry('p1', at(2025, 2, 10), { municipality: 'gemeinde-01', minutes: 45, referralOrgIds: ['org1'] }),
  inquiry('old', at(2024, 6, 1), {}),
  inquiry('next', at(2027, 1, 1, 0, 30), {}),
];

export const activities: Activity[] = [
  activity('a1', '2026-02-03', 'aktart-01', { participants: 12, minutes: 120 }),
  activity('a2', '2026-09-25', 'aktart-03', { participants: 80, volunteerIds: ['v1'] }),
  activity('a3', '2026-05-04', 'aktart-06', { minutes: 90 }),
  activity('b1', '2025-03-03', 'aktart-01', { participants: 8 }),
];

export const organisations: Organisation[] = [
  {
    ...emptyOrganisation('Jobcenter Musterkreis'),
    type: 'orgart-01',
    notes: `${MARKER}`,
    id: 'org1',
    createdAt: '2025-05-01T08:00:00.000Z',
    changedAt: '2025-05-01T08:00:00.000Z',
  },
  {
    ...emptyOrganisation('Sprachschule Adorf'),
    id: 'org2',
    createdAt: '2026-04-01T08:00:00.000Z',
    changedAt: '2026-04-01T08:00:00.000Z',
  },
];

export const persons: Person[] = [
  {
    ...emptyPerson(),
    firstName: MARKER,
    lastName: 'Lotsin',
    id: 'v1',
    createdAt: '2026-01-20T08:00:00.000Z',
    changedAt: '2026-01-20T08:00:00.000Z',
    volunteer: {
      municipality: 'gemeinde-01',
      activeFrom: '2026-02-01',
      activeUntil: '',
      allowances: [
        { month: '2026-03', amountCents: 5000 },
        { month: '2025-12', amountCents: 2000 },
      ],
    },
  },
  {
    ...emptyPerson(),
    firstName: MARKER,
    lastName: 'Lotse',
    id: 'v2',
    createdAt: '2024-01-01T08:00:00.000Z',
    changedAt: '2024-01-01T08:00:00.000Z',
    volunteer: {
      municipality: '',
      activeFrom: '2024-01-01',
      activeUntil: '2025-06-30',
      allowances: [{ month: '2025-03', amountCents: 1000 }],
    },
  },
  {
    ...emptyPerson(),
    firstName: MARKER,
    lastName: 'Kontakt',
    id: 'p3',
    createdAt: '2026-01-01T08:00:00.000Z',
    changedAt: '2026-01-01T08:00:00.000Z',
  },
];

export const reportInput: ReportInput = {
  inquiries,
  followups: [],
  activities,
  organisations,
  persons,
  settings,
  texts: {
    anfragen: 'Die Nachfrage nach Sprachkursen stieg deutlich.',
    ausblick: 'Ausbau der Lotsenarbeit.',
  },
};
