// A realistic synthetic ten-year dataset (performance.md): plausible German subjects and notes, dates
// spread over ten years with weekday and office-hour patterns. Seeded, so every run stores the same data.
import { demoEvents } from './eventsDemo';
import { demoFunding } from './fundingDemo';
import { demoGuide } from './guideDemo';
import { demoNewsletter } from './newsletterDemo';
import {
  DEFAULT_CHANNELS,
  DEFAULT_REQUESTER_TYPES,
  DEFAULT_RESULTS,
  DEFAULT_TARGET_GROUPS,
  DEFAULT_TOPICS,
  type CategoryEntry,
} from '../domain/categories';
import type { CalendarDay } from '../domain/calendarDay';
import type { InquiryData } from '../domain/inquiry';
import type { RecordMeta } from '../domain/recordMeta';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../domain/settings';
import {
  DEMO_PLACE_WEIGHTS,
  DEMO_PLACES,
  FIRST_NAMES,
  LAST_NAMES,
  mailbox,
  ORGANISATION_PATTERNS,
  type OrganisationPattern,
} from './catalogue';
import { anonymiseAsRetentionDid, flagUrgent, payAllowances } from './officeHistory';
import { assignFieldsOfAction } from './fieldsOfActionDemo';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(rand() * items.length)]!;
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r <= 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

const SUBJECTS = [
  'Sprachkurs für Familie gesucht, Wartezeit über sechs Wochen',
  'Polizei bittet um fachliche Unterstützung nach Vorfall',
  'Schule lädt zum Ethikunterricht über Flucht und Migration ein',
  'Unternehmen möchte Geflüchteten als Auszubildenden einstellen',
  'Ehrenamtliche Lotsin braucht Hilfe bei Antrag auf Wohngeld',
  'Frage zur Anerkennung eines ausländischen Berufsabschlusses',
  'Verein plant Begegnungsfest und fragt nach Fördermitteln',
  'Wohnungssuche für vierköpfige Familie in der Gemeinde',
  'Rückfrage Ausländerbehörde zur Beschäftigungserlaubnis',
  'Kita-Platz für Kind einer zugewanderten Familie',
  'Beschwerde über Diskriminierung bei der Wohnungsvergabe',
  'Anfrage Presse zur Interkulturellen Woche',
  'Jobcenter bittet um Vermittlung in einen Integrationskurs',
  'EU-Bürgerin fragt nach Ansprüchen auf Kindergeld',
  'Dolmetscher für Elterngespräch an Grundschule gesucht',
];

const NOTE_PARTS = [
  'Rückruf zugesagt.',
  'Kontakt zum Träger des Sprachkurses hergestellt.',
  'Verwiesen an die Migrationsberatung des Wohlfahrtsverbands.',
  'Unterlagen per E-Mail erhalten und geprüft.',
  'Termin in der Ausländerbehörde vereinbart, Begleitung durch Lotsin.',
  'Die Familie wohnt seit drei Monaten im Landkreis und spricht Arabisch und etwas Englisch.',
  'Nach Rücksprache mit dem Jobcenter ist eine Maßnahme ab dem nächsten Quartal möglich.',
  'Arbeitgeber wurde über Förderprogramme der Agentur für Arbeit informiert.',
  'Thema im nächsten Netzwerktreffen ansprechen.',
  'Wiedervorlage in zwei Wochen.',
];

export interface DatasetRange {
  start: number;
  end: number;
}

/** The benchmark's fixed ten years, so every run stores the same data. */
export const BENCH_RANGE: DatasetRange = { start: Date.UTC(2016, 11, 1), end: Date.UTC(2026, 10, 27) };

/** Ten years up to `end` (the demo vault ends today). */
export function tenYearsUntil(end: Date): DatasetRange {
  return { start: Date.UTC(end.getFullYear() - 10, end.getMonth(), end.getDate()), end: end.getTime() };
}
const DAY = 86_400_000;

