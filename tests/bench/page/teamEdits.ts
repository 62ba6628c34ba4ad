// The sync benchmark's work on a member's vault while the app is closed: a batch of changes made
// "offline" (stamped for the team, as a save in the app is), and a fingerprint of records to compare
// two members' vaults after they synced.
import { openVaultDatabase } from '../../../renderer/data/vaultDatabase';
import { readVaultState, unlockVault } from '../../../renderer/data/vault';
import { ensureTeamStamp } from '../../../renderer/data/sync/syncStamp';
import { toHex, utf8Encode } from '../../../shared/crypto/bytes';
import { canonicalJson } from '../../../shared/sync/canonicalJson';

async function openVault(password: string) {
  const db = await openVaultDatabase();
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('no vault');
  return { db, vault: await unlockVault(db, state.header, password) };
}

/** The inquiries `from` … `from + count - 1` in id order (the same records on every member's computer). */
function inquiryRange(vault: Awaited<ReturnType<typeof openVault>>['vault'], from: number, count: number) {
  const all = Array.from(vault.store.all('inquiries')).sort((a, b) => (a.id < b.id ? -1 : 1));
  return all.slice(from, from + count);
}

/** Changes the notes of `count` inquiries in one write, stamped with this member's clock. */
export async function teamEdits(password: string, from: number, count: number, tag: string): Promise<number> {
  const { db, vault } = await openVault(password);
  if (!ensureTeamStamp(vault)) throw new Error('not in a team');
  const records = inquiryRange(vault, from, count).map((record) => {
    const payload = record.payload as { data: Record<string, unknown>; meta: unknown };
    return {
      id: record.id,
      payload: { ...payload, data: { ...payload.data, notes: `${tag} ${record.id}` } },
    };
  });
  await vault.putAll([{ table: 'inquiries', records }]);
  await vault.writeSnapshot();
  db.close();
  return records.length;
}

/** A hash of the inquiries' contents (notes, history with its conflict entries) in the range. */
export async function inquiryFingerprint(password: string, from: number, count: number): Promise<string> {
  const { db, vault } = await openVault(password);
  const contents = inquiryRange(vault, from, count).map((record) => {
    const payload = record.payload as { data: unknown; meta: { sync?: { conflicts?: unknown } } };
    return canonicalJson({
      id: record.id,
      data: payload.data,
      conflicts: payload.meta.sync?.conflicts ?? [],
    });
  });
  db.close();
  const digest = await crypto.subtle.digest('SHA-256', utf8Encode(contents.join('\n')));
  return toHex(new Uint8Array(digest)).slice(0, 16);
}

/** How the vault is stored: records and their JSON size, snapshot segments and bytes, rows after it. */
export async function vaultStats(password: string) {
  const { db, vault } = await openVault(password);
  let records = 0;
  let jsonBytes = 0;
  for (const table of ['inquiries', 'followups'] as const) {
    for (const record of vault.store.all(table)) {
      records++;
      jsonBytes += JSON.stringify(record.payload).length;
    }
  }
  const snapshots = await db.snapshots.toArray();
  const manifest = snapshots.find((row) => row.id === 'manifest');
  const watermark = manifest?.watermark ?? -1;
  let rowsAfter = 0;
  for (const table of [
    'settings',
    'inquiries',
    'followups',
    'organisations',
    'persons',
    'activities',
  ] as const)
    rowsAfter += await db.table(table).where('seq').above(watermark).count();
  const stats = {
    records,
    bytesPerRecord: Math.round(jsonBytes / Math.max(1, records)),
    segments: snapshots.length - 1,
    snapshotMB: +(snapshots.reduce((sum, row) => sum + row.ct.byteLength, 0) / 1e6).toFixed(1),
    rowsAfter,
    packs: await db.packs.count(),
  };
  db.close();
  return stats;
}
