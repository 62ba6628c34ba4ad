// Values that lost where two members changed the same field while apart: kept in the record
// (meta.sync.conflicts) and shown in its history with who and when.
import type { RecordTable } from '../../../shared/storage/envelope';
import { clockDevice, clockInstant } from '../../../shared/sync/hlc';
import type { PayloadShape } from '../../../shared/sync/payloadVersion';
import type { RecordStore } from '../recordStore';
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
