import type { TeamDevice } from './team';
import { z } from 'zod';
import { maxChars, maxEuro } from './limitMessage';
import {
  DEFAULT_ACTIVITY_TYPES,
  DEFAULT_CHANNELS,
  DEFAULT_FIELDS_OF_ACTION,
  DEFAULT_GUIDE_CHAPTERS,
  DEFAULT_ORGANISATION_TYPES,
  DEFAULT_REQUESTER_TYPES,
  DEFAULT_RESULTS,
  DEFAULT_TARGET_GROUPS,
  DEFAULT_TOPICS,
  type CategoryEntry,
} from './categories';

/** An Einwohnerzahl: a whole number from 1 to 100,000,000 (settings and the Kennzahlen comparison). */
export const populationSchema = z
  .number({ error: 'validation.number' })
  .int('validation.wholeNumber')
  .min(1, 'kennzahlen.populationRange')
  .max(100_000_000, 'kennzahlen.populationRange');

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The editable lists in Einstellungen. Order in the array is the order offered in forms. */
export const LIST_KEYS = [
  'requesterTypes',
  'topics',
  'channels',
  'targetGroups',
  'results',
  'municipalities',
  'teamMembers',
  'organisationTypes',
  'activityTypes',
  'workingGroups',
  'guideChapters',
  'fieldsOfAction',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export type CategoryLists = Record<ListKey, CategoryEntry[]>;

/** Prefix of new ids per list, so an id says where it belongs. */
export const LIST_ID_PREFIX: Record<ListKey, string> = {
  requesterTypes: 'stelle',
  topics: 'thema',
  channels: 'kanal',
  targetGroups: 'zielgruppe',
  results: 'ergebnis',
  municipalities: 'gemeinde',
  teamMembers: 'person',
  organisationTypes: 'orgart',
  activityTypes: 'aktart',
  workingGroups: 'gremium',
  guideChapters: 'kapitel',
  fieldsOfAction: 'handlungsfeld',
};

export const DEFAULT_LISTS: CategoryLists = {
  requesterTypes: DEFAULT_REQUESTER_TYPES,
  topics: DEFAULT_TOPICS,
  channels: DEFAULT_CHANNELS,
  targetGroups: DEFAULT_TARGET_GROUPS,
  results: DEFAULT_RESULTS,
  municipalities: [],
  teamMembers: [],
  organisationTypes: DEFAULT_ORGANISATION_TYPES,
  activityTypes: DEFAULT_ACTIVITY_TYPES,
  workingGroups: [],
  guideChapters: DEFAULT_GUIDE_CHAPTERS,
  fieldsOfAction: DEFAULT_FIELDS_OF_ACTION,
};

const entrySchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  hidden: z.boolean().optional(),
});

export const settingsSchema = z.object({
  officeName: z.string().trim().max(120, maxChars(120)),
  /** Landkreis, for the annual report's title page. */
  district: z.string().trim().max(120, maxChars(120)),
  /** Einwohnerzahl des Landkreises, for figures per 10.000 inhabitants (Kennzahlen); null: not entered. */
  population: populationSchema.nullable(),
  autoLockMinutes: z
    .number({ error: 'validation.number' })
    .int('validation.wholeNumber')
    .min(1, 'validation.autoLockRange')
    .max(240, 'validation.autoLockRange'),
  language: z.enum(LANGUAGES),
  networkCareMonths: z
    .number({ error: 'validation.number' })
    .int('validation.wholeNumber')
    .min(1, 'validation.monthsRange')
    .max(60, 'validation.monthsRange'),
  allowanceCapCents: z
    .number({ error: 'validation.number' })
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(10_000_00, maxEuro(10_000_00)),
  lists: z.object(
    Object.fromEntries(LIST_KEYS.map((k) => [k, z.array(entrySchema)])) as Record<
      ListKey,
      z.ZodArray<typeof entrySchema>
    >,
  ),
});
export type Settings = z.infer<typeof settingsSchema>;
export type GeneralSettings = Omit<Settings, 'lists'>;

export const DEFAULT_SETTINGS: Settings = {
  officeName: 'Koordinierungsstelle für Integration',
  district: '',
  population: null,
  autoLockMinutes: 10,
  language: 'de',
  networkCareMonths: 6,
  allowanceCapCents: 200_00,
  lists: DEFAULT_LISTS,
};

export const SETTINGS_ID = 'office';

/** Settings of this installation only (who sits at it), kept as their own record for a later sync. */
export interface DeviceSettings {
  currentUserId?: string;
  /** Local day (YYYY-MM-DD) on which due follow-ups were last announced. */
  lastReminderDay?: string;
  /** Passphrase of this computer's automatic backups (kept inside the encrypted vault only). */
  autoBackupPassphrase?: string;
  /**
   * Set when a recovery key is shown, cleared when the person confirms it is stored: a window closed
   * in between leaves a vault whose key may be lost, and unlock then reminds (RecoveryKeyReminder).
   */
  recoveryKeyUnconfirmed?: boolean;
  /**
   * "Gesehen" in the notice of conflicting changes (Einstellungen → Team): the records with their
   * conflicts as they were then (`table/id/count/latest`); a record with another conflict since is
   * listed again. Each record's history keeps them all.
   */
  conflictsSeen?: string[];
  /** This device's connection to its office team (a device secret: never synced, exported or backed up). */
  team?: TeamDevice;
}

export function deviceSettingsId(deviceId: string): string {
  return `device-${deviceId}`;
}
