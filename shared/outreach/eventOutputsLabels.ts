// The wording of an event series' outputs (programme booklet, calendar files, partner checklist,
// press release). They go to the public and the press in German; English is the app's second language.
import type { Language } from '../domain/settings';

/** Press style: numbers up to twelve as words ("mit drei Partnern"). */
const WORDS = [
  'null',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];
function inWords(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "im Landkreis Harz", "in der Stadt Halle", "in Halle". */
function inDistrict(district: string): string {
  if (/^(Land)?kreis\b/i.test(district)) return `im ${district}`;
  if (/^(Stadt|Region|Städteregion)\b/i.test(district)) return `in der ${district}`;
  return `in ${district}`;
}

const de = {
  booklet: 'Programmheft',
  programme: 'Programm',
  contents: 'Veranstaltungen',
  entries: (n: number) => (n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`),
  venueIndex: 'Verzeichnis nach Veranstaltungsort',
  organiserIndex: 'Verzeichnis nach Veranstalter',
  indexHint: 'Die Zahlen verweisen auf die Nummern der Veranstaltungen.',
  noEntries: 'Noch keine freigegebenen Beiträge.',
  timeSuffix: ' Uhr',
  allDay: 'ganztägig',
  unknownOrganiser: 'Veranstalter unbekannt',
  noVenue: 'Ort wird noch bekannt gegeben',
  fields: {
    organiser: 'Veranstalter',
    venue: 'Ort',
    accessibility: 'Barrierefreiheit',
    entryFee: 'Eintritt',
    registration: 'Anmeldung',
    languages: 'Sprachen',
    targetGroup: 'Zielgruppe',
    contact: 'Kontakt',
    photoCredit: 'Foto',
  },
  /** The online event calendar's columns, in this order. */
  csv: [
    'Datum',
    'Beginn',
    'Ende',
    'Titel',
    'Veranstalter',
    'Ort',
    'Adresse',
    'Barrierefreiheit',
    'Eintritt',
    'Anmeldung',
    'Sprachen',
    'Zielgruppe',
    'Beschreibung',
  ],
  status: { eingereicht: 'eingereicht', geprueft: 'geprüft', freigegeben: 'freigegeben' },
  checklist: {
    title: 'Partner-Checkliste',
    missing: {
      venue: 'Veranstaltungsort fehlt',
      address: 'Adresse fehlt',
      time: 'Uhrzeit fehlt',
      shortText: 'Kurztext fehlt',
      photoConsent: 'Fotonachweis ohne Einverständnis',
      outsidePeriod: 'Datum außerhalb der Reihe',
    },
    noContribution: 'Noch kein Beitrag eingereicht',
    complete: 'vollständig',
    columns: ['Organisation', 'Beitrag', 'Datum', 'Status', 'Es fehlt'],
    asked: 'angefragt',
  },
  press: {
    title: 'Pressemitteilung',
    draft: 'Entwurf',
    placeDate: '[Ort], [Datum] –',
    lead: (p: {
      office: string;
      district: string;
      title: string;
      period: string;
      entries: number;
      organisers: number;
      venues: number;
    }) =>
      `${p.period} findet ${p.district ? `${inDistrict(p.district)} ` : ''}die ${p.title} statt. ` +
      `${p.office} lädt gemeinsam mit ${p.organisers === 1 ? 'einem Partner' : `${inWords(p.organisers)} Partnern`} ` +
      `zu ${p.entries === 1 ? 'einer Veranstaltung' : `${inWords(p.entries)} Veranstaltungen`} ` +
      `an ${p.venues === 1 ? 'einem Ort' : `${inWords(p.venues)} Orten`} ein.`,
    motto: (motto: string) => `Das Motto lautet „${motto}“.`,
    headline: (title: string, motto: string) => (motto ? `${title}: „${motto}“` : title),
    why: '[Warum: Anliegen der Woche in zwei Sätzen – was soll sie im Landkreis bewirken?]',
    quote: '[Zitat der oder des Integrationsbeauftragten, mit Name und Funktion]',
    highlights: 'Aus dem Programm',
    moreEvents: (n: number) =>
      n === 1 ? 'Dazu kommt eine weitere Veranstaltung.' : `Dazu kommen ${n} weitere Veranstaltungen.`,
    programme: 'Das vollständige Programm steht im Programmheft: [Link oder Auslagestellen].',
    funder: (credit: string) => credit,
    contact: 'Pressekontakt',
    contactPlaceholder: '[Ansprechperson, Telefon, E-Mail]',
    noEntries: '[Noch keine freigegebenen Beiträge – das Programm folgt.]',
  },
  ics: { organiser: 'Veranstalter', registration: 'Anmeldung', entryFee: 'Eintritt' },
  fileNames: {
    booklet: 'Programmheft',
    calendar: 'Termine',
    csv: 'Veranstaltungskalender',
    checklist: 'Partner-Checkliste',
    press: 'Pressemitteilung',
  },
};

export type EventOutputsLabels = typeof de;

const en: EventOutputsLabels = {
  booklet: 'Programme booklet',
  programme: 'Programme',
  contents: 'Events',
  entries: (n) => (n === 1 ? '1 event' : `${n} events`),
  venueIndex: 'Index by venue',
  organiserIndex: 'Index by organiser',
  indexHint: 'The numbers refer to the numbers of the events.',
  noEntries: 'No approved contributions yet.',
  timeSuffix: '',
  allDay: 'all day',
  unknownOrganiser: 'Organiser unknown',
  noVenue: 'Venue to be announced',
  fields: {
    organiser: 'Organiser',
    venue: 'Venue',
    accessibility: 'Accessibility',
    entryFee: 'Admission',
    registration: 'Registration',
    languages: 'Languages',
    targetGroup: 'Target group',
    contact: 'Contact',
    photoCredit: 'Photo',
  },
  csv: [
    'Date',
    'Start',
    'End',
    'Title',
    'Organiser',
    'Venue',
    'Address',
    'Accessibility',
    'Admission',
    'Registration',
    'Languages',
    'Target group',
    'Description',
  ],
  status: { eingereicht: 'submitted', geprueft: 'checked', freigegeben: 'approved' },
  checklist: {
    title: 'Partner checklist',
    missing: {
      venue: 'Venue missing',
      address: 'Address missing',
      time: 'Time missing',
      shortText: 'Short text missing',
      photoConsent: 'Photo credit without consent',
      outsidePeriod: 'Date outside the series',
    },
    noContribution: 'No contribution submitted yet',
    complete: 'complete',
    columns: ['Organisation', 'Contribution', 'Date', 'Status', 'Missing'],
    asked: 'asked',
  },
  press: {
    title: 'Press release',
    draft: 'Draft',
    placeDate: '[Place], [Date] –',
    lead: (p) =>
      `${p.title} takes place ${p.district ? `in ${p.district} ` : ''}${p.period}. ` +
      `${p.office} and ${p.organisers === 1 ? 'one partner' : `${p.organisers} partners`} invite ` +
      `to ${p.entries === 1 ? 'one event' : `${p.entries} events`} at ` +
      `${p.venues === 1 ? 'one venue' : `${p.venues} venues`}.`,
    motto: (motto) => `Its motto is “${motto}”.`,
    headline: (title, motto) => (motto ? `${title}: “${motto}”` : title),
    why: '[Why: the aim of the week in two sentences – what should it achieve in the district?]',
    quote: '[Quote of the integration officer, with name and role]',
    highlights: 'From the programme',
    moreEvents: (n) => (n === 1 ? 'One more event follows.' : `${n} more events follow.`),
    programme: 'The full programme is in the programme booklet: [link or where to find it].',
    funder: (credit) => credit,
    contact: 'Press contact',
    contactPlaceholder: '[Contact person, phone, e-mail]',
    noEntries: '[No approved contributions yet – the programme follows.]',
  },
  ics: { organiser: 'Organiser', registration: 'Registration', entryFee: 'Admission' },
  fileNames: {
    booklet: 'Programme booklet',
    calendar: 'Events',
    csv: 'Event calendar',
    checklist: 'Partner checklist',
    press: 'Press release',
  },
};

export function eventOutputsLabels(language: Language): EventOutputsLabels {
  return language === 'en' ? en : de;
}
