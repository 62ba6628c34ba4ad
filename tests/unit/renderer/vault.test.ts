import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KdfTooWeakError } from '../../../shared/crypto/kdf';
import { WrongPasswordError, type VaultHeader } from '../../../shared/crypto/keySlots';
import { toBase64 } from '../../../shared/crypto/bytes';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { REGISTRY_VERSION } from '../../../shared/storage/records';
import { sealManifest, sealSegment } from '../../../shared/storage/snapshot';
import { keyOf, storedSnapshot } from './storedSnapshot';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import {
  readVaultState,
  remainingUnlockDelay,
  setUpVault,
  unlockVault,
  UnlockDelayError,
  VaultExistsError,
} from '../../../renderer/data/vault';

const PASSWORD = 'Lindenblüte-Nebel-7319';
let counter = 0;

function freshDb(): AnlaufstelleDb {
  return new AnlaufstelleDb(`vault-test-${Date.now()}-${counter++}`);
}

function draft(subject: string, notes = '') {
  return {
    ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
    notes,
  };
}

async function header(db: AnlaufstelleDb): Promise<VaultHeader> {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error(`expected locked, got ${state.kind}`);
  return state.header;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('vault on IndexedDB', () => {
  it('sets up, saves, and after unlock shows the same inquiries', async () => {
    const db = freshDb();
    expect((await readVaultState(db)).kind).toBe('new');
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('Sprachkurs gesucht', 'Familie wartet seit 5 Wochen'));
    await saveInquiry(vault, undefined, draft('Polizei bittet um Beratung'));

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    const subjects = listInquiries(reopened.store)
      .map((i) => i.subject)
      .sort();
    expect(subjects).toEqual(['Polizei bittet um Beratung', 'Sprachkurs gesucht']);
    expect(listInquiries(reopened.store).find((i) => i.subject === 'Sprachkurs gesucht')?.notes).toBe(
      'Familie wartet seit 5 Wochen',
    );
  });

  it('refuses a second set-up over an existing vault', async () => {
    const db = freshDb();
    await setUpVault(db, PASSWORD);
    await expect(setUpVault(db, 'Ein-anderes-Passwort-99')).rejects.toThrow(VaultExistsError);
  });

  it('refuses a wrong password, changes no data, and makes the next try wait longer each time', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('Bleibt unverändert'));
    const rowsBefore = await db.inquiries.toArray();

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
    await expect(unlockVault(db, await header(db), 'falsches-Passwort-123')).rejects.toThrow(
      WrongPasswordError,
    );
    // Immediately again: refused before any key derivation.
    await expect(unlockVault(db, await header(db), PASSWORD)).rejects.toThrow(UnlockDelayError);
    vi.setSystemTime(new Date('2026-11-27T10:00:01.100Z'));
    await expect(unlockVault(db, await header(db), 'noch-falscher-456')).rejects.toThrow(WrongPasswordError);
    vi.setSystemTime(new Date('2026-11-27T10:00:02.200Z'));
    const second = await unlockVault(db, await header(db), PASSWORD).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(UnlockDelayError);
    expect((second as UnlockDelayError).remainingMs).toBeGreaterThan(800); // 2 s after the second failure

    vi.setSystemTime(new Date('2026-11-27T10:00:03.200Z'));
    const opened = await unlockVault(db, await header(db), PASSWORD);
    expect(listInquiries(opened.store).map((i) => i.subject)).toEqual(['Bleibt unverändert']);
    expect(await db.inquiries.toArray()).toEqual(rowsBefore);
    expect(await db.meta.get('unlockFailures')).toBeUndefined();
  });

  it('refuses to unlock a key slot whose Argon2id parameters are below the floor', async () => {
    const db = freshDb();
    await setUpVault(db, PASSWORD);
    const weakened = structuredClone(await header(db));
    const slot = weakened.slots[0]!;
    if (slot.kind !== 'password') throw new Error('expected a password slot');
    slot.kdf.m = 1024;
    await expect(unlockVault(db, weakened, PASSWORD)).rejects.toThrow(KdfTooWeakError);
  });

  it('reports a damaged header instead of trying to use it', async () => {
    const db = freshDb();
    await setUpVault(db, PASSWORD);
    await db.meta.put({ key: 'vault', value: { format: 1, keyId: 'k', slots: [] } });
    expect((await readVaultState(db)).kind).toBe('damaged');
  });

  it('stores nothing readable: no subject, note or category text in any row', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('MARKER-Betreff-Qx7', 'MARKER-Notiz-Zz9'));
    await vault.writeSnapshot();
    const everything = JSON.stringify(
      await Promise.all([
        db.meta.toArray(),
        db.inquiries.toArray(),
        db.snapshots.toArray(),
        db.settings.toArray(),
      ]),
      (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v),
    );
    for (const needle of [
      'MARKER-Betreff-Qx7',
      'MARKER-Notiz-Zz9',
      'stelle-01',
      'thema-01',
      '2026-03-02',
      PASSWORD,
    ]) {
      expect(everything).not.toContain(needle);
    }
    expect(everything).toContain('"seq"'); // bookkeeping is in the clear, as designed
  });
});

