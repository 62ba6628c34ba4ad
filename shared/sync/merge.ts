// Merging two versions of one record, field by field. Every device computes the same result from
// the same versions, in whatever order they arrive (the property test in tests/unit/shared/sync
// checks it), so the office's log converges without a server that understands the data.
//
// - Erasure wins over everything (DSGVO): an erased record stays erased.
// - A field takes the write with the higher clock. Writes of an anonymisation (and every later one
//   on that record) are in a tier above all ordinary writes: anonymisation wins over edits made
//   elsewhere, and none of their values is kept.
// - Where both versions changed the same field without knowing of the other's change (a real
//   conflict), the losing value is kept in `conflicts` with its clock — nothing is lost silently.
// - Append-only fields (an inquiry's history) are united, not chosen between.
import { canonicalJson } from './canonicalJson';
import { ANONYMISED_TIER, maxClock, plainClock } from './hlc';
import {
  ERASED,
  includesWrite,
  isAnonymised,
  type FieldConflict,
  type LiveVersion,
  type Version,
} from './versioned';

export interface MergeRules {
  /** Fields whose value is a log of entries: both versions' entries are kept. */
  appendOnly?: ReadonlySet<string>;
}

export function mergeVersions(a: Version, b: Version, rules: MergeRules = {}): Version {
  if (a.erased || b.erased) return ERASED;
  return mergeLive(a, b, rules);
}

function mergeLive(a: LiveVersion, b: LiveVersion, rules: MergeRules): LiveVersion {
  const data: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  const found: FieldConflict[] = [];
  for (const field of new Set([...Object.keys(a.clocks), ...Object.keys(b.clocks)])) {
    const ca = a.clocks[field];
    const cb = b.clocks[field];
    const va = a.data[field];
    const vb = b.data[field];
    let value: unknown;
    let clock: string;
    if (ca === undefined || cb === undefined) {
      [value, clock] = ca === undefined ? [vb, cb!] : [va, ca];
    } else if (rules.appendOnly?.has(field) && tierOf(ca) === tierOf(cb)) {
      value = uniteLogs(va, vb);
      clock = maxClock(ca, cb);
    } else {
      const aWins = ca !== cb ? ca > cb : canonicalJson(va) >= canonicalJson(vb);
      [value, clock] = aWins ? [va, ca] : [vb, cb];
      const [lostValue, lostClock] = aWins ? [vb, cb] : [va, ca];
      if (
        tierOf(ca) === '' &&
        tierOf(cb) === '' &&
        !includesWrite(b, ca) &&
        !includesWrite(a, cb) &&
        canonicalJson(va) !== canonicalJson(vb)
      ) {
        found.push({ field, value: lostValue, clock: lostClock });
      }
    }
    clocks[field] = clock;
    if (value !== undefined) data[field] = value;
  }
  const seen: Record<string, string> = { ...a.seen };
  for (const [device, clock] of Object.entries(b.seen)) seen[device] = maxClock(seen[device] ?? '', clock);
  const later =
    a.clock !== b.clock
      ? a.clock > b.clock
        ? a
        : b
      : canonicalJson(a.info) >= canonicalJson(b.info)
        ? a
        : b;
  return {
    erased: false,
    data,
    clocks,
    seen,
    conflicts: isAnonymised(data) ? [] : uniteConflicts([...a.conflicts, ...b.conflicts, ...found]),
    clock: maxClock(a.clock, b.clock),
    info: {
      ...later.info,
      createdAt: a.info.createdAt <= b.info.createdAt ? a.info.createdAt : b.info.createdAt,
      rev: Math.max(a.info.rev, b.info.rev),
    },
  };
}

function tierOf(clock: string): string {
  return clock === plainClock(clock) ? '' : ANONYMISED_TIER;
}

/** Entries of both logs, each once, in time order (`at`), equal times by their content. */
function uniteLogs(a: unknown, b: unknown): unknown {
  const entries = new Map<string, unknown>();
  for (const list of [a, b])
    if (Array.isArray(list)) for (const entry of list) entries.set(canonicalJson(entry), entry);
  return [...entries.entries()]
    .sort(([ka, ea], [kb, eb]) => compareText(atOf(ea), atOf(eb)) || compareText(ka, kb))
    .map(([, entry]) => entry);
}

function atOf(entry: unknown): string {
  const at = entry && typeof entry === 'object' ? (entry as { at?: unknown }).at : undefined;
  return typeof at === 'string' ? at : '';
}

function uniteConflicts(list: FieldConflict[]): FieldConflict[] {
  const byKey = new Map<string, FieldConflict>();
  for (const conflict of list) byKey.set(`${conflict.clock}|${conflict.field}`, conflict);
  return [...byKey.entries()].sort(([a], [b]) => compareText(a, b)).map(([, conflict]) => conflict);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
