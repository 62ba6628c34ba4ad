// The demo office's Wegweiser: fifteen support offers of the demo's organisations in several
// chapters — one whose provider has not agreed to publication yet, two not checked for over a year
// (so "Ist das noch aktuell?" has something to show).
import { format, subMonths } from 'date-fns';
import type { RecordMeta } from '../domain/recordMeta';
import type { OfferData } from '../outreach/guideRecords';

interface Generated<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

/** Provider (the start of its name), chapter, title, details; `monthsAgo` of the last check. */
interface OfferPattern {
  provider: string;
  chapter: string;
  title: string;
  description: string;
  targetGroup: string;
  languages: string[];
  /** Index into the demo's Gemeinden (gemeinde-01 …); null: the whole district. */
  place: number | null;
  openingHours: string;
  cost: string;
  contact: string;
  monthsAgo: number;
  consent: boolean;
}

const PATTERNS: readonly OfferPattern[] = [
  {
    provider: 'Ausländerbehörde',
    chapter: 'kapitel-01',
    title: 'Beratung zu Aufenthaltstitel und Einbürgerung',
    description:
      'Auskunft zu Aufenthaltserlaubnis, Niederlassungserlaubnis und Einbürgerung; Termine nach Vereinbarung.',
    targetGroup: 'Zugewanderte aller Aufenthaltsstatus',
    languages: ['Deutsch', 'Englisch'],
    place: null,
    openingHours: 'Mo, Di, Do 8–12 Uhr, Do 13–17 Uhr',
    cost: 'Gebühren nach Aufenthaltsverordnung',
    contact: 'Terminvergabe über die Zentrale',
    monthsAgo: 2,
    consent: true,
  },
  {
    provider: 'Caritas Migrationsberatung',
    chapter: 'kapitel-01',
    title: 'Migrationsberatung für erwachsene Zugewanderte (MBE)',
    description: 'Begleitung in den ersten Jahren: Aufenthalt, Sprache, Arbeit, Wohnen und Familie.',
    targetGroup: 'Erwachsene ab 27 Jahren',
    languages: ['Deutsch', 'Arabisch', 'Russisch'],
    place: 0,
    openingHours: 'Di 9–12 Uhr, Do 14–17 Uhr',
    cost: 'kostenlos',
    contact: 'Offene Sprechstunde, Anmeldung erwünscht',
    monthsAgo: 4,
    consent: true,
  },
  {
    provider: 'Jugendmigrationsdienst',
    chapter: 'kapitel-01',
    title: 'Jugendmigrationsdienst: Beratung junger Menschen',
    description: 'Unterstützung beim Übergang Schule–Beruf, bei Anerkennung und Alltagsfragen.',
    targetGroup: 'Junge Menschen von 12 bis 27 Jahren',
    languages: ['Deutsch', 'Englisch', 'Dari'],
    place: 1,
    openingHours: 'Mo–Do 9–15 Uhr',
    cost: 'kostenlos',
    contact: 'Per Telefon oder E-Mail',
    monthsAgo: 14,
    consent: true,
  },
  {
    provider: 'Diakonie Beratungszentrum',
    chapter: 'kapitel-02',
    title: 'Wohnungsnotfallhilfe und Mietberatung',
    description: 'Hilfe bei drohendem Wohnungsverlust, Mietschulden und der Wohnungssuche.',
    targetGroup: 'Alle Menschen mit Wohnungsproblemen',
    languages: ['Deutsch', 'Türkisch'],
    place: 0,
    openingHours: 'Mi 10–16 Uhr',
    cost: 'kostenlos',
    contact: 'Offene Sprechstunde',
    monthsAgo: 6,
    consent: true,
  },
  {
    provider: 'Jobcenter',
    chapter: 'kapitel-03',
    title: 'Integrationscenter für Arbeit',
    description: 'Vermittlung in Arbeit und Ausbildung, Förderung von Sprachkursen und Qualifizierung.',
    targetGroup: 'Leistungsberechtigte nach SGB II',
    languages: ['Deutsch', 'Ukrainisch', 'Arabisch'],
    place: null,
    openingHours: 'Mo–Fr 8–12 Uhr, Do bis 18 Uhr',
    cost: 'kostenlos',
    contact: 'Service-Telefon des Jobcenters',
    monthsAgo: 3,
    consent: true,
  },
  {
    provider: 'Bildungswerk der Wirtschaft',
    chapter: 'kapitel-03',
    title: 'Beratung zur Anerkennung ausländischer Berufsabschlüsse',
    description: 'Welche Stelle ist zuständig, welche Unterlagen werden gebraucht, welche Förderung gibt es.',
    targetGroup: 'Menschen mit ausländischem Berufsabschluss',
    languages: ['Deutsch', 'Englisch', 'Französisch'],
    place: 2,
    openingHours: 'nach Vereinbarung',
    cost: 'kostenlos',
    contact: 'Termin per E-Mail',
    monthsAgo: 20,
    consent: true,
  },
  {
    provider: 'Kita',
    chapter: 'kapitel-04',
    title: 'Eltern-Kind-Gruppe mit Sprachförderung',
    description: 'Spielen, singen und Deutsch lernen für Eltern mit Kindern unter drei Jahren.',
    targetGroup: 'Familien mit Kleinkindern',
    languages: ['Deutsch'],
    place: 1,
    openingHours: 'Fr 9.30–11 Uhr',
    cost: 'kostenlos',
    contact: 'Ohne Anmeldung',
    monthsAgo: 1,
    consent: true,
  },
  {
    provider: 'Grundschule',
    chapter: 'kapitel-04',
    title: 'Hausaufgabenhilfe für Kinder mit Deutsch als Zweitsprache',
    description: 'Ehrenamtliche helfen bei den Hausaufgaben und beim Lesen.',
    targetGroup: 'Grundschulkinder',
    languages: ['Deutsch', 'Arabisch'],
    place: 0,
    openingHours: 'Mo und Mi 14–15.30 Uhr',
    cost: 'kostenlos',
    contact: 'Über die Klassenleitung',
    monthsAgo: 8,
    consent: true,
  },
  {
    provider: 'Frauenzentrum',
    chapter: 'kapitel-05',
    title: 'Frauencafé international',
    description: 'Treffpunkt für Frauen aus aller Welt mit Kinderbetreuung.',
    targetGroup: 'Frauen',
    languages: ['Deutsch', 'Persisch', 'Ukrainisch'],
    place: 2,
    openingHours: 'Di 15–17 Uhr',
    cost: 'kostenlos',
    contact: 'Einfach vorbeikommen',
    monthsAgo: 5,
    consent: true,
  },
  {
    provider: 'DRK Kreisverband Harz',
    chapter: 'kapitel-06',
    title: 'Gesundheitslotsen: Begleitung zu Arztterminen',
    description:
      'Ehrenamtliche Lotsinnen und Lotsen erklären das Gesundheitssystem und begleiten zu Terminen.',
    targetGroup: 'Zugewanderte ohne ausreichende Deutschkenntnisse',
    languages: ['Deutsch', 'Arabisch', 'Kurdisch', 'Russisch'],
    place: null,
    openingHours: 'nach Vereinbarung',
    cost: 'kostenlos',
    contact: 'Vermittlung über den Migrationsdienst',
    monthsAgo: 7,
    consent: true,
  },
  {
    provider: 'Sozialamt',
    chapter: 'kapitel-07',
    title: 'Leistungen nach dem Asylbewerberleistungsgesetz',
    description: 'Antragstellung und Beratung zu Leistungen, Unterkunft und Krankenbehandlung.',
    targetGroup: 'Asylsuchende und Geduldete',
    languages: ['Deutsch'],
    place: null,
    openingHours: 'Di und Do 8–12 Uhr',
    cost: 'kostenlos',
    contact: 'Sachbearbeitung nach Anfangsbuchstaben',
    monthsAgo: 9,
    consent: true,
  },
  {
    provider: 'Tafel',
    chapter: 'kapitel-07',
    title: 'Lebensmittelausgabe',
    description: 'Ausgabe gespendeter Lebensmittel gegen einen kleinen Kostenbeitrag.',
    targetGroup: 'Menschen mit geringem Einkommen (Nachweis nötig)',
    languages: ['Deutsch'],
    place: 1,
    openingHours: 'Mi und Fr 13–15 Uhr',
    cost: '2 € je Einkauf',
    contact: 'Ausgabestelle',
    monthsAgo: 10,
    // Not yet agreed: stays out of the printed guide and the HSDS export.
    consent: false,
  },
  {
    provider: 'Kreisvolkshochschule',
    chapter: 'kapitel-08',
    title: 'Integrationskurse mit Alphabetisierung',
    description: 'Sprachkurs und Orientierungskurs, auch als Eltern- und Frauenkurs.',
    targetGroup: 'Zugewanderte mit Berechtigung oder Verpflichtung',
    languages: ['Deutsch'],
    place: null,
    openingHours: 'Einstufung Mo 10–12 Uhr',
    cost: 'Kostenbeitrag laut BAMF, Befreiung möglich',
    contact: 'Kursberatung',
    monthsAgo: 2,
    consent: true,
  },
  {
    provider: 'Sprachschule',
    chapter: 'kapitel-08',
    title: 'Berufssprachkurse (DeuFöV)',
    description: 'Deutsch für den Beruf von B1 bis C1, auch in Teilzeit.',
    targetGroup: 'Arbeitsuchende und Beschäftigte',
    languages: ['Deutsch'],
    place: 0,
    openingHours: 'Beratung Di 14–16 Uhr',
    cost: 'kostenlos mit Berechtigungsschein',
    contact: 'Sekretariat',
    monthsAgo: 5,
    consent: true,
  },
  {
    provider: 'Kreissportbund',
    chapter: 'kapitel-09',
    title: 'Sport interkulturell',
    description: 'Schnupperangebote in Vereinen des Landkreises, Vermittlung in Sportgruppen.',
    targetGroup: 'Kinder, Jugendliche und Erwachsene',
    languages: ['Deutsch', 'Englisch'],
    place: null,
    openingHours: 'je nach Verein',
    cost: 'erste drei Monate beitragsfrei',
    contact: 'Koordination Integration durch Sport',
    monthsAgo: 3,
    consent: true,
  },
];

