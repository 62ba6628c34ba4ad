// The demo office's Interkulturelle Woche of `now`'s year (the week from the Sunday between 19 and
// 25 September, as the nationwide week runs): eight contributions from five network organisations,
// five of them approved for the programme, three still being checked — one without a time and venue,
// one without its short text, one with a photo credit but no consent — so the partner checklist has
// something to chase.
import type { RecordMeta } from '../domain/recordMeta';
import { dayOfParts, toDay } from '../domain/calendarDay';
import type { ContributionData, SeriesData } from '../outreach/eventRecords';

interface Generated<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

export const DEMO_SERIES_ID = 'demo-ikw';

/** Organisations the contributions name, by their demo name (the district-wide ones always exist). */
const ORGANISERS = {
  syrisch: 'Syrisch-Deutscher Kulturverein Harz',
  afrika: 'Afrikanisches Forum Harz',
  sport: 'Kreissportbund Harz',
  vhs: 'Kreisvolkshochschule Harz, Außenstelle',
  awo: 'AWO Kreisverband Harz, Begegnungsstätte',
} as const;

const meta = (stamp: string): RecordMeta => ({
  createdAt: stamp,
  changedAt: stamp,
  deviceId: 'd-bench',
  rev: 0,
});

/** The Sunday between 19 and 25 September of `year`. */
export function ikwStart(year: number): { year: number; day: number } {
  for (let day = 19; day <= 25; day++) if (new Date(year, 8, day).getDay() === 0) return { year, day };
  return { year, day: 20 };
}

