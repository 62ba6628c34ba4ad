// The demo's Handlungsfelder (Landesintegrationskonzept) and the people and families its volunteer
// guides supported. Derived from what the records already say (an inquiry's first topic, an
// activity's title), with its own random stream for the rest: the generator behind every other
// demo value draws no extra number, so the demo's existing figures stay as they were.
import type { InquiryData } from '../domain/inquiry';
import type { ActivityData } from '../domain/network';

/** The first topic decides (ids of DEFAULT_TOPICS → DEFAULT_FIELDS_OF_ACTION); absent: none fits. */
const FIELD_OF_TOPIC: Record<string, string> = {
  'thema-01': 'handlungsfeld-01', // Sprache / Sprachkurs → Sprache und Bildung
  'thema-02': 'handlungsfeld-02', // Arbeit / Ausbildung → Ausbildung und Arbeit
  'thema-03': 'handlungsfeld-01', // Schule / Bildung / Kita → Sprache und Bildung
  'thema-04': 'handlungsfeld-03', // Wohnen / Unterbringung → Wohnen und Sozialraum
  'thema-05': 'handlungsfeld-07', // Aufenthalt / Status → Aufenthalt und Einbürgerung
  'thema-07': 'handlungsfeld-04', // Gesundheit → Gesundheit und Pflege
  'thema-08': 'handlungsfeld-11', // Familie / Kinder → Querschnittsthema: Familie und Kinder
  'thema-09': 'handlungsfeld-09', // Diskriminierung / Konflikt → Querschnittsthema: Antidiskriminierung …
  'thema-10': 'handlungsfeld-05', // Ehrenamt → Gesellschaftliche Teilhabe und Ehrenamt
  'thema-11': 'handlungsfeld-06', // Veranstaltung / Öffentlichkeitsarbeit → Kultur, Sport und Freizeit
  'thema-13': 'handlungsfeld-08', // Netzwerk / Kooperation → Interkulturelle Öffnung der Verwaltung
};

/** By the demo's activity titles (dataset.ts); absent: a meeting about everything, left without one. */
const FIELD_OF_ACTIVITY: Record<string, string> = {
  'Arbeitskreis Sprache': 'handlungsfeld-01',
  'Steuerungsgruppe Integration': 'handlungsfeld-08',
  'Interkulturelle Woche: Fest der Begegnung': 'handlungsfeld-06',
  'Schulbesuch: Flucht und Migration': 'handlungsfeld-09',
  'Schulung für Ehrenamtliche: Asylverfahren': 'handlungsfeld-05',
  'Fortbildung Interkulturelle Kompetenz': 'handlungsfeld-08',
  Lotsentreffen: 'handlungsfeld-05',
  'Beratung Förderantrag Begegnungsfest': 'handlungsfeld-06',
};

/** The Lotsentreffen: where the volunteer guides report whom they accompanied since the last one. */
const VOLUNTEER_REPORTS = 'aktart-07';

/** Share of inquiries and activities the office left without a Handlungsfeld (it is optional). */
const LEFT_EMPTY = 0.15;

/**
 * Gives demo inquiries and activities a Handlungsfeld, and the volunteers' meetings the persons and
 * families supported. `rand` is a stream of its own (not the one the records were generated with),
 * drawn the same number of times per record whatever the outcome.
 */
export function assignFieldsOfAction(
  inquiries: ReadonlyArray<{ payload: { data: InquiryData } }>,
  activities: ReadonlyArray<{ payload: { data: unknown } }>,
  rand: () => number,
): void {
  for (const inquiry of inquiries) {
    const data = inquiry.payload.data;
    const field = FIELD_OF_TOPIC[data.topics[0] ?? ''];
    if (rand() >= LEFT_EMPTY && field) data.fieldOfAction = field;
  }
  for (const activity of activities) {
    const data = activity.payload.data as ActivityData;
    const field = FIELD_OF_ACTIVITY[data.title];
    const empty = rand() < LEFT_EMPTY;
    const persons = 2 + Math.floor(rand() * 11);
    const perFamily = 2 + rand() * 1.5;
    if (field && !empty) data.fieldOfAction = field;
    if (data.type === VOLUNTEER_REPORTS && data.volunteerIds.length > 0) {
      data.personsSupported = persons;
      data.familiesSupported = Math.max(1, Math.round(persons / perFamily));
    }
  }
}
