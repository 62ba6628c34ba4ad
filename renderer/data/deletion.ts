// Deleting records by hand (an inquiry, an activity or the rest of a series, a follow-up, an
// organisation): the records become tombstones, records that pointed at them are rewritten, and
// the Löschprotokoll gets one line per table — ids and counts, never content — all in one
// transaction, then the snapshot is rewritten so the deleted content leaves it at once.
// Deleted records leave every statistic because the statistics read the live records only.
import type { RetentionLogEntry, Write } from '../../shared/retention/retention';
import type { RecordTable } from '../../shared/storage/envelope';
import { applyWrites } from './retention';
import type { OpenVault } from './vault';

export interface Deletion {
  /** Records to delete. */
  removals: ReadonlyArray<{ table: RecordTable; id: string }>;
  /** Records that change with it (links moved or dropped, an inquiry's history entry). */
  writes?: readonly Write[];
}

/** The Löschprotokoll lines for a deletion: one per table, ids and counts only. */
export function deletionLog(
  removals: ReadonlyArray<{ table: RecordTable; id: string }>,
  now: Date,
): RetentionLogEntry[] {
  const byTable = new Map<RecordTable, string[]>();
  for (const r of removals) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.id]);
  return [...byTable].map(([table, ids]) => ({
    at: now.toISOString(),
    rule: 'deletion',
    table,
    count: ids.length,
    ids,
    automatic: false,
  }));
}

/** Deletes records and writes the dependent changes and the log line in one transaction. */
export async function deleteRecords(vault: OpenVault, deletion: Deletion, now = new Date()): Promise<void> {
  if (deletion.removals.length === 0) return;
  await applyWrites(
    vault,
    deletion.writes ?? [],
    deletionLog(deletion.removals, now),
    now,
    deletion.removals,
  );
}
