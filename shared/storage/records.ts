// The record registry: for every table (and every kind of settings record) the one declaration of
// what its encrypted payload holds — a zod schema with defaults for fields added later, and
// migrations for older shapes. Storage, restore, import, export and a later sync read it: a record
// that does not match is refused (restore, import) or skipped and reported (unlock), never guessed at.
//
// Unknown fields are refused, not stripped: every field the app writes is declared here, so an
// unknown one means a file from a newer version or a hand-made one; stripping it would drop data
// silently at the next save, keeping it would carry unchecked content into memory, exports and
// the next backup.
import { z } from 'zod';
import { INQUIRY_STATUSES } from '../domain/categories';
import { FOLLOWUP_STATUSES, type FollowupData } from '../domain/followup';
import { HISTORY_ACTIONS, type HistoryEntry, type InquiryData } from '../domain/inquiry';
import {
  allowanceSchema,
  emptyOrganisation,
  emptyPerson,
  type ActivityData,
  type OrganisationData,
  type PersonData,
} from '../domain/network';
import { recordMetaSchema, type RecordMeta } from '../domain/recordMeta';
import {
  MEMBER_PREFIX,
  MEMBER_ROLES,
  STATISTICS_ID,
  type MemberData,
  type StatisticsSettings,
} from '../domain/team';
import {
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  SETTINGS_ID,
  settingsSchema,
  type DeviceSettings,
} from '../domain/settings';
import type { InquiryTemplateData } from '../domain/template';
import { reportProfileSchema } from '../report/reportProfiles';
import { APPLICATION_STATUSES, PROJECT_STATUSES, type FundingData } from '../funding/fundingRecords';
import { outreachData } from '../outreach/outreachRecords';
import {
  DEFAULT_RETENTION,
  RETENTION_ID,
  RETENTION_LOG_ID,
  retentionRulesSchema,
  type RetentionLogEntry,
} from '../retention/retention';
import { RECORD_TABLES, type RecordTable } from './envelope';

// ---------- Field types ----------
import { count, day, dayOrEmpty, ids, instant } from './storedFields';

const metaSchema = z.strictObject({ ...recordMetaSchema.shape, createdAt: instant, changedAt: instant });

// ---------- Per-table data ----------
// Stored data is checked for types and readable values; lengths and required texts are the forms'
// business (imports and anonymisation write what a form would refuse, e.g. an empty first name).

const historyEntry = z.strictObject({
  at: instant,
  action: z.enum(HISTORY_ACTIONS),
  by: z.string().optional(),
}) satisfies z.ZodType<HistoryEntry>;

const inquiryData = z.strictObject({
  receivedAt: instant,
  channel: z.string(),
  requesterType: z.string(),
  topics: ids,
  subject: z.string(),
  notes: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  closedAt: instant.optional(),
  targetGroup: z.string().optional(),
  municipality: z.string().optional(),
  fieldOfAction: z.string().optional(),
  result: z.string().optional(),
  referrals: z.array(z.string()).optional(),
  minutes: count.optional(),
  handledBy: z.string().optional(),
  urgent: z.boolean().optional(),
  affectedPersons: count.optional(),
  requester: z.strictObject({ name: z.string(), organisation: z.string(), contact: z.string() }).optional(),
  requesterOrgId: z.string().optional(),
  requesterPersonId: z.string().optional(),
  referralOrgIds: ids.optional(),
  history: z.array(historyEntry).optional(),
  anonymisedAt: instant.optional(),
}) satisfies z.ZodType<InquiryData>;

const followupData = z.strictObject({
  title: z.string(),
  due: day,
  assignee: z.string().optional(),
  notes: z.string(),
  inquiryId: z.string().optional(),
  status: z.enum(FOLLOWUP_STATUSES),
  doneAt: instant.optional(),
  source: z.string().optional(),
  anonymisedAt: instant.optional(),
}) satisfies z.ZodType<FollowupData>;

