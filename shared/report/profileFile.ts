// A Berichtsprofil as a small JSON file, so offices can share their profiles. The file holds the
// profile only: the texts an office writes per period are its own and never leave with it.
// Reading refuses anything that is not exactly a valid profile, naming the problem by a text key
// (reportProfiles.file.* / reportProfiles.invalid.*), so the caller changes nothing.
import { parseLimitMessage } from '../domain/limitMessage';
import { utf8Decode, utf8Encode } from '../crypto/bytes';
import { profileIdFromName, uniqueProfileName } from './profileDraft';
import { isBuiltinProfileId, reportProfileSchema, TABLE_IDS, type ReportProfile } from './reportProfiles';

export const PROFILE_FILE_FORMAT = 'anlaufstelle-berichtsprofil';
export const PROFILE_FILE_VERSION = 1;
/** A profile of 40 sections with long texts stays far below this; more is not a profile. */
export const PROFILE_FILE_MAX_BYTES = 200 * 1024;

export interface ProfileFileProblem {
  /** A text key (reportProfiles.file.* or reportProfiles.invalid.*). */
  key: string;
  values?: Record<string, string | number>;
}

export type ProfileFileResult =
  { ok: true; profile: ReportProfile } | { ok: false; problem: ProfileFileProblem };

/** The file's text: pretty JSON, ending with a newline. */
export function profileFileText(profile: ReportProfile): string {
  const file = { format: PROFILE_FILE_FORMAT, version: PROFILE_FILE_VERSION, profile };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function profileFileBytes(profile: ReportProfile): Uint8Array<ArrayBuffer> {
  return utf8Encode(profileFileText(profile));
}

/** "Berichtsprofil Sachbericht.json": the profile's name, without characters file systems refuse. */
export function profileFileName(name: string): string {
  const whole = name
    .replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Long names are cut at a word, not inside one.
  const head = whole.slice(0, 81);
  const cut = whole.length <= 80 ? whole : /\s/.test(head) ? head.replace(/\s+\S*$/, '') : head.slice(0, 80);
  const safe = cut.replace(/[\s.,;–-]+$/, '');
  return `Berichtsprofil ${safe || 'Profil'}.json`;
}

const fail = (key: string, values?: ProfileFileProblem['values']): ProfileFileResult => ({
  ok: false,
  problem: values ? { key: `reportProfiles.file.${key}`, values } : { key: `reportProfiles.file.${key}` },
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a profile file's bytes; refuses, with the reason, anything but a valid profile. */
export function readProfileFile(bytes: Uint8Array): ProfileFileResult {
  if (bytes.byteLength > PROFILE_FILE_MAX_BYTES) {
    return fail('tooLarge', { max: Math.round(PROFILE_FILE_MAX_BYTES / 1024) });
  }
  let text: string;
  try {
    text = utf8Decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('notJson');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (!isObject(json) || json.format !== PROFILE_FILE_FORMAT) return fail('wrongFormat');
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return fail('wrongFormat');
  }
  if (json.version > PROFILE_FILE_VERSION) return fail('newerVersion', { version: json.version });
  const parsed = reportProfileSchema.safeParse(json.profile);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, problem: explainIssue(json.profile, parsed.error.issues[0]) };
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** The first schema issue as a text key: the schema's own keys, an unknown table, or the section. */
function explainIssue(profile: unknown, issue: Issue | undefined): ProfileFileProblem {
  if (!issue) return { key: 'reportProfiles.file.invalid' };
  const [first, index, field, tableIndex] = issue.path;
  if (
    first === 'sections' &&
    typeof index === 'number' &&
    field === 'tables' &&
    typeof tableIndex === 'number'
  ) {
    const value = isObject(profile) && Array.isArray(profile.sections) ? profile.sections[index] : undefined;
    const table = isObject(value) && Array.isArray(value.tables) ? value.tables[tableIndex] : undefined;
    if (typeof table === 'string' && !(TABLE_IDS as readonly string[]).includes(table)) {
      return { key: 'reportProfiles.file.unknownTable', values: { table: table.slice(0, 60) } };
    }
  }
  if (issue.message.startsWith('reportProfiles.invalid.')) return { key: issue.message };
  // A text over its limit is named with the limit (a 150-character name, a 6,000-character text).
  const limit = parseLimitMessage(issue.message);
  if (limit.key === 'validationLimits.chars' && limit.values.max !== undefined) {
    const text =
      first === 'sections'
        ? field === 'title'
          ? 'sectionTitle'
          : 'sectionText'
        : first === 'name' || first === 'subtitle'
          ? first
          : 'title';
    const section = typeof index === 'number' ? index + 1 : 0;
    return { key: `reportProfiles.file.tooLong.${text}`, values: { max: limit.values.max, section } };
  }
  if (first === 'sections' && typeof index === 'number') {
    return { key: 'reportProfiles.file.invalidSection', values: { section: index + 1 } };
  }
  return { key: 'reportProfiles.file.invalid' };
}

export type ProfileImportPlan =
  /** The file holds a built-in profile: it becomes that profile's edited copy (after asking). */
  | { kind: 'builtin'; profile: ReportProfile }
  /** A profile not here yet: taken as it is (its name made unique). */
  | { kind: 'new'; profile: ReportProfile }
  /** An own profile with an id already here: taken as a copy with a new id and name, nothing lost. */
  | { kind: 'copy'; profile: ReportProfile };

/** How an imported profile joins the ones here (`existing`: each profile's id and shown name). */
export function planProfileImport(
  profile: ReportProfile,
  existing: readonly { id: string; name: string }[],
  shownName: string,
): ProfileImportPlan {
  if (isBuiltinProfileId(profile.id)) return { kind: 'builtin', profile };
  const ids = existing.map((p) => p.id);
  const names = existing.map((p) => p.name);
  const name = uniqueProfileName(shownName, names);
  if (!ids.includes(profile.id)) {
    return { kind: 'new', profile: name === shownName ? profile : { ...profile, name } };
  }
  return { kind: 'copy', profile: { ...profile, id: profileIdFromName(name, ids), name } };
}