describe('snapshot plus newer rows', () => {
  it('unlock merges the snapshot with rows written after it (new, changed)', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    const first = await saveInquiry(vault, undefined, draft('eins'));
    await saveInquiry(vault, undefined, draft('zwei'));
    await vault.writeSnapshot();
    const snapshot = await db.snapshots.get('manifest');
    expect(snapshot?.watermark).toBe(2);

    await saveInquiry(vault, first.id, { ...draft('eins, geändert'), status: 'erledigt' });
    await saveInquiry(vault, undefined, draft('drei'));

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    const list = listInquiries(reopened.store);
    expect(list.map((i) => i.subject).sort()).toEqual(['drei', 'eins, geändert', 'zwei']);
    expect(list.find((i) => i.id === first.id)?.status).toBe('erledigt');
    expect(list.find((i) => i.id === first.id)?.closedAt).toBeDefined();
  });

  it("a snapshot overtaken by this window's own write is not stored, and the next one is", async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('eins'));
    const early = vault.writeSnapshot(); // sealed at write number 1 …
    await saveInquiry(vault, undefined, draft('zwei')); // … while write number 2 commits
    await early;
    await vault.writeSnapshot();
    expect((await db.snapshots.get('manifest'))?.watermark).toBe(2);
  });

  it('writes the snapshot at lock, so the next unlock reads the snapshot plus nothing newer', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('vor dem Sperren'));
    expect(await db.snapshots.get('manifest')).toBeUndefined();
    await vault.prepareLock();
    expect((await db.snapshots.get('manifest'))?.watermark).toBe(1);
    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(listInquiries(reopened.store).map((i) => i.subject)).toEqual(['vor dem Sperren']);
  });

  it('rebuilds from the rows when the snapshot is tampered with', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('a'));
    await saveInquiry(vault, undefined, draft('b'));
    await vault.writeSnapshot();
    const snap = (await db.snapshots.get('seg|inquiries|0'))!;
    const ct = snap.ct.slice();
    ct[5]! ^= 0x01;
    await db.snapshots.put({ ...snap, ct });

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(
      listInquiries(reopened.store)
        .map((i) => i.subject)
        .sort(),
    ).toEqual(['a', 'b']);
    await reopened.writeSnapshot();
    const rebuilt = await db.snapshots.get('seg|inquiries|0');
    expect(Array.from(rebuilt!.ct.slice(0, 16))).not.toEqual(Array.from(ct.slice(0, 16)));
  });

  it('ignores a stale snapshot whose watermark is ahead of the rows', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('echt'));
    await vault.writeSnapshot();
    await db.meta.put({ key: 'seq', value: 0 }); // rows and counter no longer match the snapshot
    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(listInquiries(reopened.store).map((i) => i.subject)).toEqual(['echt']);
  });

  it('detects a row that was altered on disk and still opens the others', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    const target = await saveInquiry(vault, undefined, draft('wird verändert'));
    await saveInquiry(vault, undefined, draft('bleibt'));
    const row = (await db.inquiries.get(target.id))!;
    const ct = row.ct!.slice();
    ct[0]! ^= 0x80;
    await db.inquiries.put({ ...row, ct });

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(reopened.damagedRows).toBe(1);
    expect(listInquiries(reopened.store).map((i) => i.subject)).toEqual(['bleibt']);
  });
});