const nullableCount = count.nullable();
const templateData = z.strictObject({
  name: z.string(),
  fields: z.strictObject({
    channel: z.string(),
    requesterType: z.string(),
    topics: ids,
    subject: z.string(),
    notes: z.string(),
    status: z.enum(INQUIRY_STATUSES),
    targetGroup: z.string(),
    municipality: z.string(),
    result: z.string(),
    referrals: z.array(z.string()),
    minutes: nullableCount,
    handledBy: z.string(),
    urgent: z.boolean(),
    affectedPersons: nullableCount,
    /** Added after the first templates were saved. */
    referralOrgIds: ids.default([]),
    fieldOfAction: z.string().default(''),
  }),
}) satisfies z.ZodType<InquiryTemplateData>;

/** Fields missing in records of older versions take the empty form's values. */
function withDefaults<T extends z.ZodRawShape>(shape: T, empty: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      key in empty ? (schema as z.ZodType).default(empty[key]) : schema,
    ]),
  ) as { [K in keyof T]: z.ZodDefault<T[K]> };
}

const organisationShape = {
  name: z.string(),
  type: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  offers: ids,
  offersText: z.string(),
  memberSince: dayOrEmpty,
  memberships: ids,
  notes: z.string(),
};
const organisationData = z.strictObject(
  withDefaults(organisationShape, emptyOrganisation()),
) satisfies z.ZodType<OrganisationData>;

const personShape = {
  firstName: z.string(),
  lastName: z.string(),
  function: z.string(),
  organisationId: z.string(),
  phone: z.string(),
  mobile: z.string(),
  address: z.string(),
  email: z.string(),
  languages: z.array(z.string()),
  notes: z.string(),
  consent: z.strictObject({ purpose: z.string(), givenOn: day, withdrawnOn: dayOrEmpty }).nullable(),
  volunteer: z
    .strictObject({
      municipality: z.string(),
      activeFrom: dayOrEmpty,
      activeUntil: dayOrEmpty,
      allowances: z.array(z.strictObject(allowanceSchema.shape)),
    })
    .nullable(),
};
const personData = z.strictObject({
  ...withDefaults(personShape, emptyPerson()),
  anonymisedAt: instant.optional(),
}) satisfies z.ZodType<PersonData>;

const activityData = z.strictObject({
  date: day,
  startTime: z.string().refine((t) => t === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(t), 'time'),
  durationMinutes: nullableCount,
  type: z.string(),
  title: z.string(),
  organisationIds: ids,
  volunteerIds: ids,
  participants: nullableCount,
  municipality: z.string(),
  fieldOfAction: z.string().optional(),
  personsSupported: nullableCount.optional(),
  familiesSupported: nullableCount.optional(),
  minutes: nullableCount,
  notes: z.string(),
  handledBy: z.string().optional(),
  seriesId: z.string().optional(),
}) satisfies z.ZodType<ActivityData>;

// The reports table: the office's own words per profile and period, and the office's Berichtsprofile.
const reportTextsData = z.strictObject({
  from: day,
  to: day,
  /** By section key of the profile (the Jahresbericht's keys are its section ids). */
  texts: z.record(z.string().max(40), z.string()),
});
const reportProfileData = z.strictObject({ profile: reportProfileSchema });
const reportsData = z.union([reportTextsData, reportProfileData]);

// Funding (Fördermittel): one table, four kinds told apart by `kind`.
const optionalCents = count.nullable();
const fundingData = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('programme'),
    funder: z.string(),
    name: z.string(),
    version: z.string(),
    ratePercent: z.number().int().min(0).max(100).nullable(),
    capCents: optionalCents,
    authority: z.string(),
    deadlines: z.array(day),
    notes: z.string(),
    link: z.string(),
  }),
  z.strictObject({
    kind: z.literal('project'),
    title: z.string(),
    purpose: z.string(),
    programmeId: z.string(),
    from: day,
    to: day,
    status: z.enum(PROJECT_STATUSES),
    award: z.strictObject({
      date: dayOrEmpty,
      reference: z.string(),
      amountCents: optionalCents,
      conditions: z.string(),
      proofDue: dayOrEmpty,
    }),
    plan: z.array(
      z.strictObject({ id: z.string(), category: z.string(), plannedCents: count, ownShareCents: count }),
    ),
    payments: z.array(z.strictObject({ id: z.string(), date: day, amountCents: count, note: z.string() })),
    proofSubmittedOn: dayOrEmpty,
    notes: z.string(),
  }),
  z.strictObject({
    kind: z.literal('receipt'),
    projectId: z.string(),
    number: z.string(),
    date: day,
    party: z.string(),
    purpose: z.string(),
    amountCents: count,
    lineId: z.string(),
    note: z.string(),
    anonymisedAt: instant.optional(),
  }),
  z.strictObject({
    kind: z.literal('application'),
    organisationId: z.string(),
    programmeId: z.string(),
    title: z.string(),
    deadline: dayOrEmpty,
    amountCents: optionalCents,
    status: z.enum(APPLICATION_STATUSES),
    notes: z.string(),
  }),
]) satisfies z.ZodType<FundingData>;