function weekdayDate(rand: () => number, range: DatasetRange): Date {
  for (;;) {
    const day = Math.floor(range.start / DAY + rand() * ((range.end - range.start) / DAY));
    const date = new Date(day * DAY);
    const weekday = date.getUTCDay();
    // Mon–Thu busiest, Friday shorter, weekends rare.
    const weight = [0.03, 1, 1, 0.95, 0.9, 0.6, 0.02][weekday]!;
    if (rand() > weight) continue;
    const hour = 7 + Math.floor(rand() * (weekday === 5 ? 6 : 9));
    date.setUTCHours(hour, Math.floor(rand() * 60), Math.floor(rand() * 60));
    return date;
  }
}

function weights(entries: readonly CategoryEntry[], heavy: number[]): number[] {
  return entries.map((_e, i) => (heavy.includes(i) ? 6 : 1));
}

export interface GeneratedInquiry {
  id: string;
  payload: { data: InquiryData; meta: RecordMeta };
}

export function generateInquiries(
  count: number,
  seed = 20261127,
  range: DatasetRange = BENCH_RANGE,
): GeneratedInquiry[] {
  const rand = mulberry32(seed);
  const out: GeneratedInquiry[] = [];
  for (let i = 0; i < count; i++) {
    const received = weekdayDate(rand, range);
    const topicCount = 1 + Math.floor(rand() * rand() * 3);
    const topics = new Set<string>();
    while (topics.size < topicCount)
      topics.add(pick(rand, DEFAULT_TOPICS, weights(DEFAULT_TOPICS, [0, 1, 3, 4])).id);
    const notes = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => pick(rand, NOTE_PARTS)).join(' ');
    const old = range.end - received.getTime() > 60 * DAY;
    const status = old ? 'erledigt' : pick(rand, ['offen', 'in-bearbeitung', 'wartet', 'erledigt'] as const);
    const stamp = received.toISOString();
    const closedAt =
      status === 'erledigt' ? new Date(received.getTime() + rand() * 14 * DAY).toISOString() : undefined;
    // Ids like UUIDv7: time-ordered prefix, random rest.
    const id = `${received.getTime().toString(16).padStart(12, '0')}-7${Math.floor(rand() * 0xfff)
      .toString(16)
      .padStart(3, '0')}-${Math.floor(rand() * 0xffffffff)
      .toString(16)
      .padStart(8, '0')}${i.toString(16).padStart(8, '0')}`;
    out.push({
      id,
      payload: {
        data: {
          receivedAt: stamp,
          channel: pick(rand, DEFAULT_CHANNELS, [10, 5, 3, 2, 0.5, 1]).id,
          requesterType: pick(
            rand,
            DEFAULT_REQUESTER_TYPES,
            weights(DEFAULT_REQUESTER_TYPES, [0, 1, 2, 12, 11]),
          ).id,
          topics: [...topics],
          subject: pick(rand, SUBJECTS),
          notes,
          status,
          ...(rand() < 0.8 ? { minutes: 5 + 5 * Math.floor(rand() * 12) } : {}),
          ...(rand() < 0.7 ? { targetGroup: pick(rand, DEFAULT_TARGET_GROUPS, [5, 2, 3, 1, 2]).id } : {}),
          ...(status === 'erledigt' ? { result: pick(rand, DEFAULT_RESULTS, [5, 8, 3, 3, 2, 1, 1]).id } : {}),
          ...(closedAt ? { closedAt } : {}),
        },
        meta: { createdAt: stamp, changedAt: closedAt ?? stamp, deviceId: 'd-bench', rev: closedAt ? 1 : 0 },
      },
    });
  }
  return out;
}

const FOLLOWUP_TITLES = [
  'Rückruf Jobcenter',
  'Sprachkursplatz nachfragen',
  'Unterlagen Ausländerbehörde prüfen',
  'Lotsin wegen Begleitung anrufen',
  'Termin Schule bestätigen',
  'Antwort des Trägers abwarten',
];

export interface GeneratedFollowup {
  id: string;
  payload: { data: import('../domain/followup').FollowupData; meta: RecordMeta };
}

