// The app's places, as typed builders: `navigate(routes.inquiry(id))` instead of strings built in
// many files. Hash URLs ("#/anfragen/…") keep the origin stable (the vault belongs to the origin).

/** A path built by `routes`: a plain string cannot be passed to `navigate` by mistake. */
export type RoutePath = string & { readonly __route: unique symbol };
export type Navigate = (path: RoutePath) => void;

/** The top-level areas, in the navigation's order; the first is the start screen. */
export const AREAS = [
  'heute',
  'anfragen',
  'wiedervorlagen',
  'netzwerk',
  'aktivitaeten',
  'oeffentlichkeit',
  'foerdermittel',
  'auswertung',
  'team',
  'jahresbericht',
  'einstellungen',
] as const;
export type Area = (typeof AREAS)[number];

/**
 * The office lead's computer (Leitung, nur Auswertung) holds figures, not records: it opens with
 * Auswertung and has no Heute, Anfragen, Wiedervorlagen, Netzwerk or Aktivitäten.
 */
export const LEAD_AREAS: readonly Area[] = ['auswertung', 'team', 'jahresbericht', 'einstellungen'];

/** Haushalt's computer: the lead's places and, first, the funding file (read only there). */
export const HAUSHALT_AREAS: readonly Area[] = ['foerdermittel', ...LEAD_AREAS];

/** The funding file's tabs ("#/foerdermittel/programme"); a Vorhaben is "#/foerdermittel/vorhaben/<id>". */
export const FUNDING_TABS = ['vorhaben', 'programme', 'antraege'] as const;
export type FundingTab = (typeof FUNDING_TABS)[number];

/**
 * Öffentlichkeitsarbeit's tabs ("#/oeffentlichkeit/wegweiser"); an event series is
 * "#/oeffentlichkeit/veranstaltungen/<id>", a newsletter issue "#/oeffentlichkeit/newsletter/<id>".
 */
export const OUTREACH_TABS = ['veranstaltungen', 'wegweiser', 'newsletter'] as const;
export type OutreachTab = (typeof OUTREACH_TABS)[number];

/** Berichte's tabs ("#/jahresbericht/kennzahlen"): the reports by profile, and the Kennzahlen. */
export const REPORT_TABS = ['bericht', 'kennzahlen'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** The network's tabs ("#/netzwerk/personen"). */
export const NETWORK_TABS = ['organisationen', 'personen', 'lotsen', 'pflege'] as const;
export type NetworkTab = (typeof NETWORK_TABS)[number];

const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}` as RoutePath;

export const routes = {
  area: (area: Area) => path(area),
  today: () => path('heute'),
  inquiries: () => path('anfragen'),
  inquiry: (id: string) => path('anfragen', id),
  followups: () => path('wiedervorlagen'),
  network: (tab: NetworkTab = 'organisationen') => path('netzwerk', tab),
  organisation: (id: string) => path('netzwerk', 'org', id),
  activities: () => path('aktivitaeten'),
  funding: (tab: FundingTab = 'vorhaben') => path('foerdermittel', tab),
  fundingProject: (id: string) => path('foerdermittel', 'vorhaben', id),
  outreach: (tab: OutreachTab = 'veranstaltungen') => path('oeffentlichkeit', tab),
  eventSeries: (id: string) => path('oeffentlichkeit', 'veranstaltungen', id),
  newsletterIssue: (id: string) => path('oeffentlichkeit', 'newsletter', id),
  dashboard: () => path('auswertung'),
  /** The team's workload per member ("Team"). */
  workload: () => path('team'),
  report: (tab: ReportTab = 'bericht') => path('jahresbericht', tab),
  settings: () => path('einstellungen'),
  /** Einstellungen scrolled to the Löschfristen (from the notice on Heute). */
  retention: () => path('einstellungen', 'loeschfristen'),
  /** Einstellungen scrolled to the Team (from the sync status in the top bar). */
  team: () => path('einstellungen', 'team'),
};
