import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toBase64 } from '../../../shared/crypto/bytes';
import { SEGMENT_RECORDS } from '../../../shared/storage/snapshotLayout';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries } from '../../../renderer/data/inquiries';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';
import type { OpenVault } from '../../../renderer/data/openVault';

const PASSWORD = 'Lindenblüte-Nebel-7319';
let counter = 0;

function inquiry(subject: string) {
  return {
    data: {
      receivedAt: '2026-01-01T09:00:00.000Z',
      channel: 'kanal-01',
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      subject,
      notes: 'Grüße aus Lübeck',
      status: 'offen' as const,
    },
    meta: {
      createdAt: '2026-01-01T00:00:00.000Z',
      changedAt: '2026-01-01T00:00:00.000Z',
      deviceId: 'd',
      rev: 0,
    },
  };
}

/** A vault with 2.5 segments of inquiries, its snapshot written. */
async function bigVault(): Promise<{ db: AnlaufstelleDb; vault: OpenVault }> {
  const db = new AnlaufstelleDb(`segments-test-${Date.now()}-${counter++}`);
  const vault = await setUpVault(db, PASSWORD);
  const records = Array.from({ length: SEGMENT_RECORDS * 2.5 }, (_, i) => ({
    id: `i-${String(i).padStart(5, '0')}`,
    payload: inquiry(`Anfrage ${i}`),
  }));
  await vault.putMany('inquiries', records);
  await vault.writeSnapshot();
  return { db, vault };
}

async function ivs(db: AnlaufstelleDb): Promise<Record<string, string>> {
  return Object.fromEntries((await db.snapshots.toArray()).map((row) => [row.id, toBase64(row.iv)]));
}

async function subjectsAfterUnlock(db: AnlaufstelleDb): Promise<Map<string, string>> {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('no vault');
  const vault = await unlockVault(db, state.header, PASSWORD);
  return new Map(listInquiries(vault.store).map((i) => [i.id, i.subject]));
}

/** Lets IndexedDB (fake-indexeddb runs on setImmediate, which stays real) work until `done()`. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100_000 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(done()).toBe(true);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('snapshot in segments', () => {
  it('a save re-seals only the segments it changed; unlock reads them all', async () => {
    const { db, vault } = await bigVault();
    const before = await ivs(db);
    expect(Object.keys(before).sort()).toEqual([
      'manifest',
      'seg|inquiries|0',
      'seg|inquiries|1',
      'seg|inquiries|2',
    ]);
    await vault.put('inquiries', 'i-00003', inquiry('Anfrage 3, geändert'));
    await vault.put('inquiries', 'neu', inquiry('Neue Anfrage'));
    await vault.writeSnapshot();
    const after = await ivs(db);
    expect(after['seg|inquiries|0']).not.toBe(before['seg|inquiries|0']);
    expect(after['seg|inquiries|1']).toBe(before['seg|inquiries|1']);
    expect(after['seg|inquiries|2']).not.toBe(before['seg|inquiries|2']);
    expect(after['manifest']).not.toBe(before['manifest']);

    const subjects = await subjectsAfterUnlock(db);
    expect(subjects.size).toBe(SEGMENT_RECORDS * 2.5 + 1);
    expect(subjects.get('i-00003')).toBe('Anfrage 3, geändert');
    expect(subjects.get('neu')).toBe('Neue Anfrage');
    expect(subjects.get('i-01500')).toBe('Anfrage 1500');
  });

  it('an older version of a segment put back on disk is not trusted: unlock reads the rows instead', async () => {
    const { db, vault } = await bigVault();
    const old = (await db.snapshots.get('seg|inquiries|1'))!;
    await vault.put('inquiries', 'i-01200', inquiry('Anfrage 1200, geändert'));
    await vault.writeSnapshot();
    // Sealed under the same key and valid on its own — only the manifest knows it is outdated.
    await db.snapshots.put(old);
    const subjects = await subjectsAfterUnlock(db);
    expect(subjects.get('i-01200')).toBe('Anfrage 1200, geändert');
    expect(subjects.size).toBe(SEGMENT_RECORDS * 2.5);
  });

  it('a deleted record leaves its segment; an emptied segment is removed from the disk', async () => {
    const db = new AnlaufstelleDb(`segments-test-${Date.now()}-${counter++}`);
    const vault = await setUpVault(db, PASSWORD);
    await vault.put('inquiries', 'a', inquiry('A'));
    await vault.put('followups', 'f', { data: {}, meta: inquiry('x').meta });
    await vault.writeSnapshot();
    expect(await db.snapshots.get('seg|inquiries|0')).toBeDefined();
    await vault.remove('inquiries', 'a');
    await vault.writeSnapshot();
    expect(await db.snapshots.get('seg|inquiries|0')).toBeUndefined();
    expect((await subjectsAfterUnlock(db)).size).toBe(0);
  });

  it('a failing snapshot write is reported, and the report clears when a write succeeds', async () => {
    const { db, vault } = await bigVault();
    let told = 0;
    vault.onSnapshotFailure(() => told++);
    await vault.put('inquiries', 'neu', inquiry('Neue Anfrage'));
    // The disk refuses the write (as when it is full).
    const put = db.snapshots.put.bind(db.snapshots);
    db.snapshots.put = (() =>
      Promise.reject(new DOMException('Speicher voll', 'QuotaExceededError'))) as unknown as typeof put;
    await expect(vault.writeSnapshot()).rejects.toThrow('Speicher voll');
    expect(String(vault.snapshotFailure)).toContain('Speicher voll');
    expect(told).toBe(1);
    db.snapshots.put = put;
    await vault.writeSnapshot();
    expect(vault.snapshotFailure).toBeUndefined();
    expect(told).toBe(2);
    expect((await subjectsAfterUnlock(db)).get('neu')).toBe('Neue Anfrage');
  });

  it('a failed background snapshot write is tried again a minute later', async () => {
    const { db, vault } = await bigVault();
    await vault.put('inquiries', 'neu', inquiry('Neue Anfrage'));
    const put = db.snapshots.put.bind(db.snapshots);
    db.snapshots.put = (() =>
      Promise.reject(new DOMException('Speicher voll', 'QuotaExceededError'))) as unknown as typeof put;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vault.scheduleSnapshot(0);
    await vi.advanceTimersByTimeAsync(0);
    await until(() => vault.snapshotFailure !== undefined);
    db.snapshots.put = put;
    await vi.advanceTimersByTimeAsync(59_000);
    await until(() => true);
    expect(vault.snapshotFailure).toBeDefined();
    await vi.advanceTimersByTimeAsync(1_000);
    await until(() => vault.snapshotFailure === undefined);
    expect(await db.snapshots.get('manifest')).toBeDefined();
  });
});
