// The reports table: the office's own words per profile and period (one encrypted record each), and
// the office's Berichtsprofile (its edited copies of the built-in ones and its own).
import { nextMeta } from '../../shared/domain/recordMeta';
import { payloadOf } from '../../shared/storage/records';
import { isBuiltinProfileId, type ReportProfile } from '../../shared/report/reportProfiles';
import { deleteRecords } from './deletion';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

export type ReportTexts = Partial<Record<string, string>>;

const PROFILE_PREFIX = 'profil-';

/**
 * The same profile and period always map to the same record (a later sync merges, never
 * duplicates). The Jahresbericht keeps the ids its texts were first written under.
 */
export function reportTextsId(from: string, to: string, profileId = 'jahresbericht'): string {
  return profileId === 'jahresbericht' ? `jahresbericht-${from}-${to}` : `bericht-${profileId}-${from}-${to}`;
}

export function profileRecordId(profileId: string): string {
  return `${PROFILE_PREFIX}${profileId}`;
}

const NO_TEXTS: ReportTexts = Object.freeze({});

function storedTexts(store: RecordStore, id: string) {
  const record = store.get('reports', id);
  if (!record) return undefined;
  const { data, meta } = payloadOf('reports', record);
  return 'texts' in data ? { data, meta } : undefined;
}

/** The stored texts; the same object until they change (so it can key a memo). */
export function readReportTexts(
  store: RecordStore,
  from: string,
  to: string,
  profileId = 'jahresbericht',
): ReportTexts {
  return storedTexts(store, reportTextsId(from, to, profileId))?.data.texts ?? NO_TEXTS;
}

/** Saves one section's text; resolves once it is durable. */
export async function saveReportText(
  vault: OpenVault,
  from: string,
  to: string,
  section: string,
  text: string,
  now = new Date(),
  profileId = 'jahresbericht',
): Promise<void> {
  const id = reportTextsId(from, to, profileId);
  const previous = storedTexts(vault.store, id);
  const texts = { ...previous?.data.texts, [section]: text };
  const write = vault.put('reports', id, {
    data: { from, to, texts },
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  });
  textWrites.add(write);
  try {
    await write;
  } finally {
    textWrites.delete(write);
  }
}

/** The report texts being written (an export waits for them: see reportTextsWritten). */
const textWrites = new Set<Promise<unknown>>();

/**
 * Resolves when every report text being written now has been written (or failed): the field left
 * by a click on an export button starts its save just before the export.
 */
export async function reportTextsWritten(): Promise<void> {
  await Promise.allSettled([...textWrites]);
}

const profileCache = new WeakMap<RecordStore, { version: number; profiles: ReportProfile[] }>();

/** The office's stored profiles (edited built-in ones under their own id, and its own). */
export function storedProfiles(store: RecordStore): ReportProfile[] {
  const version = store.tableVersion('reports');
  const hit = profileCache.get(store);
  if (hit?.version === version) return hit.profiles;
  const profiles: ReportProfile[] = [];
  for (const record of store.all('reports')) {
    if (!record.id.startsWith(PROFILE_PREFIX)) continue;
    const { data } = payloadOf('reports', record);
    if ('profile' in data) profiles.push(data.profile);
  }
  profileCache.set(store, { version, profiles });
  return profiles;
}

/** Saves a profile (a built-in one's edited copy replaces it); durable when it resolves. */
export async function saveProfile(vault: OpenVault, profile: ReportProfile, now = new Date()): Promise<void> {
  const id = profileRecordId(profile.id);
  const record = vault.store.get('reports', id);
  const previous = record ? payloadOf('reports', record).meta : undefined;
  await vault.put('reports', id, { data: { profile }, meta: nextMeta(previous, now, vault.deviceId) });
}

/**
 * Deletes an office's own profile, or takes a built-in one back to how it ships. The texts written
 * for it stay (they are the office's words for those periods).
 */
export async function deleteProfile(vault: OpenVault, profileId: string, now = new Date()): Promise<void> {
  const id = profileRecordId(profileId);
  if (!vault.store.get('reports', id)) return;
  await deleteRecords(vault, { removals: [{ table: 'reports', id }] }, now);
}

export { isBuiltinProfileId };
