// A report (Jahresbericht, Sachbericht, …) as a plain model: aggregates only, laid out by a
// Berichtsprofil. Tables come from one catalogue (reportTables.ts), so figures agree across profiles,
// with the dashboard and in every export.
import type { Language } from '../domain/settings';
import { percentChange } from '../stats/dashboard';
import { profileLabels } from './profileLabels';
import { reportLabels } from './reportLabels';
import { BUILTIN_PROFILES, isBuiltinProfileId, type ReportProfile } from './reportProfiles';
import {
  reportCatalogue,
  type ReportChart,
  type ReportInput,
  type ReportPeriod,
  type ReportRow,
  type ReportTable,
} from './reportTables';

export { shiftYears } from './reportTables';
export type {
  MonthPoint,
  ReportChart,
  ReportInput,
  ReportPeriod,
  ReportRow,
  ReportTable,
  ReportUnit,
} from './reportTables';

export interface ReportSection {
  /** The section's key in its profile: the office's text is stored under it. */
  id: string;
  number: number;
  title: string;
  tables: ReportTable[];
  /** The profile's own text block for this section (what the funder asks for); '' when none. */
  intro: string;
  /** The office's own words for this section (highlights, context). */
  text: string;
  /** Whether the office writes its own words here (the page offers a field). */
  withText: boolean;
  chart?: ReportChart;
}

export interface AnnualReport {
  language: Language;
  /** The profile the report was laid out by. */
  profileId: string;
  title: string;
  subtitle: string;
  officeName: string;
  district: string;
  team: string[];
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  createdAt: string;
  sections: ReportSection[];
}

/** "+12" / "−5" percent change between the columns; null when the previous value is zero. */
export function rowChange(row: ReportRow): number | null {
  return percentChange(row.current, row.previous);
}

/** A section's title: its own, else the built-in one for its key, else its key. */
export function sectionTitle(key: string, own: string | undefined, language: Language): string {
  if (own) return own;
  const L = reportLabels(language);
  return (L.sections as Record<string, string>)[key] ?? profileLabels(language).sections[key] ?? key;
}

/** A profile's name, document title and subtitle in the report's language. */
export function profileWording(profile: ReportProfile, language: Language) {
  const builtin = isBuiltinProfileId(profile.id) ? profileLabels(language).profiles[profile.id] : undefined;
  return {
    name: profile.name ?? builtin?.name ?? profile.id,
    title: profile.title ?? builtin?.title ?? profile.name ?? profile.id,
    subtitle: profile.subtitle ?? builtin?.subtitle ?? '',
  };
}

/** The report of one period laid out by one profile (sections switched off are left out). */
export function buildReport(
  input: ReportInput,
  period: ReportPeriod,
  profile: ReportProfile,
  options: { language: Language; createdAt: Date },
): AnnualReport {
  const L = reportLabels(options.language);
  const P = profileLabels(options.language);
  const catalogue = reportCatalogue(input, period, L);
  const { settings } = input;
  const wording = profileWording(profile, options.language);
  const sections = profile.sections.filter((s) => s.enabled);
  return {
    language: options.language,
    profileId: profile.id,
    title: wording.title,
    subtitle: wording.subtitle,
    officeName: settings.officeName,
    district: settings.district,
    team: settings.lists.teamMembers.filter((e) => !e.hidden).map((e) => e.label),
    from: period.from,
    to: period.to,
    previousFrom: catalogue.previous.from,
    previousTo: catalogue.previous.to,
    createdAt: options.createdAt.toISOString(),
    sections: sections.map((s, i) => ({
      id: s.key,
      number: i + 1,
      title: sectionTitle(s.key, s.title, options.language),
      tables: s.tables.map((id) => catalogue.table(id)),
      intro: s.intro ?? P.intros[s.key] ?? '',
      text: s.withText === false ? '' : (input.texts[s.key] ?? ''),
      withText: s.withText !== false,
      ...(s.chart ? { chart: catalogue.chart(s.chart) } : {}),
    })),
  };
}

/** The Jahresbericht (the first profile, as shipped). */
export function buildAnnualReport(
  input: ReportInput,
  period: ReportPeriod,
  options: { language: Language; createdAt: Date },
): AnnualReport {
  return buildReport(input, period, BUILTIN_PROFILES.jahresbericht, options);
}
