// Löschfristen on the vault: read and save the rules, list what is due, anonymise it in one
// transaction together with the deletion-log entry, and rewrite the snapshot at once so no
// anonymised content survives in it.
import { collectAuskunft, type AuskunftModel } from '../../shared/dsgvo/auskunft';
import { nextMeta, type RecordMeta } from '../../shared/domain/recordMeta';
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
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

interface StoredValue<T> {
  data: T;
  meta: RecordMeta;
}

export function readRetentionRules(store: RecordStore): RetentionRules {
  const stored = (store.get('settings', RETENTION_ID)?.payload as StoredValue<unknown> | undefined)?.data;
  const parsed = retentionRulesSchema.safeParse({ ...DEFAULT_RETENTION, ...(stored as object | undefined) });
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export async function saveRetentionRules(vault: OpenVault, rules: RetentionRules, now = new Date()) {
  const previous = vault.store.get('settings', RETENTION_ID)?.payload as StoredValue<unknown> | undefined;
  await vault.put('settings', RETENTION_ID, {
    data: retentionRulesSchema.parse(rules),
    meta: nextMeta(previous?.meta, now, vault.deviceId),
  });
}

export function readRetentionLog(store: RecordStore): RetentionLogEntry[] {
  const stored = store.get('settings', RETENTION_LOG_ID)?.payload as
    StoredValue<{ entries: RetentionLogEntry[] }> | undefined;
  return stored?.data.entries ?? [];
}

export function retentionInput(store: RecordStore): RetentionInput {
  const all = <T>(table: RecordTable) =>
    Array.from(store.all(table), (r) => ({ id: r.id, payload: r.payload as StoredValue<T> }));
  return { inquiries: all('inquiries'), followups: all('followups'), persons: all('persons') };
}

export function dueForRetention(store: RecordStore, now = new Date()): DueItem[] {
  return findDue(retentionInput(store), readRetentionRules(store), now);
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
  const previous = vault.store.get('settings', RETENTION_LOG_ID)?.payload as
    StoredValue<{ entries: RetentionLogEntry[] }> | undefined;
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
  const all = <T>(table: RecordTable) =>
    Array.from(vault.store.all(table), (r) => ({ id: r.id, payload: r.payload as StoredValue<T> }));
  const { writes, removals, log } = planErasure(
    { ...retentionInput(vault.store), activities: all<{ volunteerIds: string[] }>('activities') },
    personId,
    now,
    vault.deviceId,
  );
  await applyWrites(vault, writes, log, now, removals);
}

/** Everything about one person, for an Auskunft (null when the person does not exist). */
export function auskunftFor(vault: OpenVault, personId: string, now = new Date()): AuskunftModel | null {
  const all = <T>(table: RecordTable) =>
    Array.from(vault.store.all(table), (r) => ({ id: r.id, payload: r.payload as StoredValue<T> }));
  return collectAuskunft(
    {
      persons: all('persons'),
      organisations: all('organisations'),
      inquiries: all('inquiries'),
      followups: all('followups'),
      activities: all('activities'),
    },
    personId,
    now,
  );
}
