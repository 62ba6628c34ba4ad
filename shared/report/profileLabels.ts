// The built-in profiles' wording: names, document titles, section titles and their text blocks, in
// the report's language. An office's own titles and texts (stored in its profile) replace these.
import type { Language } from '../domain/settings';
import type { BuiltinProfileId } from './reportProfiles';

interface ProfileWording {
  name: string;
  title: string;
  subtitle: string;
}

const de = {
  profiles: {
    jahresbericht: {
      name: 'Jahresbericht',
      title: 'Jahresbericht',
      subtitle: 'Sachbericht der Koordinierungsstelle für Integration',
    },
    sachbericht: {
      name: 'Koordinierungsstelle (Sachbericht)',
      title: 'Sachbericht',
      subtitle: 'Tätigkeit der Koordinierungsstelle für Integration nach Aufgaben',
    },
    lotsen: {
      name: 'Integrationslotsen',
      title: 'Bericht Integrationslotsen',
      subtitle: 'Ehrenamtliche Integrationslotsinnen und -lotsen im Landkreis',
    },
    landeskonzept: {
      name: 'Landesintegrationskonzept',
      title: 'Bericht zum Landesintegrationskonzept',
      subtitle: 'Anfragen und Aktivitäten nach Handlungsfeldern',
    },
  } satisfies Record<BuiltinProfileId, ProfileWording>,
  sections: {
    'sb-netzwerk': 'Netzwerkarbeit',
    'sb-steuerung': 'Steuerung von Integrationsmaßnahmen',
    'sb-ehrenamt': 'Begleitung des Ehrenamts (Integrationslotsen)',
    'sb-oeffentlichkeit': 'Öffentlichkeitsarbeit',
    'sb-beratung': 'Beratung und Verweisung',
    'il-ueberblick': 'Überblick',
    'il-monate': 'Aktive Integrationslotsen je Monat',
    'il-einsatz': 'Einsatz nach Gemeinde und Bereich',
    'il-treffen': 'Treffen und Schulungen',
    'il-entschaedigung': 'Aufwandsentschädigungen',
    'il-unterstuetzung': 'Unterstützte Personen und Familien',
    'lik-ueberblick': 'Überblick',
    'lik-anfragen': 'Anfragen nach Handlungsfeld',
    'lik-aktivitaeten': 'Aktivitäten nach Handlungsfeld',
    'lik-ziele': 'Ziele und Indikatoren',
  } as Record<string, string>,
  intros: {
    'lik-ziele':
      'Für jedes Handlungsfeld des Landesintegrationskonzepts: Ziel der Koordinierungsstelle, Indikator, an dem das Ziel gemessen wird, und Stand am Ende des Berichtszeitraums. Querschnittsthemen werden wie Handlungsfelder berichtet.',
  } as Record<string, string>,
  outline: { goal: 'Ziel', indicator: 'Indikator', status: 'Stand' },
};

const en: typeof de = {
  profiles: {
    jahresbericht: {
      name: 'Annual report',
      title: 'Annual report',
      subtitle: 'Activity report of the integration coordination office',
    },
    sachbericht: {
      name: 'Coordination office (activity report)',
      title: 'Activity report',
      subtitle: "The integration coordination office's work by task",
    },
    lotsen: {
      name: 'Volunteers (Integrationslotsen)',
      title: 'Volunteers report',
      subtitle: 'Volunteer integration guides in the district',
    },
    landeskonzept: {
      name: "State's integration concept",
      title: "Report on the state's integration concept",
      subtitle: 'Inquiries and activities by field of action',
    },
  },
  sections: {
    'sb-netzwerk': 'Network work',
    'sb-steuerung': 'Steering of integration measures',
    'sb-ehrenamt': 'Supporting volunteers (Integrationslotsen)',
    'sb-oeffentlichkeit': 'Public relations',
    'sb-beratung': 'Advice and referral',
    'il-ueberblick': 'Overview',
    'il-monate': 'Active volunteers per month',
    'il-einsatz': 'Assignments by municipality and field',
    'il-treffen': 'Meetings and trainings',
    'il-entschaedigung': 'Allowances',
    'il-unterstuetzung': 'People and families supported',
    'lik-ueberblick': 'Overview',
    'lik-anfragen': 'Inquiries by field of action',
    'lik-aktivitaeten': 'Activities by field of action',
    'lik-ziele': 'Goals and indicators',
  },
  intros: {
    'lik-ziele':
      "For each field of action of the state's integration concept: the office's goal, the indicator it is measured by, and where it stood at the end of the reporting period. Cross-cutting themes are reported like fields of action.",
  },
  outline: { goal: 'Goal', indicator: 'Indicator', status: 'Status' },
};

export type ProfileLabels = typeof de;

export function profileLabels(language: Language): ProfileLabels {
  return language === 'en' ? en : de;
}