/** Follow-ups, most linked to an inquiry, due a few days after it; nearly all old ones done. */
export function generateFollowups(
  count: number,
  inquiries: readonly GeneratedInquiry[],
  seed = 4711,
  range: DatasetRange = BENCH_RANGE,
): GeneratedFollowup[] {
  const rand = mulberry32(seed);
  const out: GeneratedFollowup[] = [];
  for (let i = 0; i < count; i++) {
    const inquiry = inquiries[Math.floor(rand() * inquiries.length)]!;
    const received = new Date(inquiry.payload.data.receivedAt);
    const due = new Date(received.getTime() + (1 + Math.floor(rand() * 21)) * DAY);
    const day = due.toISOString().slice(0, 10);
    const open = range.end - due.getTime() < 20 * DAY && rand() < 0.6;
    out.push({
      id: `f${i.toString(16).padStart(8, '0')}-${Math.floor(rand() * 0xffffffff).toString(16)}`,
      payload: {
        data: {
          title: pick(rand, FOLLOWUP_TITLES),
          due: day,
          notes: rand() < 0.5 ? pick(rand, NOTE_PARTS) : '',
          status: open ? 'offen' : 'erledigt',
          ...(open ? {} : { doneAt: due.toISOString() }),
          ...(rand() < 0.8 ? { inquiryId: inquiry.id } : {}),
        },
        meta: {
          createdAt: inquiry.payload.data.receivedAt,
          changedAt: due.toISOString(),
          deviceId: 'd-bench',
          rev: 0,
        },
      },
    });
  }
  return out;
}

export interface GeneratedRecord {
  id: string;
  payload: { data: unknown; meta: RecordMeta };
}

const meta = (stamp: string): RecordMeta => ({
  createdAt: stamp,
  changedAt: stamp,
  deviceId: 'd-bench',
  rev: 0,
});

/**
 * A realistic "Mitglied seit": about a third of the partners joined in the office's first year, the
 * others over the following years.
 */
function memberSince(rand: () => number, range: DatasetRange): CalendarDay {
  const firstYear = { start: range.start, end: Math.min(range.end, range.start + 365 * DAY) };
  return weekdayDate(rand, rand() < 0.35 ? firstYear : range)
    .toISOString()
    .slice(0, 10);
}

/** Activity titles with the Aktivitätsart they are (DEFAULT_ACTIVITY_TYPES), and how often they occur. */
const ACTIVITIES = [
  { title: 'Netzwerktreffen Integration', type: 'aktart-01', weight: 8, minutes: 120 },
  { title: 'Arbeitskreis Sprache', type: 'aktart-02', weight: 6, minutes: 90 },
  { title: 'Steuerungsgruppe Integration', type: 'aktart-02', weight: 3, minutes: 120 },
  { title: 'Interkulturelle Woche: Fest der Begegnung', type: 'aktart-03', weight: 1, minutes: 360 },
  { title: 'Schulbesuch: Flucht und Migration', type: 'aktart-04', weight: 4, minutes: 90 },
  { title: 'Schulung für Ehrenamtliche: Asylverfahren', type: 'aktart-05', weight: 2, minutes: 180 },
  { title: 'Fortbildung Interkulturelle Kompetenz', type: 'aktart-06', weight: 1, minutes: 420 },
  { title: 'Lotsentreffen', type: 'aktart-07', weight: 6, minutes: 120 },
  { title: 'Ausschuss für Soziales und Integration', type: 'aktart-08', weight: 2, minutes: 150 },
  { title: 'Newsletter Integration', type: 'aktart-09', weight: 2, minutes: 240 },
  { title: 'Beratung Förderantrag Begegnungsfest', type: 'aktart-10', weight: 1, minutes: 60 },
] as const;

