// Löschfristen on the vault: read and save the rules, list what is due, anonymise it in one
// transaction together with the deletion-log entry, and rewrite the snapshot at once so no
// anonymised content survives in it.
import { collectAuskunft, type AuskunftModel } from '../../shared/dsgvo/auskunft';
import { nextMeta } from '../../shared/domain/recordMeta';
import {
  DEFAULT_RETENTION,
  RETENTION_ID,
  RETENTION_LOG_ID,
  findDue,
  planAnonymisation,
  planErasure,
  retentionRulesSchema,
  type DueItem,
  type RetentionInput,
  type RetentionLogEntry,
  type RetentionRules,
  type Write,
} from '../../shared/retention/retention';
import type { RecordTable } from '../../shared/storage/envelope';
import {
  payloadOf,
  settingsPayloadOf,
  type RecordPayload,
  type SettingsPayload,
} from '../../shared/storage/records';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

export function readRetentionRules(store: RecordStore): RetentionRules {
  return settingsPayloadOf('retention', store.get('settings', RETENTION_ID))?.data ?? DEFAULT_RETENTION;
}

export async function saveRetentionRules(vault: OpenVault, rules: RetentionRules, now = new Date()) {
  const previous = settingsPayloadOf('retention', vault.store.get('settings', RETENTION_ID));
  const payload: SettingsPayload<'retention'> = {
    data: retentionRulesSchema.parse(rules),
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  };
  await vault.put('settings', RETENTION_ID, payload);
}

export function readRetentionLog(store: RecordStore): RetentionLogEntry[] {
  return settingsPayloadOf('retentionLog', store.get('settings', RETENTION_LOG_ID))?.data.entries ?? [];
}

/** Every record of a table with its typed payload, as the pure retention and Auskunft planners take them. */
function all<T extends 'inquiries' | 'followups' | 'persons' | 'organisations' | 'activities' | 'funding'>(
  store: RecordStore,
  table: T,
): Array<{ id: string; payload: RecordPayload<T> }> {
  return Array.from(store.all(table), (r) => ({ id: r.id, payload: payloadOf(table, r) }));
}

export function retentionInput(store: RecordStore): RetentionInput {
  return {
    inquiries: all(store, 'inquiries'),
    followups: all(store, 'followups'),
    persons: all(store, 'persons'),
    funding: all(store, 'funding'),
  };
}

const dueCache = new WeakMap<RecordStore, { key: string; due: DueItem[] }>();

/**
 * What the rules make due now. Kept until one of its tables changes or the hour turns: the notice
 * on "Heute" asks on every render, and a pass over 50,000 inquiries is too long for that. Periods
 * are months, so an hour's delay before a record shows as due is nothing.
 */
export function dueForRetention(store: RecordStore, now = new Date()): DueItem[] {
  const known = knownDueForRetention(store, now);
  if (known) return known;
  const due = findDue(retentionInput(store), readRetentionRules(store), now);
  dueCache.set(store, { key: dueKey(store, now), due });
  return due;
}

/** dueForRetention's answer when it is at hand without a pass over the records, else undefined. */
export function knownDueForRetention(store: RecordStore, now = new Date()): DueItem[] | undefined {
  const cached = dueCache.get(store);
  return cached?.key === dueKey(store, now) ? cached.due : undefined;
}

function dueKey(store: RecordStore, now: Date): string {
  return [
    store.tableVersion('inquiries'),
    store.tableVersion('persons'),
    store.tableVersion('funding'),
    store.tableVersion('settings'),
    now.toISOString().slice(0, 13),
  ].join('|');
}

/** Writes anonymised records and the log entry together (all or nothing), then the snapshot. */
export async function applyWrites(
  vault: OpenVault,
  writes: readonly Write[],
  log: readonly RetentionLogEntry[],
  now: Date,
  removals: ReadonlyArray<{ table: RecordTable; id: string }> = [],
): Promise<void> {
  if (writes.length === 0 && removals.length === 0) return;
  const previous = settingsPayloadOf('retentionLog', vault.store.get('settings', RETENTION_LOG_ID));
  const byTable = new Map<RecordTable, Array<{ id: string; payload: unknown }>>();
  for (const w of writes) {
    const list = byTable.get(w.table) ?? [];
    list.push({ id: w.id, payload: w.payload });
    byTable.set(w.table, list);
  }
  const settings = byTable.get('settings') ?? [];
  settings.push({
    id: RETENTION_LOG_ID,
    payload: {
      data: { entries: [...(previous?.data.entries ?? []), ...log] },
      meta: nextMeta(previous?.meta, now, vault.deviceId),
    },
  });
  byTable.set('settings', settings);
  await vault.putAll(
    [...byTable].map(([table, records]) => ({ table, records })),
    removals,
  );
  await vault.writeSnapshot();
}

/** Anonymises the given due records; returns how many records were changed. */
export async function applyRetention(
  vault: OpenVault,
  due: readonly DueItem[],
  automatic: boolean,
  now = new Date(),
): Promise<number> {
  const { writes, log } = planAnonymisation(retentionInput(vault.store), due, now, vault.deviceId, automatic);
  await applyWrites(vault, writes, log, now);
  return writes.length;
}

/** "Person löschen": removes the person, anonymises every reference, logs it; one transaction. */
export async function erasePerson(vault: OpenVault, personId: string, now = new Date()): Promise<void> {
  const { writes, removals, log } = planErasure(
    { ...retentionInput(vault.store), activities: all(vault.store, 'activities') },
    personId,
    now,
    vault.deviceId,
  );
  await applyWrites(vault, writes, log, now, removals);
}

/** Everything about one person, for an Auskunft (null when the person does not exist). */
export function auskunftFor(vault: OpenVault, personId: string, now = new Date()): AuskunftModel | null {
  return collectAuskunft(
    {
      persons: all(vault.store, 'persons'),
      organisations: all(vault.store, 'organisations'),
      inquiries: all(vault.store, 'inquiries'),
      followups: all(vault.store, 'followups'),
      activities: all(vault.store, 'activities'),
    },
    personId,
    now,
  );
}
