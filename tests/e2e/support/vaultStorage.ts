// Reads the vault's storage the way an attacker with the profile would see it: every IndexedDB
// database of the vault (the current generation and any other left behind), raw, with plain
// indexedDB in the page — key ids and ciphertexts of every row, snapshot and key slot.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { files } from './profileScan';

export interface StoredRow {
  db: string;
  /** A record table, or `packs` (many records sealed as one row; their ids are sealed too). */
  store: string;
  id: string;
  keyId: string;
  /** Whether the row holds content (false for tombstones). */
  sealed: boolean;
  /** Base64 of the ciphertext; absent for tombstones and when read without ciphertexts. */
  ct?: string;
}

export interface VaultStorage {
  /** Every database of this vault present in the profile (current generation first). */
  databases: string[];
  /** The database the pointer names (or the legacy name when there is no pointer). */
  current: string;
  /** The header's key id in each database. */
  headerKeyIds: string[];
  /** Every key id anywhere: headers, rows, snapshots. */
  keyIds: string[];
  /** Base64 of every ciphertext anywhere: rows, snapshots, key-slot wraps. */
  ciphertexts: string[];
  rows: StoredRow[];
}

/**
 * `ciphertexts: false` leaves out the ciphertexts (rows keep `sealed`): a 40,000-record vault's
 * ciphertexts are tens of megabytes to encode and carry out of the page.
 */
export async function readVaultStorage(
  page: Page,
  base = 'anlaufstelle',
  { ciphertexts: withCiphertexts = true } = {},
): Promise<VaultStorage> {
  const json = await page.evaluate(
    async ({ base, recordStores, withCiphertexts }) => {
      const b64 = (bytes: Uint8Array | ArrayBuffer) => {
        const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
        let s = '';
        for (const b of view) s += String.fromCharCode(b);
        return btoa(s);
      };
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      // Every row of a store, BATCH rows per readonly transaction. One getAll over a 40,000-row store
      // inside a transaction spanning every store stalled now and then in Chromium 156 while the app
      // was open (a later request of that transaction was never answered, until the idle lock
      // reloaded the page ten minutes on); short transactions with bounded results do not.
      const BATCH = 2000;
      const readAll = async (db: IDBDatabase, store: string) => {
        const all: Array<Record<string, unknown>> = [];
        let after: IDBValidKey | undefined;
        for (;;) {
          const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
          const tx = db.transaction(store);
          const [keys, values] = await Promise.all([
            request(tx.objectStore(store).getAllKeys(range, BATCH)),
            request(tx.objectStore(store).getAll(range, BATCH)),
          ]);
          all.push(...(values as Array<Record<string, unknown>>));
          if (keys.length < BATCH) return all;
          after = keys[keys.length - 1];
        }
      };
      // A storage generation lives in a storage bucket of its name; the legacy name and the
      // pointer in the default one.
      const buckets = (
        navigator as Navigator & {
          storageBuckets?: {
            keys(): Promise<string[]>;
            open(name: string): Promise<{ indexedDB: IDBFactory }>;
          };
        }
      ).storageBuckets;
      const bucketNames = buckets ? await buckets.keys() : [];
      // The bucket objects are held until the read ends: Chromium cuts a connection once neither
      // its bucket nor the bucket's IDBFactory is referenced, and its requests then never answer.
      // (Holding only the IDBDatabase made this read hang now and then after a 40,000-row getAll
      // had set the garbage collector going — the stop-25 failure of rekey-crash.spec.ts.)
      const held: object[] = [];
      const factoryOf = async (name: string) => {
        if (!bucketNames.includes(name) || !buckets) return indexedDB;
        const bucket = await buckets.open(name);
        held.push(bucket);
        return bucket.indexedDB;
      };
      const openExisting = async (name: string) => request((await factoryOf(name)).open(name));
      const names = [...(await indexedDB.databases()).map((d) => d.name ?? ''), ...bucketNames];
      const generation = new RegExp(`^${base}-g-[0-9a-f]{16}$`);
      let current = base;
      if (names.includes('anlaufstelle-pointer')) {
        const db = await openExisting('anlaufstelle-pointer');
        if (db.objectStoreNames.contains('current')) {
          const row = (await request(db.transaction('current').objectStore('current').get(base))) as
            { name: string } | undefined;
          if (row) current = row.name;
        }
        db.close();
      }
      const databases = names.filter((n) => n === base || generation.test(n));
      databases.sort((a, b) => (a === current ? -1 : b === current ? 1 : 0));
      const keyIds = new Set<string>();
      const headerKeyIds: string[] = [];
      const ciphertexts: string[] = [];
      const rows: Array<{
        db: string;
        store: string;
        id: string;
        keyId: string;
        sealed: boolean;
        ct?: string;
      }> = [];
      for (const name of databases) {
        const db = await openExisting(name);
        const stores = [...db.objectStoreNames];
        for (const store of stores) {
          const values = await readAll(db, store);
          for (const value of values) {
            if (store === 'meta') {
              if (value.key !== 'vault') continue;
              const header = value.value as {
                keyId: string;
                slots: Array<{ wrap: { ct: string } }>;
              };
              headerKeyIds.push(header.keyId);
              keyIds.add(header.keyId);
              if (withCiphertexts) for (const slot of header.slots) ciphertexts.push(slot.wrap.ct);
              continue;
            }
            if (typeof value.keyId === 'string') keyIds.add(value.keyId);
            const sealed = value.ct instanceof Uint8Array || value.ct instanceof ArrayBuffer;
            const ct = sealed && withCiphertexts ? b64(value.ct as Uint8Array | ArrayBuffer) : undefined;
            if (ct) ciphertexts.push(ct);
            if (recordStores.includes(store))
              rows.push({
                db: name,
                store,
                id: String(value.id),
                keyId: String(value.keyId),
                sealed,
                ...(ct ? { ct } : {}),
              });
          }
        }
        db.close();
      }
      held.length = 0;
      // As one string: Playwright's structured result serialiser slows down badly with many objects.
      return JSON.stringify({ databases, current, headerKeyIds, keyIds: [...keyIds], ciphertexts, rows });
    },
    { base, recordStores: [...RECORD_TABLES, 'packs'] as string[], withCiphertexts },
  );
  return JSON.parse(json) as VaultStorage;
}

/** What must hold after a re-keying: nothing of `before` is left, in any database of the vault. */
export function leftovers(before: VaultStorage, after: VaultStorage) {
  const oldKeyIds = new Set(before.keyIds);
  const oldCiphertexts = new Set(before.ciphertexts);
  return {
    databases: after.databases.length,
    oldKeyIds: after.keyIds.filter((k) => oldKeyIds.has(k)),
    oldCiphertexts: after.ciphertexts.filter((c) => oldCiphertexts.has(c)).length,
  };
}

/** Slices of a ciphertext to look for on disk (a storage engine may split a value across blocks). */
export function needles(base64: string, size = 32): Buffer[] {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length <= size) return [bytes];
  const mid = Math.floor((bytes.length - size) / 2);
  return [bytes.subarray(0, size), bytes.subarray(mid, mid + size), bytes.subarray(bytes.length - size)];
}

/** Every file below `root` that contains one of the byte strings. */
export async function scanForBytes(root: string, wanted: Buffer[]): Promise<string[]> {
  const hits: string[] = [];
  for await (const path of files(root)) {
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch {
      continue; // a lock file or a file removed meanwhile
    }
    if (wanted.some((bytes) => content.includes(bytes))) hits.push(path.slice(root.length));
  }
  return hits;
}