/** Every organisation once: the district-wide ones, then one per pattern and Gemeinde, shuffled. */
function organisationNames(
  rand: () => number,
  count: number,
): Array<{ name: string; place: string; pattern: OrganisationPattern }> {
  const once = ORGANISATION_PATTERNS.filter((p) => !p.name.includes('{place}'));
  const perPlace = ORGANISATION_PATTERNS.filter((p) => p.name.includes('{place}')).flatMap((pattern) =>
    DEMO_PLACES.map((place) => ({ pattern, place })),
  );
  const shuffled = shuffle(rand, perPlace);
  const district = DEMO_PLACES[0];
  const all = [
    ...once.map((pattern) => ({ name: pattern.name, place: district, pattern })),
    ...shuffled.map(({ pattern, place }) => ({
      name: pattern.name.replace('{place}', place),
      place,
      pattern,
    })),
  ];
  // More organisations than the district has (the benchmark's large sizes): a second site each.
  return Array.from({ length: count }, (_v, i) => {
    const org = all[i % all.length]!;
    return i < all.length
      ? org
      : { ...org, name: `${org.name} (Zweigstelle ${Math.floor(i / all.length) + 1})` };
  });
}

function shuffle<T>(rand: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Distinct first and last names (a name repeats only once every combination is used). */
function personNames(rand: () => number, count: number): Array<{ firstName: string; lastName: string }> {
  const all = shuffle(
    rand,
    FIRST_NAMES.flatMap((firstName) => LAST_NAMES.map((lastName) => ({ firstName, lastName }))),
  );
  return Array.from({ length: count }, (_v, i) => all[i % all.length]!);
}

/** The network at the ten-year size: organisations, persons (some volunteers) and activities. */
export function generateNetwork(
  orgCount: number,
  personCount: number,
  activityCount: number,
  seed = 1234,
  range: DatasetRange = BENCH_RANGE,
) {
  const rand = mulberry32(seed);
  // Its own stream, so adding "Mitglied seit" left every other generated value as it was.
  const sinceRand = mulberry32(seed + 1);
  const stamp = new Date(range.end).toISOString();
  const named = organisationNames(rand, orgCount);
  const organisations: GeneratedRecord[] = named.map(({ name, place, pattern }, i) => ({
    id: `o${i.toString(16).padStart(6, '0')}`,
    payload: {
      data: {
        name,
        type: pattern.type,
        address: `${place}, ${pick(rand, STREETS)} ${1 + Math.floor(rand() * 90)}`,
        phone: `03941 ${10000 + Math.floor(rand() * 89999)}`,
        email: `kontakt@${mailbox(name).replace(/\./g, '-').slice(0, 40)}.example`,
        website: '',
        offers: [...pattern.offers],
        offersText: pick(rand, NOTE_PARTS),
        memberSince: memberSince(sinceRand, range),
        memberships: [],
        notes: '',
      },
      meta: meta(stamp),
    },
  }));
  const names = personNames(rand, personCount);
  const persons: GeneratedRecord[] = names.map(({ firstName, lastName }, i) => {
    const volunteer = i % 20 === 0;
    const orgIndex = Math.floor(rand() * organisations.length);
    const pattern = named[orgIndex]!.pattern;
    const since = weekdayDate(sinceRand, range).toISOString().slice(0, 10);
    // Drawn in the order the fields used to draw them, so the demo's figures stay the same.
    const role = volunteer ? 'Integrationslotse' : pick(rand, pattern.functions);
    const number = `0170 ${1000000 + Math.floor(rand() * 8999999)}`;
    return {
      id: `p${i.toString(16).padStart(6, '0')}`,
      payload: {
        data: {
          firstName,
          lastName,
          function: role,
          organisationId: volunteer ? '' : organisations[orgIndex]!.id,
          // Volunteers are reached on their mobile, staff at the office.
          ...(volunteer ? { phone: '', mobile: number } : { phone: number, mobile: '' }),
          address: '',
          email: `${mailbox(firstName, lastName)}@beispiel.example`,
          languages: volunteer ? pick(rand, VOLUNTEER_LANGUAGES) : [],
          notes: '',
          consent: { purpose: 'Netzwerkkontakt', givenOn: since, withdrawnOn: '' },
          volunteer: volunteer
            ? {
                municipality: '',
                activeFrom: since,
                activeUntil: '',
                allowances: [{ month: '2026-10', amountCents: 150_00 }],
              }
            : null,
        },
        meta: meta(stamp),
      },
    };
  });
  const volunteerIds = persons
    .filter((p) => (p.payload.data as { volunteer: unknown }).volunteer)
    .map((p) => p.id);
  const activities: GeneratedRecord[] = Array.from({ length: activityCount }, (_v, i) => {
    const date = weekdayDate(rand, range);
    const kind = pick(
      rand,
      ACTIVITIES,
      ACTIVITIES.map((a) => a.weight),
    );
    const volunteers = kind.type === 'aktart-07' || kind.type === 'aktart-05';
    return {
      id: `a${i.toString(16).padStart(6, '0')}`,
      payload: {
        data: {
          date: date.toISOString().slice(0, 10),
          startTime: kind.minutes > 300 ? '09:00' : pick(rand, ['09:30', '10:00', '14:00', '16:00']),
          durationMinutes: kind.minutes,
          type: kind.type,
          title: kind.title,
          organisationIds: [organisations[Math.floor(rand() * organisations.length)]!.id],
          // Volunteer guides at their meetings and trainings, so "Integrationslotsen" shows attendance.
          volunteerIds:
            volunteers && volunteerIds.length
              ? [...new Set([0, 1, 2].map(() => volunteerIds[Math.floor(rand() * volunteerIds.length)]!))]
              : [],
          participants: 5 + Math.floor(rand() * 40),
          municipality: '',
          minutes: kind.minutes + 30,
          notes: pick(rand, NOTE_PARTS),
        },
        meta: meta(date.toISOString()),
      },
    };
  });
  return { organisations, persons, activities };
}

const STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Markt',
  'Breiter Weg',
  'Lindenallee',
  'Friedrichstraße',
  'Am Anger',
];
const VOLUNTEER_LANGUAGES = [
  ['Arabisch', 'Deutsch'],
  ['Ukrainisch', 'Russisch', 'Deutsch'],
  ['Türkisch', 'Deutsch'],
  ['Dari', 'Deutsch', 'Englisch'],
  ['Polnisch', 'Deutsch'],
];

