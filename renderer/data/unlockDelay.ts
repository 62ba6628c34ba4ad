// Failed unlock attempts get a growing delay (the count survives reloads); data is never wiped.
import { unlockDelayMs } from '../../shared/domain/password';
import type { AnlaufstelleDb } from './db';

interface UnlockFailures {
  count: number;
  lastFailedAt: number;
}

/** Meta key of the failure count (carried over to the new storage by a re-keying). */
export const UNLOCK_FAILURES = 'unlockFailures';

// The failure count is kept twice, in the meta row and in localStorage, and the larger one counts:
// deleting either gains nothing. A failure stamped in the future counts as now, so a wrong clock
// (or a tampered row) cannot block unlock for longer than the count allows.

function failuresKey(db: AnlaufstelleDb): string {
  return `anlaufstelle.unlockFailures.${db.base}`;
}

function parseFailures(value: unknown): UnlockFailures | undefined {
  const v = value as Partial<UnlockFailures> | undefined;
  if (!v || !Number.isFinite(v.count) || !Number.isFinite(v.lastFailedAt)) return undefined;
  return { count: Math.max(0, Math.floor(v.count!)), lastFailedAt: v.lastFailedAt! };
}

function localFailures(db: AnlaufstelleDb): UnlockFailures | undefined {
  try {
    const text = globalThis.localStorage?.getItem(failuresKey(db));
    return text ? parseFailures(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

async function readFailures(db: AnlaufstelleDb): Promise<UnlockFailures | undefined> {
  const stored = parseFailures((await db.meta.get(UNLOCK_FAILURES))?.value);
  const local = localFailures(db);
  if (!stored || !local) return stored ?? local;
  return {
    count: Math.max(stored.count, local.count),
    lastFailedAt: Math.max(stored.lastFailedAt, local.lastFailedAt),
  };
}

export async function remainingUnlockDelay(db: AnlaufstelleDb, now = Date.now()): Promise<number> {
  const failures = await readFailures(db);
  if (!failures) return 0;
  const last = Math.min(failures.lastFailedAt, now);
  return Math.max(0, last + unlockDelayMs(failures.count) - now);
}

export async function recordFailure(db: AnlaufstelleDb): Promise<void> {
  const count = ((await readFailures(db))?.count ?? 0) + 1;
  const value: UnlockFailures = { count, lastFailedAt: Date.now() };
  try {
    globalThis.localStorage?.setItem(failuresKey(db), JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the meta row still counts.
  }
  await db.meta.put({ key: UNLOCK_FAILURES, value });
}

export async function clearFailures(db: AnlaufstelleDb): Promise<void> {
  try {
    globalThis.localStorage?.removeItem(failuresKey(db));
  } catch {
    // unavailable
  }
  await db.meta.delete(UNLOCK_FAILURES);
}
