// Test helpers: the snapshot (manifest and segments) and the packs as stored, opened the way unlock opens them.
import { openPack } from '../../../shared/storage/pack';
import { emptyContents, MANIFEST_ID } from '../../../shared/storage/snapshot';
import type { AnlaufstelleDb } from '../../../renderer/data/db';
import { openStoredSnapshot } from '../../../renderer/data/vaultLoad';

export async function storedSnapshot(db: AnlaufstelleDb, key: CryptoKey) {
  const rows = await db.snapshots.toArray();
  const manifest = rows.find((row) => row.id === MANIFEST_ID);
  if (!manifest) return undefined;
  return { watermark: manifest.watermark!, ...(await openStoredSnapshot(key, manifest, rows)) };
}

/** The open vault's key (inside the vault object; tests read it to check what is stored). */
export function keyOf(vault: object): CryptoKey {
  return (vault as { key: CryptoKey }).key;
}

/** Every record stored in packs, opened the way unlock opens them (throws when a pack does not open). */
export async function storedPacks(db: AnlaufstelleDb, key: CryptoKey) {
  const contents = emptyContents();
  for (const row of await db.packs.toArray()) {
    const pack = await openPack(key, row);
    for (const record of pack.records) contents[pack.table].set(record.id, record);
  }
  return contents;
}