/** Links some inquiries to organisations, as requester or referral target. */
export function linkInquiries(
  inquiries: GeneratedInquiry[],
  organisations: readonly GeneratedRecord[],
  seed = 99,
): void {
  const rand = mulberry32(seed);
  for (const inquiry of inquiries) {
    const data = inquiry.payload.data as InquiryData & { requesterOrgId?: string; referralOrgIds?: string[] };
    if (rand() < 0.2) data.requesterOrgId = organisations[Math.floor(rand() * organisations.length)]!.id;
    if (rand() < 0.4) data.referralOrgIds = [organisations[Math.floor(rand() * organisations.length)]!.id];
  }
}

/** The demo office's team: "Bearbeitet von" on its inquiries. */
const DEMO_TEAM = ['Katrin Lehmann', 'Samir Haddad', 'Julia Köhler'];

/** The demo office's settings: its name, district, Gemeinden and team. */
export function demoSettings(now: Date): GeneratedRecord {
  return {
    id: SETTINGS_ID,
    payload: {
      data: {
        ...DEFAULT_SETTINGS,
        officeName: 'Koordinierungsstelle Integration (Beispiel)',
        district: 'Landkreis Harz',
        lists: {
          ...DEFAULT_SETTINGS.lists,
          municipalities: DEMO_PLACES.map((label, i) => ({ id: listId('gemeinde', i), label })),
          teamMembers: DEMO_TEAM.map((label, i) => ({ id: listId('person', i), label })),
        },
      },
      meta: meta(now.toISOString()),
    },
  };
}

function listId(prefix: string, i: number): string {
  return `${prefix}-${String(i + 1).padStart(2, '0')}`;
}

/**
 * Gives inquiries a Gemeinde (most of them: the press or district politics rarely concern one) and
 * who handled them, activities the Gemeinde of their partner, volunteers where they live. Its own
 * stream: the rest stays.
 */
