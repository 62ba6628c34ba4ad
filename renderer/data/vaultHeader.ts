// The vault header on disk (key-slot headers in the clear): the vault's state, reading and swapping it.
import { parseVaultHeader, vaultHeaderSchema, type VaultHeader } from '../../shared/crypto/keySlots';
import type { AnlaufstelleDb } from './db';
import { HeaderChangedError } from './vaultErrors';

export type VaultState = { kind: 'new' } | { kind: 'locked'; header: VaultHeader } | { kind: 'damaged' };

export async function readVaultState(db: AnlaufstelleDb): Promise<VaultState> {
  const row = await db.meta.get('vault');
  if (!row) return { kind: 'new' };
  try {
    return { kind: 'locked', header: parseVaultHeader(row.value) };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Swaps the vault header (key slots) in one transaction, only if it is still the one we started from. */
export async function replaceHeader(
  db: AnlaufstelleDb,
  expected: VaultHeader,
  next: VaultHeader,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = (await db.meta.get('vault'))?.value;
    const same = vaultHeaderSchema.safeParse(stored);
    if (!same.success || JSON.stringify(same.data) !== JSON.stringify(expected))
      throw new HeaderChangedError('header changed');
    await db.meta.put({ key: 'vault', value: next });
  });
}

/** The header's creation instant as a Date (now, when an old header holds something unreadable). */
export function createdDate(header: VaultHeader): Date {
  const created = new Date(header.createdAt);
  return Number.isNaN(created.getTime()) ? new Date() : created;
}

export async function readHeader(db: AnlaufstelleDb): Promise<VaultHeader> {
  return parseVaultHeader((await db.meta.get('vault'))?.value);
}