describe('records the registry refuses', () => {
  it('a stored record of the wrong shape is skipped and reported at unlock; the others open', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, draft('bleibt lesbar'));
    // Sealed correctly under the vault key, but no inquiry: a crafted or damaged payload.
    await vault.put('inquiries', crypto.randomUUID(), null);
    await vault.put('inquiries', crypto.randomUUID(), { data: { subject: 42 } });

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(reopened.damagedRows).toBe(2);
    expect(listInquiries(reopened.store).map((i) => i.subject)).toEqual(['bleibt lesbar']);
  });

  it('a snapshot written under an older registry is checked again: refused records stay out, and it is rewritten', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    const kept = await saveInquiry(vault, undefined, draft('im alten Schnappschuss'));
    await vault.writeSnapshot();
    const key = keyOf(vault);
    const before = (await storedSnapshot(db, key))!;
    const record = before.contents.inquiries.get(kept.id)!;
    // Sealed correctly, but under an older registry version and with a record it would refuse now.
    const segment = await sealSegment(key, vault.keyId, 'seg|inquiries|0', [
      record,
      { id: 'kaputt', seq: 1, payload: { data: null } },
    ]);
    const manifest = await sealManifest(key, vault.keyId, {
      watermark: before.watermark,
      registry: REGISTRY_VERSION - 1,
      segments: [{ id: segment.id, iv: toBase64(segment.iv), count: 2 }],
    });
    await db.snapshots.bulkPut([segment, manifest]);

    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(reopened.damagedRows).toBe(1);
    expect(listInquiries(reopened.store).map((i) => i.subject)).toEqual(['im alten Schnappschuss']);
    await reopened.writeSnapshot();
    const rewritten = (await storedSnapshot(db, key))!;
    expect(rewritten.rechecked).toBe(false);
    expect([...rewritten.contents.inquiries.keys()]).toEqual([kept.id]);
  });
});

describe('bulk writes', () => {
  it('writes many records in one transaction with consecutive write numbers, readable after unlock', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    const meta = {
      createdAt: '2026-01-01T00:00:00.000Z',
      changedAt: '2026-01-01T00:00:00.000Z',
      deviceId: 'd',
      rev: 0,
    };
    const records = ['a', 'b', 'c'].map((id) => ({
      id,
      payload: { data: { ...draftData(id) }, meta },
    }));
    await vault.putMany('inquiries', records);
    expect((await db.inquiries.toArray()).map((r) => r.seq).sort()).toEqual([1, 2, 3]);
    const reopened = await unlockVault(db, await header(db), PASSWORD);
    expect(
      listInquiries(reopened.store)
        .map((i) => i.subject)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('writes nothing when one record cannot be stored', async () => {
    const db = freshDb();
    const vault = await setUpVault(db, PASSWORD);
    const bad = [
      { id: 'ok', payload: { data: draftData('ok') } },
      { id: 'bad', payload: { n: BigInt(1) } },
    ];
    await expect(vault.putMany('inquiries', bad)).rejects.toThrow();
    expect(await db.inquiries.count()).toBe(0);
    expect(vault.store.count('inquiries')).toBe(0);
  });
});

function draftData(subject: string) {
  return {
    receivedAt: '2026-01-01T09:00:00.000Z',
    channel: 'kanal-01',
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
    notes: '',
    status: 'offen' as const,
  };
}

describe('unlock throttle', () => {
  it('a failure stamped in the future counts as now: the wait is at most what the count allows', async () => {
    const db = freshDb();
    await setUpVault(db, PASSWORD);
    const inAYear = Date.now() + 365 * 24 * 3600 * 1000;
    await db.meta.put({ key: 'unlockFailures', value: { count: 3, lastFailedAt: inAYear } });
    const wait = await remainingUnlockDelay(db);
    expect(wait).toBeGreaterThan(3000);
    expect(wait).toBeLessThanOrEqual(4000); // 3 failures: 4 s, not a year
  });

  it('deleting the counter row gains nothing: the copy in localStorage still counts', async () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    });
    try {
      const db = freshDb();
      await setUpVault(db, PASSWORD);
      await expect(unlockVault(db, await header(db), 'falsches-Passwort-123')).rejects.toThrow(
        WrongPasswordError,
      );
      await db.meta.delete('unlockFailures');
      expect(await remainingUnlockDelay(db)).toBeGreaterThan(0);
      await expect(unlockVault(db, await header(db), PASSWORD)).rejects.toThrow(UnlockDelayError);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('parallel attempts run one after another: the second waits for the first, then for its delay', async () => {
    const db = freshDb();
    await setUpVault(db, PASSWORD);
    const h = await header(db);
    const [first, second] = await Promise.allSettled([
      unlockVault(db, h, 'falsches-Passwort-123'),
      unlockVault(db, h, 'noch-falscher-456'),
    ]);
    expect(first.status === 'rejected' && first.reason).toBeInstanceOf(WrongPasswordError);
    expect(second.status === 'rejected' && second.reason).toBeInstanceOf(UnlockDelayError);
    expect((await db.meta.get('unlockFailures'))?.value).toMatchObject({ count: 1 });
  });
});
