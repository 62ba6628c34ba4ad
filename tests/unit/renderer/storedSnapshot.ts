// Test helper: the snapshot as stored (manifest and segments), opened the way unlock opens it.
import { MANIFEST_ID } from '../../../shared/storage/snapshot';
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
