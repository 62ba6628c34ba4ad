// One record as the team sync merges it: its fields, each with the clock of its last write, and what
// the state already includes from each device. Inside the encrypted payload only (meta.sync); the
// server never sees any of it.
import { ANONYMISED_TIER, clockDevice, maxClock, plainClock } from './hlc';
import { canonicalJson } from './canonicalJson';

/** Where two members changed the same field while apart: the value that lost, kept for the history. */
export interface FieldConflict {
  field: string;
  /** The losing value (undefined: that member had removed the field). */
  value: unknown;
  /** Clock of the losing write: when and on which device it was made. */
  clock: string;
}

export interface RecordInfo {
  createdAt: string;
  changedAt: string;
  deviceId: string;
  rev: number;
  changedBy?: string;
}

export interface LiveVersion {
  erased: false;
  data: Record<string, unknown>;
  /** Clock of the last write of each field, also of fields removed since (absent from data). */
  clocks: Record<string, string>;
  /** Device → the highest clock of that device's writes this state includes. */
  seen: Record<string, string>;
  conflicts: FieldConflict[];
  /** The highest clock in it (plain). */
  clock: string;
  /** Change information of the latest write (for "Geändert am … von …"). */
  info: RecordInfo;
}

/** Erased: a deletion wins over every edit (DSGVO), so it keeps nothing. */
export interface ErasedVersion {
  erased: true;
}

export type Version = LiveVersion | ErasedVersion;

export const ERASED: ErasedVersion = { erased: true };

/** The record is anonymised: its writes from now on belong to the anonymisation's tier. */
export function isAnonymised(data: Record<string, unknown>): boolean {
  return data.anonymisedAt !== undefined;
}

/**
 * A change made on this device: every field whose value differs gets `clock` (in the anonymisation
 * tier once the record is anonymised), and the state now includes this device's write.
 */
export function stampChange(
  previous: LiveVersion | undefined,
  data: Record<string, unknown>,
  clock: string,
  info: RecordInfo,
): LiveVersion {
  const fieldClock = isAnonymised(data) ? ANONYMISED_TIER + clock : clock;
  const clocks: Record<string, string> = { ...previous?.clocks };
  const fields = new Set([...Object.keys(previous?.data ?? {}), ...Object.keys(data)]);
  for (const field of fields) {
    if (!previous || canonicalJson(previous.data[field]) !== canonicalJson(data[field]))
      clocks[field] = fieldClock;
  }
  return {
    erased: false,
    data,
    clocks,
    seen: { ...previous?.seen, [info.deviceId]: maxClock(previous?.seen[info.deviceId] ?? '', clock) },
    // An anonymisation drops the values kept from conflicts: they may be personal.
    conflicts: isAnonymised(data) ? [] : (previous?.conflicts ?? []),
    clock: previous ? maxClock(previous.clock, clock) : clock,
    info,
  };
}

/** Whether `other` includes the write made at `clock` (each device's writes come in clock order). */
export function includesWrite(other: LiveVersion, clock: string): boolean {
  const plain = plainClock(clock);
  const upTo = other.seen[clockDevice(plain)];
  return upTo !== undefined && plain <= upTo;
}