// ---------- Settings records ----------
/** The office settings; lists added by later versions start with their defaults. */
const officeSettingsData = z.strictObject({
  ...withDefaults(settingsSchema.omit({ lists: true }).shape, DEFAULT_SETTINGS),
  lists: z.strictObject(withDefaults(settingsSchema.shape.lists.shape, DEFAULT_LISTS)).default(DEFAULT_LISTS),
});

const retentionRulesData = z.strictObject(withDefaults(retentionRulesSchema.shape, DEFAULT_RETENTION));

const retentionLogData = z.strictObject({
  entries: z.array(
    z.strictObject({
      at: instant,
      rule: z.enum(['inquiries', 'persons', 'volunteers', 'receipts', 'erasure', 'deletion']),
      table: z.enum(RECORD_TABLES),
      count,
      ids,
      automatic: z.boolean(),
    }) satisfies z.ZodType<RetentionLogEntry>,
  ),
});

/** Settings of one installation (who sits at it); kept as their own record for a later sync. */
const deviceSettingsData = z.strictObject({
  currentUserId: z.string().optional(),
  /** Local day on which due follow-ups were last announced. */
  lastReminderDay: day.optional(),
  /** Passphrase of this computer's automatic backups: a device secret (see DEVICE_SECRETS). */
  autoBackupPassphrase: z.string().optional(),
  /** A recovery key was issued on this device and not yet confirmed as stored. */
  recoveryKeyUnconfirmed: z.boolean().optional(),
  /** The records' conflicts marked seen in Einstellungen → Team. */
  conflictsSeen: z.array(z.string()).optional(),
  /** The connection to the office team: a device secret as a whole. */
  team: z
    .strictObject({
      server: z.string(),
      database: z.string(),
      user: z.string(),
      password: z.string(),
      office: z.string(),
      identity: z.string(),
      recipient: z.string(),
      keys: z.array(z.strictObject({ keyId: z.string(), secret: z.string(), idSecret: z.string() })),
      checkpoint: z.string().optional(),
      erased: z
        .array(
          z.strictObject({
            docId: z.string(),
            table: z.string(),
            id: z.string(),
            leaves: z.array(z.string()),
            pushed: z.boolean(),
          }),
        )
        .optional(),
      lastSyncAt: instant.optional(),
      adoptName: z.string().optional(),
      role: z.enum(['leitung', 'verwaltung']).optional(),
      fundingKeys: z
        .array(z.strictObject({ keyId: z.string(), secret: z.string(), idSecret: z.string() }))
        .optional(),
      announced: z.string().optional(),
    })
    .optional(),
}) satisfies z.ZodType<DeviceSettings>;

/** A member of the office team (one per member device), synced like any record. */
const memberData = z.strictObject({
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  device: z.string(),
  recipient: z.string(),
  joinedAt: instant,
  removedAt: instant.optional(),
  lastSyncAt: instant.optional(),
}) satisfies z.ZodType<MemberData>;

/** Where the statistics for the office lead are published. */
const statisticsData = z.strictObject({
  database: z.string(),
  funding: z.boolean().optional(),
  removed: ids.optional(),
}) satisfies z.ZodType<StatisticsSettings>;

/** Ids of device settings records: `deviceSettingsId` in shared/domain/settings.ts. */
const DEVICE_SETTINGS_PREFIX = 'device-';

// ---------- The registry ----------
/** Turns an older payload's data into the current shape; must leave current data unchanged. */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

