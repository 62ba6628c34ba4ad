// A Berichtsprofil as the editor holds it, and back: every text a plain string ('' where the
// profile leaves it out and the built-in wording shows), so the form never deals with absent fields.
// Also the ids a copy, an imported profile or a new section get.
import type { Language } from '../domain/settings';
import { profileLabels } from './profileLabels';
import { reportLabels } from './reportLabels';
import {
  BUILTIN_PROFILES,
  PROFILE_LIMITS,
  isBuiltinProfileId,
  type ChartId,
  type ReportProfile,
  type TableId,
} from './reportProfiles';

export interface SectionDraft {
  key: string;
  enabled: boolean;
  /** '' : the built-in title of the key. */
  title: string;
  /** The text block as shown; equal to the built-in default: the profile leaves it out. */
  intro: string;
  withText: boolean;
  tables: TableId[];
  chart: ChartId | '';
}

export interface ProfileDraft {
  id: string;
  name: string;
  title: string;
  subtitle: string;
  sections: SectionDraft[];
}

/** The built-in title of a section key, or undefined for an office's own section. */
export function builtinSectionTitle(key: string, language: Language): string | undefined {
  return (
    (reportLabels(language).sections as Record<string, string>)[key] ?? profileLabels(language).sections[key]
  );
}

/** The built-in text block of a section key ('' when it has none). */
export function builtinSectionIntro(key: string, language: Language): string {
  return profileLabels(language).intros[key] ?? '';
}

export function profileToDraft(profile: ReportProfile, language: Language): ProfileDraft {
  return {
    id: profile.id,
    name: profile.name ?? '',
    title: profile.title ?? '',
    subtitle: profile.subtitle ?? '',
    sections: profile.sections.map((s) => ({
      key: s.key,
      enabled: s.enabled,
      title: s.title ?? '',
      intro: s.intro ?? builtinSectionIntro(s.key, language),
      withText: s.withText !== false,
      tables: [...s.tables],
      chart: s.chart ?? '',
    })),
  };
}

/**
 * The profile the draft describes (not yet validated). Texts left empty, or equal to the built-in
 * wording, are left out, so they follow the report's language.
 */
export function draftToProfile(draft: ProfileDraft, language: Language): ReportProfile {
  const own = (value: string, builtin?: string) => {
    const trimmed = value.trim();
    return trimmed && trimmed !== builtin ? trimmed : undefined;
  };
  const builtin = isBuiltinProfileId(draft.id) ? profileLabels(language).profiles[draft.id] : undefined;
  const name = own(draft.name, builtin?.name);
  const title = own(draft.title, builtin?.title);
  const subtitle = own(draft.subtitle, builtin?.subtitle);
  return {
    id: draft.id,
    ...(name ? { name } : {}),
    ...(title ? { title } : {}),
    ...(subtitle ? { subtitle } : {}),
    sections: draft.sections.map((s) => {
      const sectionTitle = own(s.title, builtinSectionTitle(s.key, language));
      const defaultIntro = builtinSectionIntro(s.key, language);
      // An intro equal to the default is left out; an emptied default is kept as '' (none).
      const intro = s.intro.trim() === defaultIntro.trim() ? undefined : s.intro.trim();
      return {
        key: s.key,
        ...(sectionTitle ? { title: sectionTitle } : {}),
        enabled: s.enabled,
        tables: [...s.tables],
        ...(s.chart ? { chart: s.chart } : {}),
        ...(intro !== undefined ? { intro } : {}),
        ...(s.withText ? {} : { withText: false }),
      };
    }),
  };
}

/** A new section's key: never one the profile had, so no old period's text turns up under it. */
export function newSectionKey(existing: readonly string[], seed: number): string {
  const taken = new Set(existing);
  let n = seed;
  let key = `eigen-${n.toString(36)}`;
  while (taken.has(key)) key = `eigen-${(++n).toString(36)}`;
  return key;
}

/** An own profile's id from its name ("Bericht Kreistag 2025" → "bericht-kreistag-2025"), unique. */
export function profileIdFromName(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'profil';
  const used = new Set([...taken, ...Object.keys(BUILTIN_PROFILES)]);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A name no other profile has: "Name", else "Name (2)", "Name (3)" … */
export function uniqueProfileName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase('de')));
  if (!used.has(name.toLocaleLowerCase('de'))) return name;
  // "Sachbericht Land (2)" taken too becomes "Sachbericht Land (3)", not "… (2) (2)"; the number fits
  // within the name's limit (a 120-character name is shortened for it).
  const base = name.replace(/ \(\d+\)$/, '');
  const numbered = (n: number) => `${base.slice(0, PROFILE_LIMITS.name - ` (${n})`.length).trimEnd()} (${n})`;
  let n = 2;
  while (used.has(numbered(n).toLocaleLowerCase('de'))) n++;
  return numbered(n);
}

/**
 * A copy of a profile as a new own profile: its name, a new id, and the document title and
 * subtitle it showed (a built-in's would otherwise become the new name).
 */
export function copyProfile(
  source: ReportProfile,
  name: string,
  takenIds: readonly string[],
  wording: { title: string; subtitle: string },
): ReportProfile {
  return {
    ...structuredClone(source),
    id: profileIdFromName(name, takenIds),
    name: name.trim(),
    title: source.title ?? wording.title,
    ...((source.subtitle ?? wording.subtitle) ? { subtitle: source.subtitle ?? wording.subtitle } : {}),
  };
}
