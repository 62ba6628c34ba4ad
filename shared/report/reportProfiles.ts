// Berichtsprofile: which sections, tables, chart and texts a report has, in which order. Every
// profile draws its tables from one catalogue (reportTables.ts), so the same table shows the same
// figures in every profile. The Jahresbericht is the first profile; three more ship with the app.
import { z } from 'zod';
import { maxChars } from '../domain/limitMessage';

/** Every table a profile can show (built in reportTables.ts). */
export const TABLE_IDS = [
  'overview',
  'inquiries',
  'requesterType',
  'topics',
  'channel',
  'targetGroup',
  'municipality',
  'fieldOfAction',
  'result',
  'referrals',
  'months',
  'network',
  'activityTypes',
  'organisationTypes',
  'steering',
  'activityFields',
  'hoursByField',
  'volunteers',
  'volunteerMunicipalities',
  'volunteerMonths',
  'volunteerMeetings',
  'assignmentFields',
  'assignmentTypes',
  'allowanceMonths',
  'supported',
  'events',
  'training',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** The month charts (current period against the previous year). */
export const CHART_IDS = ['inquiryMonths', 'volunteerMonths'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const BUILTIN_PROFILE_IDS = ['jahresbericht', 'sachbericht', 'lotsen', 'landeskonzept'] as const;
export type BuiltinProfileId = (typeof BUILTIN_PROFILE_IDS)[number];

export const PROFILE_LIMITS = { sections: 40, title: 200, intro: 5000, name: 120 } as const;

/** A section's key names the office's text for it; lower-case letters, digits and dashes. */
const sectionKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'reportProfiles.invalid.sectionKey');
const optionalTitle = z.string().trim().min(1).max(PROFILE_LIMITS.title, maxChars(PROFILE_LIMITS.title));

export const profileSectionSchema = z.strictObject({
  key: sectionKey,
  /** Own title; absent: the built-in title of this key in the report's language. */
  title: optionalTitle.optional(),
  enabled: z.boolean(),
  tables: z.array(z.enum(TABLE_IDS)).max(TABLE_IDS.length),
  chart: z.enum(CHART_IDS).optional(),
  /**
   * The profile's own text block, printed in every report of this profile (what the funder asks for).
   * Absent: a built-in section's default text, if it has one; '' for none.
   */
  intro: z.string().max(PROFILE_LIMITS.intro, maxChars(PROFILE_LIMITS.intro)).optional(),
  /** Whether the office writes its own words for this section each period (default: yes). */
  withText: z.boolean().optional(),
});
export type ProfileSection = z.infer<typeof profileSectionSchema>;

export const reportProfileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'reportProfiles.invalid.id'),
    /** Shown in the profile choice; absent for a built-in profile's own name. */
    name: z.string().trim().min(1).max(PROFILE_LIMITS.name, maxChars(PROFILE_LIMITS.name)).optional(),
    /** The document's title and subtitle; absent: the built-in ones. */
    title: optionalTitle.optional(),
    subtitle: optionalTitle.optional(),
    sections: z.array(profileSectionSchema).min(1).max(PROFILE_LIMITS.sections),
  })
  .refine((p) => new Set(p.sections.map((s) => s.key)).size === p.sections.length, {
    message: 'reportProfiles.invalid.duplicateKey',
    path: ['sections'],
  });
export type ReportProfile = z.infer<typeof reportProfileSchema>;

const section = (
  key: string,
  tables: TableId[],
  extra: Partial<Omit<ProfileSection, 'key' | 'tables'>> = {},
): ProfileSection => ({ key, enabled: true, tables, ...extra });

/** The shipped profiles; an office's edited copy is stored under the same id and replaces it. */
export const BUILTIN_PROFILES: Record<BuiltinProfileId, ReportProfile> = {
  // The Jahresbericht of issue 6: its section keys are the text keys offices already wrote under.
  jahresbericht: {
    id: 'jahresbericht',
    sections: [
      section('rahmen', ['overview']),
      section(
        'anfragen',
        [
          'inquiries',
          'requesterType',
          'topics',
          'channel',
          'targetGroup',
          'municipality',
          'result',
          'referrals',
          'months',
        ],
        { chart: 'inquiryMonths' },
      ),
      section('netzwerk', ['network', 'activityTypes', 'organisationTypes']),
      section('ehrenamt', ['volunteers', 'volunteerMunicipalities']),
      section('veranstaltungen', ['events']),
      section('fortbildung', ['training']),
      section('ausblick', []),
    ],
  },
  // A section per task of the office, as a granting authority's Sachbericht asks.
  sachbericht: {
    id: 'sachbericht',
    sections: [
      section('sb-netzwerk', ['network', 'organisationTypes']),
      section('sb-steuerung', ['steering', 'activityFields']),
      section('sb-ehrenamt', ['volunteers', 'volunteerMunicipalities']),
      section('sb-oeffentlichkeit', ['events']),
      section('sb-beratung', ['inquiries', 'requesterType', 'topics', 'result', 'referrals'], {
        chart: 'inquiryMonths',
      }),
    ],
  },
  // The volunteers' programme (Integrationslotsen).
  lotsen: {
    id: 'lotsen',
    sections: [
      section('il-ueberblick', ['volunteers']),
      section('il-monate', ['volunteerMonths'], { chart: 'volunteerMonths' }),
      section('il-einsatz', ['volunteerMunicipalities', 'assignmentFields', 'assignmentTypes']),
      section('il-treffen', ['volunteerMeetings']),
      section('il-entschaedigung', ['allowanceMonths']),
      section('il-unterstuetzung', ['supported']),
    ],
  },
  // The state's integration concept: everything by Handlungsfeld, goals and indicators as text.
  landeskonzept: {
    id: 'landeskonzept',
    sections: [
      section('lik-ueberblick', ['overview']),
      section('lik-anfragen', ['fieldOfAction']),
      section('lik-aktivitaeten', ['activityFields', 'hoursByField']),
      section('lik-ziele', []),
    ],
  },
};

export function isBuiltinProfileId(id: string): id is BuiltinProfileId {
  return (BUILTIN_PROFILE_IDS as readonly string[]).includes(id);
}

/**
 * The profiles to choose from: the built-in ones (or the office's edited copy of each) first, then
 * the office's own, by name.
 */
export function availableProfiles(stored: readonly ReportProfile[]): ReportProfile[] {
  const byId = new Map(stored.map((p) => [p.id, p]));
  const builtins = BUILTIN_PROFILE_IDS.map((id) => byId.get(id) ?? BUILTIN_PROFILES[id]);
  const own = stored
    .filter((p) => !isBuiltinProfileId(p.id))
    .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'de'));
  return [...builtins, ...own];
}