interface RecordKind<D extends z.ZodType> {
  data: D;
  /** The whole payload: data and change clock (built once; zod compiles a schema on first use). */
  payload: z.ZodType;
  /** Applied in order before validation. */
  migrations: readonly Migration[];
  /**
   * Fields of `data` that belong to this device only: never exported, never in a backup (manual or
   * automatic), never synced, and a restore keeps this device's own value.
   */
  deviceSecrets: readonly string[];
}

function kind<D extends z.ZodType>(
  data: D,
  { migrations = [], deviceSecrets = [] }: Partial<Pick<RecordKind<D>, 'migrations' | 'deviceSecrets'>> = {},
): RecordKind<D> {
  return { data, payload: z.strictObject({ data, meta: metaSchema }), migrations, deviceSecrets };
}

/** Earlier templates kept the draft's requester link ("person:<id>"); a template never names a person. */
const dropTemplateRequester: Migration = (data) => {
  if (!isPlainObject(data.fields) || !('requesterContact' in data.fields)) return data;
  const { requesterContact: _dropped, ...fields } = data.fields;
  return { ...data, fields };
};

/**
 * Bumped whenever a schema, default or migration changes: snapshots written under an older version
 * are checked again at unlock, so their records get the migrations too.
 */
export const REGISTRY_VERSION = 2;

export const RECORD_KINDS = {
  inquiries: kind(inquiryData),
  followups: kind(followupData),
  templates: kind(templateData, { migrations: [dropTemplateRequester] }),
  organisations: kind(organisationData),
  persons: kind(personData),
  activities: kind(activityData),
  reports: kind(reportsData),
  funding: kind(fundingData),
  outreach: kind(outreachData),
} satisfies Record<Exclude<RecordTable, 'settings'>, RecordKind<z.ZodType>>;

export const SETTINGS_KINDS = {
  office: kind(officeSettingsData),
  retention: kind(retentionRulesData),
  retentionLog: kind(retentionLogData),
  device: kind(deviceSettingsData, { deviceSecrets: ['autoBackupPassphrase', 'team'] }),
  member: kind(memberData),
  statistics: kind(statisticsData),
} satisfies Record<string, RecordKind<z.ZodType>>;
export type SettingsKind = keyof typeof SETTINGS_KINDS;

/** Which kind a settings record is, by its id; undefined for an id this version does not know. */
export function settingsKindOf(id: string): SettingsKind | undefined {
  if (id === SETTINGS_ID) return 'office';
  if (id === RETENTION_ID) return 'retention';
  if (id === RETENTION_LOG_ID) return 'retentionLog';
  if (id === STATISTICS_ID) return 'statistics';
  if (id.startsWith(DEVICE_SETTINGS_PREFIX) && id.length > DEVICE_SETTINGS_PREFIX.length) return 'device';
  if (id.startsWith(MEMBER_PREFIX) && id.length > MEMBER_PREFIX.length) return 'member';
  return undefined;
}

/** What a record's payload holds once validated: its data and its change clock. */
export interface Payload<D> {
  data: D;
  meta: RecordMeta;
}
type DataOf<K extends RecordKind<z.ZodType>> = z.output<K['data']>;
export type RecordData<T extends keyof typeof RECORD_KINDS> = DataOf<(typeof RECORD_KINDS)[T]>;
export type SettingsData<K extends SettingsKind> = DataOf<(typeof SETTINGS_KINDS)[K]>;
export type RecordPayload<T extends keyof typeof RECORD_KINDS> = Payload<RecordData<T>>;
export type SettingsPayload<K extends SettingsKind> = Payload<SettingsData<K>>;
export type AnyPayload = Payload<unknown>;

function kindFor(table: RecordTable, id: string): RecordKind<z.ZodType> | undefined {
  if (table !== 'settings') return RECORD_KINDS[table];
  const settingsKind = settingsKindOf(id);
  return settingsKind && SETTINGS_KINDS[settingsKind];
}

/**
 * The id of a new record: a random UUIDv4. Ids are stored in the clear, so they must say nothing
 * (a UUIDv7 would reveal the creation time to the millisecond). Existing ids stay as they are.
 */