const meta = (stamp: string): RecordMeta => ({
  createdAt: stamp,
  changedAt: stamp,
  deviceId: 'd-bench',
  rev: 0,
});

/** The offers, each with the first demo organisation whose name starts as its pattern says. */
export function demoGuide(
  now: Date,
  organisations: ReadonlyArray<{ id: string; name: string }>,
): Array<Generated<OfferData>> {
  const stamp = now.toISOString();
  const out: Array<Generated<OfferData>> = [];
  PATTERNS.forEach((p, i) => {
    const org = organisations.find((o) => o.name.startsWith(p.provider));
    if (!org) return;
    out.push({
      id: `demo-angebot-${String(i + 1).padStart(2, '0')}`,
      payload: {
        data: {
          kind: 'offer',
          organisationId: org.id,
          title: p.title,
          chapter: p.chapter,
          description: p.description,
          targetGroup: p.targetGroup,
          languages: p.languages,
          municipality: p.place === null ? '' : `gemeinde-${String(p.place + 1).padStart(2, '0')}`,
          openingHours: p.openingHours,
          cost: p.cost,
          contact: p.contact,
          checkedOn: format(subMonths(now, p.monthsAgo), 'yyyy-MM-dd'),
          publishConsent: p.consent,
          notes: '',
        },
        meta: meta(stamp),
      },
    });
  });
  return out;
}
