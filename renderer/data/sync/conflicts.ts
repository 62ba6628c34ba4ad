// Values that lost where two members changed the same field while apart: kept in the record
// (meta.sync.conflicts) and shown in its history with who and when.
import { personName } from '../../../shared/domain/network';
import { RECORD_TABLES, type RecordTable } from '../../../shared/storage/envelope';
import { clockDevice, clockInstant } from '../../../shared/sync/hlc';
import type { PayloadShape } from '../../../shared/sync/payloadVersion';
import { toFollowup } from '../followups';
import { toInquiry } from '../inquiries';
import { toActivity, toOrganisation, toPerson } from '../network';
import type { RecordStore } from '../recordStore';
import { readDeviceSettings, saveDeviceSettings } from '../settings';
import type { OpenVault } from '../vault';
import { teamMembers } from './members';

export interface ShownConflict {
  field: string;
  /** The value that lost (as stored: text, number, list). */
  value: unknown;
  /** When the losing change was made (ISO instant). */
  at: string;
  /** The member whose change it was, or their computer's id when unknown. */
  by: string;
}

export function conflictsOf(store: RecordStore, table: RecordTable, id: string): ShownConflict[] {
  const conflicts = (store.get(table, id)?.payload as PayloadShape | undefined)?.meta.sync?.conflicts ?? [];
  if (conflicts.length === 0) return [];
  const names = new Map(teamMembers(store).map((m) => [m.deviceId, m.name]));
  return conflicts.map((conflict) => {
    const device = clockDevice(conflict.clock);
    return {
      field: conflict.field,
      value: conflict.value,
      at: clockInstant(conflict.clock),
      by: names.get(device) ?? device,
    };
  });
}

/** A record with values that lost in a conflict, for the notice in Einstellungen → Team. */
export interface RecordWithConflicts {
  table: RecordTable;
  id: string;
  /** What the record is called on its screen (an inquiry's subject, a person's name …). */
  title: string;
  count: number;
  /** When the newest losing change was made (ISO instant). */
  latest: string;
}

const listed = new WeakMap<RecordStore, { version: number; records: RecordWithConflicts[] }>();

/** Every record with conflicts, newest first (one pass over the records per change of the store). */
export function recordsWithConflicts(store: RecordStore): RecordWithConflicts[] {
  const version = store.getVersion();
  const cached = listed.get(store);
  if (cached?.version === version) return cached.records;
  const records: RecordWithConflicts[] = [];
  for (const table of RECORD_TABLES) {
    for (const record of store.all(table)) {
      const conflicts = (record.payload as PayloadShape).meta.sync?.conflicts;
      if (!conflicts?.length) continue;
      const latest = conflicts
        .map((c) => clockInstant(c.clock))
        .sort()
        .at(-1)!;
      records.push({
        table,
        id: record.id,
        title: titleOf(store, table, record.id),
        count: conflicts.length,
        latest,
      });
    }
  }
  records.sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0));
  listed.set(store, { version, records });
  return records;
}

function titleOf(store: RecordStore, table: RecordTable, id: string): string {
  const record = store.get(table, id)!;
  switch (table) {
    case 'inquiries':
      return toInquiry(record).subject;
    case 'followups':
      return toFollowup(record).title;
    case 'organisations':
      return toOrganisation(record).name;
    case 'persons':
      return personName(toPerson(record));
    case 'activities':
      return toActivity(record).title;
    default:
      return '';
  }
}

/** A record's conflicts as they are: another one changes the count and the time. */
const seenKey = (record: RecordWithConflicts) =>
  `${record.table}/${record.id}/${record.count}/${record.latest}`;

/** The records with conflicts not marked "Gesehen" on this computer (as they are now). */
export function unseenConflicts(vault: OpenVault): RecordWithConflicts[] {
  const seen = new Set(readDeviceSettings(vault).conflictsSeen);
  return recordsWithConflicts(vault.store).filter((record) => !seen.has(seenKey(record)));
}

/** "Gesehen": every record's conflicts as they are now (records without conflicts any more drop out). */
export async function markConflictsSeen(vault: OpenVault): Promise<void> {
  await saveDeviceSettings(vault, { conflictsSeen: recordsWithConflicts(vault.store).map(seenKey) });
}
