// Storage generations. The vault lives in an IndexedDB database whose name a small pointer database
// holds; a re-keying writes a complete new database, flips the pointer in one durable transaction,
// then deletes the old one. Each generation lives in its own storage bucket (Storage Buckets API):
// Chromium keeps all IndexedDB databases of one bucket in one LevelDB, where deleteDatabase only
// marks the old rows deleted and their bytes stay in the files until a compaction that may never
// come; deleting a bucket removes its folder, and with it every old ciphertext and key slot. Without
// a pointer row the legacy name (the base itself, in the default bucket) is current, so vaults made
// before re-keying existed keep working; a new vault starts in a bucket of its own.
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

/** The part of the Storage Buckets API used here (Chromium 122+, Electron's renderer). */
interface StorageBucketManager {
  open(
    name: string,
    options?: { durability?: 'strict' | 'relaxed' },
  ): Promise<{
    indexedDB: IDBFactory;
    persist(): Promise<boolean>;
  }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

/** Storage buckets where the platform has them (not in Node's fake IndexedDB used by unit tests). */
function buckets(): StorageBucketManager | undefined {
  return (globalThis.navigator as (Navigator & { storageBuckets?: StorageBucketManager }) | undefined)
    ?.storageBuckets;
}

type DatabaseGuard = (db: AnlaufstelleDb) => void;
const guards: DatabaseGuard[] = [];

/** Runs on every vault database this window creates, before it opens (the single-window write gate). */
export function guardVaultDatabases(guard: DatabaseGuard): void {
  guards.push(guard);
}

/**
 * A vault database (one storage generation) with this window's guards installed. A generation
 * lives in its own storage bucket (named like the database) where the platform has them; the legacy
 * name stays in the default bucket.
 */
export async function vaultDatabase(name: string, base: string): Promise<AnlaufstelleDb> {
  const manager = name === base ? undefined : buckets();
  const bucket = manager ? await manager.open(name, { durability: 'strict' }) : undefined;
  // Like the default bucket (host.requestPersistentStorage): ask the browser not to evict it.
  void bucket?.persist().catch(() => false);
  // The database keeps the bucket object alive (see AnlaufstelleDb).
  const db = new AnlaufstelleDb(name, base, bucket);
  for (const guard of guards) guard(db);
  return db;
}

/** Deletes a generation: its bucket (and so its files) or, for the legacy name, its database. */
export async function deleteGeneration(name: string, base: string): Promise<void> {
  const manager = name === base ? undefined : buckets();
  if (manager) await manager.delete(name);
  else await deleteDatabase(name);
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
  const manager = buckets();
  const found = [
    ...(await indexedDB.databases()).map((d) => d.name),
    ...(manager ? await manager.keys() : []),
  ];
  const names = [
    ...new Set(
      found.filter((name): name is string => !!name && name !== current && isGenerationOf(base, name)),
    ),
  ];
  for (const name of names) await deleteGeneration(name, base);
  // Opening the legacy name would create it: touch it only where it exists.
  if (current === base && !(await legacyExists(base))) return names;
  const db = await vaultDatabase(current, base);
  try {
    await db.meta.delete(RETIRED);
  } finally {
    db.close();
  }
  return names;
}

/** Whether the legacy database (the base name in the default bucket) holds anything. */
async function legacyExists(base: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === base);
}

/** The current vault database of this base (`anlaufstelle` or `anlaufstelle-demo`), cleaned up first. */
export function openVaultDatabase(base: string = DB_NAME): Promise<AnlaufstelleDb> {
  return withGenerationLock(base, async () => {
    let current = await currentDatabaseName(base);
    if (current === base && buckets() && !(await legacyExists(base))) {
      // No vault yet: it starts in a bucket of its own, so even its first re-keying deletes files.
      current = newGenerationName(base);
      await switchGeneration(base, base, current);
    }
    await cleanUpGenerations(base);
    return vaultDatabase(current, base);
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
