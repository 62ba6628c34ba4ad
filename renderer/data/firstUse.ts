// The vault's first use (the plausibility check of every dialog's dates): the set-up day or the
// creation of its oldest record. Kept per table and brought up to date from the store's change log,
// so opening a dialog after a save does not read the creation time of 77,000 records again.
import { earliestInstant, firstUseDay } from '../../shared/domain/datePlausibility';
import type { CalendarDay } from '../../shared/domain/calendarDay';
import type { RecordTable } from '../../shared/storage/envelope';
import type { LiveRecord } from '../../shared/storage/snapshot';
import type { RecordStore } from './recordStore';

const TABLES = [
  'inquiries',
  'followups',
  'activities',
  'organisations',
  'persons',
] as const satisfies readonly RecordTable[];

const cache = new WeakMap<RecordStore, Map<RecordTable, { version: number; earliest: string | undefined }>>();

function createdAtOf(record: LiveRecord): string {
  return (record.payload as { meta?: { createdAt?: string } }).meta?.createdAt ?? '';
}

function earliestOf(store: RecordStore, table: RecordTable): string | undefined {
  let tables = cache.get(store);
  if (!tables) cache.set(store, (tables = new Map()));
  const version = store.tableVersion(table);
  const cached = tables.get(table);
  if (cached?.version === version) return cached.earliest;
  const changed = cached && store.changedSince(table, cached.version);
  const records = changed?.map((id) => store.get(table, id));
  let earliest: string | undefined;
  // New and changed records can only make it earlier (a creation time never changes); a removed one
  // may have been the earliest, so then the table is read again.
  if (cached && records && records.every((r) => r !== undefined)) {
    const candidates = records.map(createdAtOf);
    earliest = earliestInstant(cached.earliest === undefined ? candidates : [cached.earliest, ...candidates]);
  } else {
    earliest = earliestInstant(Array.from(store.all(table), createdAtOf));
  }
  tables.set(table, { version, earliest });
  return earliest;
}

/** The day the vault was set up, or of an older (restored, imported) record. */
export function vaultFirstUse(store: RecordStore, vaultCreatedAt: string): CalendarDay | undefined {
  const earliest = TABLES.map((table) => earliestOf(store, table)).filter((at) => at !== undefined);
  return firstUseDay(vaultCreatedAt, earliest);
}

/** Reads every table once (the warm-up after unlock), so the first dialog opens without it. */
export function warmFirstUse(store: RecordStore): void {
  for (const table of TABLES) earliestOf(store, table);
}