export function newRecordId(): string {
  return globalThis.crypto.randomUUID();
}

// ---------- Validation ----------
export type RecordProblemReason =
  'notObject' | 'missing' | 'wrongType' | 'invalid' | 'unknownField' | 'forbiddenKey' | 'unknownSettings';

/** Why a record was refused: the reason and the field it concerns ("data.receivedAt"). */
export interface RecordProblem {
  reason: RecordProblemReason;
  field: string;
}

export type RecordValidation<P = AnyPayload> =
  { ok: true; payload: P } | { ok: false; problem: RecordProblem };

/** Keys that reach an object's prototype when copied with a spread or assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeyPath(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const inner = forbiddenKeyPath((value as Record<string, unknown>)[key], here);
    if (inner) return inner;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function problemOf(error: z.ZodError, input: unknown): RecordProblem {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { reason: 'unknownField', field: [field, issue.keys[0]].filter(Boolean).join('.') };
  }
  if (issue.code === 'invalid_type') {
    if (issue.path.length === 0) return { reason: 'notObject', field: '' };
    return { reason: valueAt(input, issue.path) === undefined ? 'missing' : 'wrongType', field };
  }
  return { reason: 'invalid', field };
}

/**
 * Checks one record's payload against the registry. On success the payload is the validated copy
 * (defaults filled in, migrations applied): store that, not the input.
 */
export function validateRecord(table: RecordTable, id: string, payload: unknown): RecordValidation {
  const recordKind = kindFor(table, id);
  if (!recordKind) return { ok: false, problem: { reason: 'unknownSettings', field: id } };
  if (!isPlainObject(payload)) return { ok: false, problem: { reason: 'notObject', field: '' } };
  const forbidden = forbiddenKeyPath(payload, '');
  if (forbidden) return { ok: false, problem: { reason: 'forbiddenKey', field: forbidden } };
  let input: unknown = payload;
  if (recordKind.migrations.length && isPlainObject(payload.data)) {
    const data = recordKind.migrations.reduce((d, migrate) => migrate(d), payload.data);
    input = { ...payload, data };
  }
  const parsed = recordKind.payload.safeParse(input);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error, input) };
  return { ok: true, payload: parsed.data as AnyPayload };
}

// ---------- Typed access ----------
/**
 * A record's payload, typed by its table. The store only receives payloads that passed
 * validateRecord (unlock, restore, import) or were built by the app's own typed writers, so this
 * is the one place where the type is asserted rather than checked again on every read.
 */
export function payloadOf<T extends keyof typeof RECORD_KINDS>(
  _table: T,
  record: { payload: unknown },
): RecordPayload<T> {
  return record.payload as RecordPayload<T>;
}

/**
 * A settings record's validated payload (defaults filled in), or undefined when there is none or it
 * does not match. Settings are few and small, so they are checked on every read.
 */
export function settingsPayloadOf<K extends SettingsKind>(
  settingsKind: K,
  record: { id: string; payload: unknown } | undefined,
): SettingsPayload<K> | undefined {
  if (!record || settingsKindOf(record.id) !== settingsKind) return undefined;
  const result = validateRecord('settings', record.id, record.payload);
  return result.ok ? (result.payload as SettingsPayload<K>) : undefined;
}

// ---------- Device secrets ----------
/** The payload without this kind's device secrets (for exports, backups and sync). */
export function withoutDeviceSecrets(table: RecordTable, id: string, payload: unknown): unknown {
  const secrets = kindFor(table, id)?.deviceSecrets ?? [];
  if (!secrets.length || !isPlainObject(payload) || !isPlainObject(payload.data)) return payload;
  const data = { ...payload.data };
  for (const key of secrets) delete data[key];
  return { ...payload, data };
}

/** The device secrets of a payload, to carry over into a restored version of the same record. */
export function deviceSecretsOf(table: RecordTable, id: string, payload: unknown): Record<string, unknown> {
  const secrets = kindFor(table, id)?.deviceSecrets ?? [];
  if (!isPlainObject(payload) || !isPlainObject(payload.data)) return {};
  const data = payload.data;
  return Object.fromEntries(secrets.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}
