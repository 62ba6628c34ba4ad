// Storage generations. The vault lives in an IndexedDB database whose name a small pointer database
// holds; a re-keying writes a complete new database, flips the pointer in one durable transaction,
// then deletes the old one — deleteDatabase removes its files, and with them every old ciphertext
// and key slot. Without a pointer row the legacy name (the base itself) is current, so vaults made
// before re-keying existed keep working.
import Dexie, { type Table } from 'dexie';
import { randomBytes, toHex } from '../../shared/crypto/bytes';
import { AnlaufstelleDb, DB_NAME } from './db';

const POINTER_DB = 'anlaufstelle-pointer';
/** Meta key set on the old database just before the pointer flips: writes there are refused. */
export const RETIRED = 'retired';

interface PointerRow {
  base: string;
  name: string;
}

class PointerDb extends Dexie {
  current!: Table<PointerRow, string>;
  constructor() {
    super(POINTER_DB, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ current: 'base' });
  }
}

let pointerDb: PointerDb | undefined;
function pointers(): PointerDb {
  return (pointerDb ??= new PointerDb());
}

/** The pointer moved meanwhile (another window re-keyed): nothing was switched. */
export class GenerationChangedError extends Error {}

export async function currentDatabaseName(base: string): Promise<string> {
  return (await pointers().current.get(base))?.name ?? base;
}

export function newGenerationName(base: string): string {
  return `${base}-g-${toHex(randomBytes(8))}`;
}

/** The base itself (legacy) or one of its generations; never another base that merely starts alike. */
function isGenerationOf(base: string, name: string): boolean {
  if (name === base) return true;
  const prefix = `${base}-g-`;
  return name.startsWith(prefix) && /^[0-9a-f]{16}$/.test(name.slice(prefix.length));
}

/**
 * Runs `work` while no other window re-keys this vault (Web Locks; where they do not exist, as in
 * unit tests, there is one window only). Start-up clean-up must never delete a database another
 * window is still writing.
 */
export function withGenerationLock<T>(base: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  return locks.request(`anlaufstelle-generation:${base}`, work);
}

/** Deletes the database; resolves when it is gone, or after `patienceMs` while another tab holds it. */
export function deleteDatabase(name: string, patienceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // Another connection did not close: the deletion stays queued and happens when it does; the
    // next start's clean-up would also catch it.
    request.onblocked = () => setTimeout(resolve, patienceMs);
  });
}

/**
 * Deletes every database of this base that is not the current one: an incomplete new generation
 * (a crash before the pointer flipped) or the old one (a crash after). Also lifts a "retired" mark
 * the current database got just before a flip that never happened.
 */
export async function cleanUpGenerations(base: string): Promise<string[]> {
  const current = await currentDatabaseName(base);
  const names = (await indexedDB.databases())
    .map((d) => d.name)
    .filter((name): name is string => !!name && name !== current && isGenerationOf(base, name));
  for (const name of names) await deleteDatabase(name);
  const db = new AnlaufstelleDb(current, base);
  try {
    await db.meta.delete(RETIRED);
  } finally {
    db.close();
  }
  return names;
}

/** The current vault database of this base (`anlaufstelle` or `anlaufstelle-demo`), cleaned up first. */
export function openVaultDatabase(base: string = DB_NAME): Promise<AnlaufstelleDb> {
  return withGenerationLock(base, async () => {
    await cleanUpGenerations(base);
    return new AnlaufstelleDb(await currentDatabaseName(base), base);
  });
}

/** Flips the pointer from `from` to `to` in one durable transaction, only if it still names `from`. */
export async function switchGeneration(base: string, from: string, to: string): Promise<void> {
  const db = pointers();
  await db.transaction('rw', db.current, async () => {
    if (((await db.current.get(base))?.name ?? base) !== from) throw new GenerationChangedError();
    await db.current.put({ base, name: to });
  });
}
