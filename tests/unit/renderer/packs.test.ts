// Records in packs (written by a restore or a re-keying) and the rows written after them: the newer
// write wins, on every path unlock takes, and a pack that does not open is reported, not trusted.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { VaultHeader } from '../../../shared/crypto/keySlots';
import { draftToData, emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { nextMeta } from '../../../shared/domain/recordMeta';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { openPack, PACK_RECORDS, sealPack } from '../../../shared/storage/pack';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { readVaultState, setUpVault, unlockVault, type OpenVault } from '../../../renderer/data/vault';
import { keyOf } from './storedSnapshot';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const WHEN = new Date('2026-03-02T09:15:00Z');
let n = 0;

function inquiry(subject: string) {
  const draft = {
    ...emptyInquiryDraft(WHEN, { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
  };
  return { data: draftToData(draft, undefined, WHEN), meta: nextMeta(undefined, WHEN, 'd-test') };
}

async function header(db: AnlaufstelleDb): Promise<VaultHeader> {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error(`expected locked, got ${state.kind}`);
  return state.header;
}

const subjects = (vault: OpenVault) =>
  Array.from(
    vault.store.all('inquiries'),
    (r) => (r.payload as { data: { subject: string } }).data.subject,
  ).sort();

/** A vault whose inquiries were all written by a restore, i.e. in packs (more than one pack). */
async function packedVault(count = PACK_RECORDS + 5) {
  const db = new AnlaufstelleDb(`packs-test-${Date.now()}-${n++}`);
  const vault = await setUpVault(db, PASSWORD);
  const empty = Object.fromEntries(RECORD_TABLES.map((t) => [t, []]));
  await vault.replaceAll({
    ...empty,
    inquiries: Array.from({ length: count }, (_, i) => ({ id: `i-${i}`, payload: inquiry(`Anfrage ${i}`) })),
  } as unknown as Parameters<OpenVault['replaceAll']>[0]);
  return { db, vault };
}

describe('records in packs', () => {
  it('a later save or deletion of a packed record wins, with and without a snapshot', async () => {
    const { db, vault } = await packedVault();
    expect(await db.inquiries.count()).toBe(0);
    expect(await db.packs.count()).toBe(2);

    await vault.put('inquiries', 'i-3', inquiry('Anfrage 3 (geändert)'));
    await vault.remove('inquiries', 'i-7');
    await vault.remove('inquiries', `i-${PACK_RECORDS + 1}`); // in the second pack
    const expected = subjects(vault);
    expect(expected).toContain('Anfrage 3 (geändert)');
    expect(expected).not.toContain('Anfrage 3');
    expect(expected).not.toContain('Anfrage 7');
    expect(expected).toHaveLength(PACK_RECORDS + 5 - 2);

    // No snapshot: unlock reads the packs, then the rows written after them.
    await db.snapshots.clear();
    const fromPacks = await unlockVault(db, await header(db), PASSWORD);
    expect(subjects(fromPacks)).toEqual(expected);
    expect(fromPacks.damagedRows).toBe(0);

    // A snapshot: unlock reads it and what is newer, the same records.
    await vault.writeSnapshot();
    expect(await db.snapshots.count()).toBeGreaterThan(0);
    const fromSnapshot = await unlockVault(db, await header(db), PASSWORD);
    expect(subjects(fromSnapshot)).toEqual(expected);
  });

  it('a damaged pack, or one relabelled with another write number, is reported and its records not trusted', async () => {
    const { db } = await packedVault();
    await db.snapshots.clear();
    const [first, second] = await db.packs.toArray();
    const ct = first!.ct.slice();
    ct[20]! ^= 1;
    await db.packs.put({ ...first!, ct });
    // Relabelled as newer than it is (to win over later rows): the write number is sealed in.
    await db.packs.put({ ...second!, seq: second!.seq + 1000 });

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(reopened.damagedRows).toBe(2);
    expect(reopened.store.count('inquiries')).toBe(0);
  });

  it('seals and opens a pack; records the registry refuses are counted, not returned', async () => {
    const { vault } = await packedVault(1);
    const key = keyOf(vault);
    const row = await sealPack(key, vault.keyId, 'inquiries', [
      { id: 'a', seq: 5, payload: inquiry('gültig') },
      { id: 'b', seq: 6, payload: { data: { subject: 42 } } },
    ]);
    expect(row.id).toBe('pack|inquiries|5');
    expect(row.seq).toBe(6);
    const opened = await openPack(key, row);
    expect(opened.table).toBe('inquiries');
    expect(opened.records.map((r) => [r.id, r.seq])).toEqual([['a', 5]]);
    expect(opened.rejected).toBe(1);
    // Moved to another table's id, it does not open.
    await expect(openPack(key, { ...row, id: 'pack|persons|5' })).rejects.toThrow();
  });

  it('the purge after a restore deletes only what the restore replaced, also beside a later save', async () => {
    const db = new AnlaufstelleDb(`packs-test-${Date.now()}-${n++}`);
    const vault = await setUpVault(db, PASSWORD);
    await vault.put('inquiries', 'old-1', inquiry('vorher 1'));
    await vault.put('inquiries', 'old-2', inquiry('vorher 2'));
    const replaced = await db.inquiries.toArray();
    const empty = Object.fromEntries(RECORD_TABLES.map((t) => [t, []]));
    await vault.replaceAll({
      ...empty,
      inquiries: [{ id: 'r-1', payload: inquiry('wiederhergestellt') }],
    } as unknown as Parameters<OpenVault['replaceAll']>[0]);
    await vault.whenPurged();
    expect(await db.inquiries.count()).toBe(0); // nothing saved since: the table was cleared

    // The window closed before the purge, and a save came in after the restore: its row stays.
    await db.inquiries.bulkPut(replaced);
    await vault.put('inquiries', 'new-1', inquiry('danach'));
    const floor = Number((await db.meta.get('snapshotFloor'))!.value);
    await vault.purgeReplaced(floor);
    expect((await db.inquiries.toArray()).map((r) => r.id)).toEqual(['new-1']);
    await db.snapshots.clear();
    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(subjects(reopened)).toEqual(['danach', 'wiederhergestellt']);
  });
});
