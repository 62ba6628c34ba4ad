// Default category lists (domain.md). Ids are stable: statistics refer to ids, labels may be renamed.

export interface CategoryEntry {
  id: string;
  label: string;
  hidden?: boolean;
}

function list(prefix: string, labels: string[]): CategoryEntry[] {
  return labels.map((label, i) => ({ id: `${prefix}-${String(i + 1).padStart(2, '0')}`, label }));
}

export const DEFAULT_CHANNELS = list('kanal', [
  'Telefon',
  'E-Mail',
  'persönlich im Büro',
  'vor Ort / Außentermin',
  'Brief',
  'Videokonferenz',
]);

export const DEFAULT_REQUESTER_TYPES = list('stelle', [
  'Polizei',
  'Schule / Kita',
  'Unternehmen / Arbeitgeber',
  'Verein / Initiative',
  'Ausländerbehörde',
  'Jobcenter / Agentur für Arbeit',
  'Sozialamt / Jugendamt',
  'andere Behörde (Kreis, Land, Bund, BAMF)',
  'Integrationslotse / Ehrenamt',
  'Bildungs- / Sprachkursträger',
  'Beratungsstelle / Wohlfahrtsverband',
  'Bürger/in',
  'Zugewanderte Person',
  'Presse',
  'Politik / Kreistag',
  'Sonstige',
]);

export const DEFAULT_TOPICS = list('thema', [
  'Sprache / Sprachkurs',
  'Arbeit / Ausbildung',
  'Schule / Bildung / Kita',
  'Wohnen / Unterbringung',
  'Aufenthalt / Status',
  'Leistungen / Finanzen',
  'Gesundheit',
  'Familie / Kinder',
  'Diskriminierung / Konflikt / Sicherheit',
  'Ehrenamt',
  'Veranstaltung / Öffentlichkeitsarbeit',
  'Fördermittel',
  'Netzwerk / Kooperation',
  'Sonstiges',
]);

export const DEFAULT_TARGET_GROUPS = list('zielgruppe', [
  'Geflüchtete',
  'EU-Bürger/innen',
  'Drittstaatsangehörige',
  'Spätaussiedler/innen',
  'allgemein / keine bestimmte',
]);

export const DEFAULT_RESULTS = list('ergebnis', [
  'Auskunft erteilt',
  'verwiesen an Netzwerkpartner',
  'begleitet / vermittelt',
  'Termin vereinbart',
  'intern weitergeleitet',
  'an Leitung eskaliert',
  'keine Zuständigkeit / abgelehnt',
]);

export const DEFAULT_ORGANISATION_TYPES = list('orgart', [
  'Behörde',
  'Schule / Kita',
  'Bildungs- / Sprachkursträger',
  'Unternehmen',
  'Kammer / Verband',
  'Verein / Initiative',
  'Migrantenorganisation',
  'Beratungsstelle / Wohlfahrtsverband',
  'Religionsgemeinschaft',
  'Politik',
  'Presse',
  'Sonstige',
]);

export const DEFAULT_ACTIVITY_TYPES = list('aktart', [
  'Netzwerktreffen',
  'Arbeitskreis / Steuerungsgruppe',
  'Veranstaltung (z. B. Interkulturelle Woche)',
  'Schulbesuch / Vortrag',
  'Schulung / Fortbildung (gegeben)',
  'Fortbildung (besucht)',
  'Lotsentreffen / Austausch Ehrenamt',
  'Gremium / Ausschuss',
  'Presse / Öffentlichkeitsarbeit / Newsletter',
  'Fördermittelberatung / -antrag',
  'Sonstiges',
]);

/** The Wegweiser's chapters (issue "Veranstaltungen und Öffentlichkeitsarbeit"). */
export const DEFAULT_GUIDE_CHAPTERS = list('kapitel', [
  'Aufenthalt und Einbürgerung',
  'Wohnen',
  'Arbeit und Ausbildung',
  'Schule und Kita',
  'Familie',
  'Gesundheit',
  'Soziales',
  'Sprache',
  'Freizeit und Begegnung',
]);

/**
 * Handlungsfelder of a state's integration concept (Landesintegrationskonzept), then the cross-cutting
 * themes; an office edits them to match its own state's concept. Inquiries and activities take one.
 */
export const DEFAULT_FIELDS_OF_ACTION = list('handlungsfeld', [
  'Sprache und Bildung',
  'Ausbildung und Arbeit',
  'Wohnen und Sozialraum',
  'Gesundheit und Pflege',
  'Gesellschaftliche Teilhabe und Ehrenamt',
  'Kultur, Sport und Freizeit',
  'Aufenthalt und Einbürgerung',
  'Interkulturelle Öffnung der Verwaltung',
  'Querschnittsthema: Antidiskriminierung und Demokratie',
  'Querschnittsthema: Geschlechtergerechtigkeit',
  'Querschnittsthema: Familie und Kinder',
]);

/** Status is a workflow, not an editable list: its ids drive closing rules. */
export const INQUIRY_STATUSES = ['offen', 'in-bearbeitung', 'wartet', 'erledigt'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export function labelOf(entries: readonly CategoryEntry[], id: string | undefined): string {
  if (!id) return '';
  return entries.find((e) => e.id === id)?.label ?? id;
}

/** Entries offered for new input: visible ones, plus the value already chosen even if hidden since. */
export function selectableEntries(
  entries: readonly CategoryEntry[],
  chosen: readonly string[] = [],
): CategoryEntry[] {
  return entries.filter((e) => !e.hidden || chosen.includes(e.id));
}