function placeRecords(
  inquiries: GeneratedInquiry[],
  activities: GeneratedRecord[],
  persons: GeneratedRecord[],
  seed: number,
): void {
  const rand = mulberry32(seed);
  const places = DEMO_PLACES.map((_p, i) => listId('gemeinde', i));
  const districtWide = new Set(['stelle-14', 'stelle-15']); // Presse, Politik / Kreistag
  for (const inquiry of inquiries) {
    const data = inquiry.payload.data;
    if (rand() < (districtWide.has(data.requesterType) ? 0.3 : 0.85))
      data.municipality = pick(rand, places, DEMO_PLACE_WEIGHTS);
    data.handledBy = pick(
      rand,
      DEMO_TEAM.map((_m, i) => listId('person', i)),
      [5, 3, 2],
    );
  }
  for (const activity of activities) {
    const data = activity.payload.data as { municipality: string };
    if (rand() < 0.7) data.municipality = pick(rand, places, DEMO_PLACE_WEIGHTS);
  }
  // Integrationslotsen live somewhere: "Integrationslotsen" counts them by Gemeinde. Drawn last, so
  // the records above stay as they were.
  for (const person of persons) {
    const volunteer = (person.payload.data as { volunteer: { municipality: string } | null }).volunteer;
    if (volunteer) volunteer.municipality = pick(rand, places, DEMO_PLACE_WEIGHTS);
  }
}

/**
 * Who did the demo's work beyond its inquiries: most activities name a team member, a follow-up the
 * member who handled its inquiry (or one at random). Its own stream: the rest stays as it was.
 */
function assignTeam(
  inquiries: readonly GeneratedInquiry[],
  activities: GeneratedRecord[],
  followups: GeneratedFollowup[],
  seed: number,
): void {
  const rand = mulberry32(seed);
  const members = DEMO_TEAM.map((_m, i) => listId('person', i));
  for (const activity of activities) {
    const data = activity.payload.data as { handledBy?: string };
    if (rand() < 0.9) data.handledBy = pick(rand, members, [4, 3, 3]);
  }
  const handler = new Map(inquiries.map((i) => [i.id, i.payload.data.handledBy]));
  for (const followup of followups) {
    const data = followup.payload.data as { inquiryId?: string; assignee?: string };
    const member = (data.inquiryId && handler.get(data.inquiryId)) || pick(rand, members, [5, 3, 2]);
    if (rand() < 0.95) data.assignee = member;
  }
}

/** Everything the demo vault holds: ten years up to `now`, smaller than the benchmark so it opens in seconds. */
export function demoRecords(now: Date) {
  const range = tenYearsUntil(now);
  const inquiries = generateInquiries(20_000, 20261127, range);
  const network = generateNetwork(150, 500, 1_500, 1234, range);
  linkInquiries(inquiries, network.organisations);
  placeRecords(inquiries, network.activities, network.persons, 7);
  const followups = generateFollowups(5_000, inquiries, 4711, range);
  assignTeam(inquiries, network.activities, followups, 99);
  assignFieldsOfAction(inquiries, network.activities, mulberry32(2026));
  flagUrgent(inquiries);
  anonymiseAsRetentionDid(inquiries, followups, now, 'd-bench');
  payAllowances(network.persons, now);
  // Associations and migrant organisations (Verein / Initiative, Migrantenorganisation) apply.
  const funding = demoFunding(
    now,
    network.organisations
      .filter((o) => ['orgart-06', 'orgart-07'].includes((o.payload.data as { type: string }).type))
      .map((o) => o.id),
  );
  const organisations = network.organisations.map((o) => ({
    id: o.id,
    name: (o.payload.data as { name: string }).name,
  }));
  const events = demoEvents(now, organisations);
  const settings = demoSettings(now);
  const newsletter = demoNewsletter(now, network.persons, settings);
  return {
    inquiries,
    followups: [...followups, ...funding.followups],
    ...network,
    funding: funding.funding,
    outreach: [...events.outreach, ...demoGuide(now, organisations), ...newsletter.outreach],
    settings: [settings],
  };
}