export function demoEvents(
  now: Date,
  organisations: ReadonlyArray<{ id: string; name: string }>,
): { outreach: Array<Generated<SeriesData | ContributionData>> } {
  const year = now.getFullYear();
  const start = ikwStart(year).day;
  // Past 30 September the days run on into October.
  const day = (offset: number) => toDay(new Date(year, 8, start + offset));
  const org = (key: keyof typeof ORGANISERS) =>
    organisations.find((o) => o.name.startsWith(ORGANISERS[key]))?.id ?? '';
  const stamp = new Date(year, 5, 15, 10).toISOString();

  const series: Generated<SeriesData> = {
    id: DEMO_SERIES_ID,
    payload: {
      data: {
        kind: 'series',
        title: `Interkulturelle Woche ${year}`,
        motto: 'Dafür!',
        from: day(0),
        to: day(7),
        callText:
          'Liebe Partnerinnen und Partner, auch in diesem Jahr gestalten wir die Interkulturelle Woche im Landkreis gemeinsam. Bitte reichen Sie Ihre Beiträge bis zum Redaktionsschluss ein.',
        milestones: [
          { id: 'demo-ikw-m1', kind: 'call', day: dayOfParts(year, 5, 4), note: '' },
          { id: 'demo-ikw-m2', kind: 'submission', day: dayOfParts(year, 7, 3), note: '' },
          { id: 'demo-ikw-m3', kind: 'editorial', day: dayOfParts(year, 7, 24), note: '' },
          { id: 'demo-ikw-m4', kind: 'print', day: dayOfParts(year, 8, 14), note: '' },
          { id: 'demo-ikw-m5', kind: 'press', day: dayOfParts(year, 9, 8), note: '' },
          { id: 'demo-ikw-m6', kind: 'review', day: dayOfParts(year, 10, 20), note: '' },
        ],
        funderCredit:
          'Gefördert vom Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt.',
        notes: '',
      },
      meta: meta(stamp),
    },
  };

  const base: Omit<ContributionData, 'title' | 'organisationId' | 'date' | 'status'> = {
    kind: 'contribution',
    seriesId: DEMO_SERIES_ID,
    startTime: '',
    endTime: '',
    venue: '',
    address: '',
    accessibility: '',
    entryFee: '',
    registration: '',
    languages: [],
    targetGroup: '',
    shortText: '',
    contact: '',
    photoCredit: '',
    photoConsent: '',
    activityId: '',
    notes: '',
  };
  const contributions: Array<[string, ContributionData]> = [
    [
      'eroeffnung',
      {
        ...base,
        title: 'Eröffnung mit Musik aus Syrien',
        organisationId: org('syrisch'),
        date: day(1),
        startTime: '18:00',
        endTime: '20:00',
        venue: 'Rathaus Halberstadt, Festsaal',
        address: 'Holzmarkt 1, 38820 Halberstadt',
        accessibility: 'Barrierefrei, Aufzug vorhanden',
        entryFee: 'frei',
        registration: 'nicht nötig',
        languages: ['de', 'ar'],
        targetGroup: 'alle',
        shortText:
          'Die Landrätin eröffnet die Interkulturelle Woche. Das Ensemble „Jasmin“ spielt Musik aus Damaskus und Aleppo.',
        contact: 'info@kulturverein-harz.example',
        photoCredit: 'Kulturverein Harz',
        photoConsent: 'Einverständnis liegt schriftlich vor (Mail vom 2. Juni)',
        status: 'freigegeben',
      },
    ],
    [
      'kochen',
      {
        ...base,
        title: 'Gemeinsam kochen: Gerichte aus Eritrea',
        organisationId: org('afrika'),
        date: day(2),
        startTime: '16:00',
        endTime: '19:00',
        venue: 'Begegnungsstätte Wernigerode',
        address: 'Breite Straße 12, 38855 Wernigerode',
        accessibility: 'Erdgeschoss, stufenlos',
        entryFee: '3 € für Zutaten',
        registration: 'bis 18. September unter 03941 55512',
        languages: ['de', 'ti', 'en'],
        targetGroup: 'Familien',
        shortText: 'Wir kochen zusammen Injera und Zigni und essen gemeinsam.',
        contact: 'Afrikanisches Forum Harz, 03941 55512',
        status: 'freigegeben',
      },
    ],
    [
      'fussball',
      {
        ...base,
        title: 'Fußballturnier „Bunt kickt gut“',
        organisationId: org('sport'),
        date: day(6),
        startTime: '10:00',
        endTime: '16:00',
        venue: 'Sportplatz Quedlinburg',
        address: 'Lindenstraße 20, 06484 Quedlinburg',
        accessibility: 'Zuschauerplätze ebenerdig',
        entryFee: 'frei',
        registration: 'Mannschaften bis 15. September',
        languages: ['de'],
        targetGroup: 'Jugendliche',
        shortText: 'Gemischte Mannschaften aus Vereinen und Unterkünften spielen um den Wanderpokal.',
        contact: 'Kreissportbund Harz',
        status: 'freigegeben',
      },
    ],
    [
      'lesung',
      {
        ...base,
        title: 'Lesung: Ankommen in Halberstadt',
        organisationId: org('syrisch'),
        date: day(3),
        startTime: '19:00',
        endTime: '',
        venue: 'Stadtbibliothek Halberstadt',
        address: 'Dominikanerstraße 16, 38820 Halberstadt',
        accessibility: 'Barrierefrei',
        entryFee: 'frei',
        registration: '',
        languages: ['de', 'ar'],
        targetGroup: 'Erwachsene',
        shortText: 'Geflüchtete lesen aus ihren Texten über die ersten Jahre im Harz.',
        contact: 'info@kulturverein-harz.example',
        status: 'freigegeben',
      },
    ],
    [
      'trommeln',
      {
        ...base,
        title: 'Trommelworkshop für Kinder',
        organisationId: org('afrika'),
        date: day(3),
        startTime: '15:00',
        endTime: '16:30',
        venue: 'Begegnungsstätte Wernigerode',
        address: 'Breite Straße 12, 38855 Wernigerode',
        accessibility: 'Erdgeschoss, stufenlos',
        entryFee: 'frei',
        registration: 'erbeten',
        languages: ['de', 'fr'],
        targetGroup: 'Kinder von 6 bis 12 Jahren',
        shortText: 'Kinder lernen Rhythmen aus Westafrika und bauen eine eigene Rassel.',
        contact: 'Afrikanisches Forum Harz, 03941 55512',
        status: 'freigegeben',
      },
    ],
    [
      'sprachcafe',
      {
        ...base,
        title: 'Sprachcafé international',
        organisationId: org('vhs'),
        date: day(4),
        startTime: '17:00',
        endTime: '18:30',
        venue: 'Kreisvolkshochschule',
        address: 'Spiegelstraße 4, 38820 Halberstadt',
        languages: ['de', 'uk', 'ar'],
        targetGroup: 'alle',
        shortText: '',
        status: 'geprueft',
      },
    ],
    [
      'nachbarschaftsfest',
      {
        ...base,
        title: 'Nachbarschaftsfest',
        organisationId: org('awo'),
        date: day(5),
        shortText: 'Ein Fest für alle Nachbarinnen und Nachbarn mit Essen aus vielen Ländern.',
        status: 'eingereicht',
      },
    ],
    [
      'ausstellung',
      {
        ...base,
        title: 'Fotoausstellung „Gesichter des Harzes“',
        organisationId: org('syrisch'),
        date: day(2),
        startTime: '11:00',
        endTime: '17:00',
        venue: 'Kreishaus Halberstadt, Foyer',
        address: 'Friedrich-Ebert-Straße 42, 38820 Halberstadt',
        shortText: 'Porträts von Menschen, die im Harz eine neue Heimat gefunden haben.',
        photoCredit: 'Foto: Samir H.',
        status: 'eingereicht',
      },
    ],
  ];

  return {
    outreach: [
      series,
      ...contributions.map(([key, data]) => ({
        id: `demo-ikw-${key}`,
        payload: { data, meta: meta(stamp) },
      })),
    ],
  };
}
