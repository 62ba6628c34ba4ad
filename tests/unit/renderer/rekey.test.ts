import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toBase64, toHex, randomBytes, utf8Encode } from '../../../shared/crypto/bytes';
import {
  parseVaultHeader,
  unlockWithPassword,
  unlockWithRecoveryKey,
  WrongPasswordError,
  type VaultHeader,
} from '../../../shared/crypto/keySlots';
import { parseRecoveryKey } from '../../../shared/crypto/recoveryKey';
import { draftToData, emptyInquiryDraft, type InquiryDraft } from '../../../shared/domain/inquiry';
import { emptyPerson, type PersonDraft } from '../../../shared/domain/network';
import { nextMeta } from '../../../shared/domain/recordMeta';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../../../shared/domain/settings';
import { RECORD_TABLES, type EncryptedRow } from '../../../shared/storage/envelope';
import { PACK_RECORDS } from '../../../shared/storage/pack';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { keyOf, storedPacks } from './storedSnapshot';
import { rekeyTestHooks, type RekeyPoint } from '../../../renderer/data/rekey';
import {
  readVaultState,
  setUpVaultWithRecovery,
  unlockVault,
  unlockWithRecovery,
  type OpenVault,
  type RekeyProgress,
} from '../../../renderer/data/vault';
import { currentDatabaseName, openVaultDatabase } from '../../../renderer/data/vaultDatabase';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const NEW_PASSWORD = 'Herbstwind-Kastanie-4821';
let n = 0;

const WHEN = new Date('2026-03-02T09:15:00Z');

/** A valid inquiry payload (unlock checks every record against the registry). */
function inquiry(subject: string, fields: Partial<InquiryDraft> = {}) {
  const draft = {
    ...emptyInquiryDraft(WHEN, { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
    ...fields,
  };
  return { data: draftToData(draft, undefined, WHEN), meta: nextMeta(undefined, WHEN, 'd-test') };
}

function person(fields: Partial<PersonDraft>) {
  return { data: { ...emptyPerson(), ...fields }, meta: nextMeta(undefined, WHEN, 'd-test') };
}

function office(name: string) {
  return { data: { ...DEFAULT_SETTINGS, officeName: name }, meta: nextMeta(undefined, WHEN, 'd-test') };
}

function freshBase(): string {
  return `rekey-test-${Date.now()}-${n++}`;
}

async function header(db: AnlaufstelleDb): Promise<VaultHeader> {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error(`expected locked, got ${state.kind}`);
  return state.header;
}

async function allRows(db: AnlaufstelleDb): Promise<Array<EncryptedRow & { table: string }>> {
  const rows = await Promise.all(
    RECORD_TABLES.map(async (t) =>
      (await db.table<EncryptedRow, string>(t).toArray()).map((r) => ({ ...r, table: t })),
    ),
  );
  return rows.flat();
}

async function databaseNames(base: string): Promise<string[]> {
  return (await indexedDB.databases())
    .map((d) => d.name!)
    .filter((name) => name === base || name.startsWith(`${base}-g-`))
    .sort();
}

/** Everything a person could see: every live record's payload, by table and id. */
function contentsOf(vault: OpenVault): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    RECORD_TABLES.map((t) => [
      t,
      Object.fromEntries(Array.from(vault.store.all(t), (r) => [r.id, r.payload])),
    ]),
  );
}

/** A vault with records in two tables, one deleted record (a tombstone), and a snapshot. */
async function seeded(base: string) {
  const db = await openVaultDatabase(base);
  const { vault, recoveryKey } = await setUpVaultWithRecovery(db, PASSWORD);
  await vault.put('inquiries', 'i-1', inquiry('Sprachkurs für Familie Yilmaz', { notes: 'Rückruf' }));
  await vault.put('inquiries', 'i-2', inquiry('Polizei bittet um Beratung'));
  await vault.put('persons', 'p-1', person({ lastName: 'Demir', phone: '0170 123' }));
  await vault.put('inquiries', 'i-gone', inquiry('Wird gelöscht: Herr Schmidt'));
  await vault.remove('inquiries', 'i-gone');
  await vault.put('inquiries', 'i-2', inquiry('Polizei bittet um Beratung', { status: 'erledigt' }));
  await vault.writeSnapshot();
  return { db, vault, recoveryKey };
}

async function ciphertexts(db: AnlaufstelleDb): Promise<Set<string>> {
  const set = new Set<string>();
  for (const row of await allRows(db)) if (row.ct) set.add(toHex(row.ct));
  for (const snap of await db.snapshots.toArray()) set.add(toHex(snap.ct));
  for (const pack of await db.packs.toArray()) set.add(toHex(pack.ct));
  return set;
}

afterEach(() => {
  rekeyTestHooks.pause = undefined;
});

describe('re-keying', () => {
  it('re-seals every record under a new key into a fresh database, keeps tombstones, and deletes the old database', async () => {
    const base = freshBase();
    const { db, vault, recoveryKey } = await seeded(base);
    const before = contentsOf(vault);
    const oldKeyId = vault.keyId;
    const oldCts = await ciphertexts(db);
    const oldName = db.name;
    expect(await databaseNames(base)).toEqual([oldName]);

    const progress: RekeyProgress[] = [];
    const result = await vault.rekey('manual', (p) => progress.push(p));
    expect(result.recoveryKey).toBeUndefined(); // the recovery slot is re-wrapped for its public key
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });

    // The old database is gone; the pointer names the only one left.
    const current = await currentDatabaseName(base);
    expect(current).not.toBe(oldName);
    expect(await databaseNames(base)).toEqual([current]);

    const fresh = await openVaultDatabase(base);
    expect(fresh.name).toBe(current);
    const rows = await allRows(fresh);
    const packs = await fresh.packs.toArray();
    expect(vault.keyId).not.toBe(oldKeyId);
    expect(new Set([...rows, ...packs].map((r) => r.keyId))).toEqual(new Set([vault.keyId]));
    for (const ct of await ciphertexts(fresh)) expect(oldCts.has(ct)).toBe(false);
    // The deleted record stays a tombstone (id only), so a later sync cannot bring it back.
    const tomb = rows.find((r) => r.id === 'i-gone')!;
    expect(tomb.deleted).toBe(true);
    expect(tomb.ct).toBeUndefined();
    // The live records are written in packs, one per table here.
    expect(rows.filter((r) => !r.deleted)).toHaveLength(0);
    const packed = await storedPacks(fresh, keyOf(vault));
    expect([...packed.inquiries.keys()].sort()).toEqual(['i-1', 'i-2']);
    expect([...packed.persons.keys()]).toEqual(['p-1']);
    const snapshot = (await fresh.snapshots.get('manifest'))!;
    expect(snapshot.keyId).toBe(vault.keyId);
    expect(snapshot.watermark).toBe((await fresh.meta.get('seq'))!.value);
    expect(parseVaultHeader((await fresh.meta.get('vault'))!.value).keyId).toBe(vault.keyId);

    // The same password and recovery key open the new vault with the same data.
    const reopened = await unlockVault(fresh, await header(fresh), PASSWORD);
    expect(contentsOf(reopened)).toEqual(before);
    await unlockWithRecoveryKey(await header(fresh), await parseRecoveryKey(recoveryKey));

    // The open vault goes on writing into the new database under the new key.
    await vault.put('inquiries', 'i-3', inquiry('Nach dem Schlüsselwechsel'));
    const third = (await fresh.inquiries.get('i-3'))!;
    expect(third.keyId).toBe(vault.keyId);
    const again = await unlockVault(fresh, await header(fresh), PASSWORD);
    expect(contentsOf(again)).toEqual(contentsOf(vault));
  });

  it('a new recovery key re-keys: the old recovery key opens nothing, the new one opens the same data', async () => {
    const base = freshBase();
    const { db, vault, recoveryKey: oldKey } = await seeded(base);
    const before = contentsOf(vault);
    const oldSalt = (await header(db)).slots.find((s) => s.kind === 'password')!.kdf;
    const oldCts = await ciphertexts(db);

    await expect(vault.newRecoveryKey('falsch-falsch-falsch')).rejects.toThrow(WrongPasswordError);
    const newKey = await vault.newRecoveryKey(PASSWORD);
    expect(newKey).not.toBe(oldKey);

    const fresh = await openVaultDatabase(base);
    const next = await header(fresh);
    await expect(unlockWithRecoveryKey(next, await parseRecoveryKey(oldKey))).rejects.toThrow(
      WrongPasswordError,
    );
    // The old header (with the old slots) is gone with the old database.
    expect(await databaseNames(base)).toEqual([fresh.name]);
    for (const ct of await ciphertexts(fresh)) expect(oldCts.has(ct)).toBe(false);
    // The password slot got a new salt (the password was at hand).
    const passwordSlot = next.slots.find((s) => s.kind === 'password')!;
    expect(passwordSlot.kdf).not.toEqual(oldSalt);

    const viaRecovery = await unlockWithRecovery(fresh, next, newKey, NEW_PASSWORD);
    expect(contentsOf(viaRecovery)).toEqual(before);
  });

  it('a password change re-keys by default: the old password opens nothing, the new one opens the same data', async () => {
    const base = freshBase();
    const { db, vault, recoveryKey } = await seeded(base);
    const before = contentsOf(vault);
    const oldHeader = await header(db);
    const oldCts = await ciphertexts(db);

    await expect(vault.changePassword('falsch-falsch-falsch', NEW_PASSWORD)).rejects.toThrow(
      WrongPasswordError,
    );
    expect(await currentDatabaseName(base)).toBe(db.name); // nothing changed
    await vault.changePassword(PASSWORD, NEW_PASSWORD);

    const fresh = await openVaultDatabase(base);
    expect(fresh.name).not.toBe(db.name);
    const next = await header(fresh);
    expect(next.keyId).not.toBe(oldHeader.keyId);
    for (const ct of await ciphertexts(fresh)) expect(oldCts.has(ct)).toBe(false);
    await expect(unlockWithPassword(next, PASSWORD)).rejects.toThrow(WrongPasswordError);
    const reopened = await unlockVault(fresh, next, NEW_PASSWORD);
    // New keys, same vault: its set-up day (the date check's "first use") stays.
    expect(next.createdAt).toBe(oldHeader.createdAt);
    expect(reopened.createdAt).toBe(oldHeader.createdAt);
    expect(contentsOf(reopened)).toEqual(before);
    // The recovery key was kept (re-wrapped for its public key): it still opens the new vault.
    await unlockWithRecoveryKey(next, await parseRecoveryKey(recoveryKey));
    // After the change the kept key-encryption key is the new password's: a further re-keying keeps it.
    await vault.rekey('erasure');
    const third = await openVaultDatabase(base);
    await unlockWithPassword(await header(third), NEW_PASSWORD);
  });

  it('a vault with an old-kind (HKDF) recovery slot still opens with that key; re-keying it issues a new key', async () => {
    const base = freshBase();
    const db = await openVaultDatabase(base);
    const { vault } = await setUpVaultWithRecovery(db, PASSWORD);
    await vault.put('settings', SETTINGS_ID, office('KI Musterstadt'));
    // Replace the recovery slot by one made the old way (written here independently of the app code).
    const legacyKey = randomBytes(32);
    const current = await header(db);
    const extractable = await unlockWithPassword(current, PASSWORD, true);
    const salt = randomBytes(16);
    const info = 'anlaufstelle/v1|recovery-slot';
    const ikm = await crypto.subtle.importKey('raw', legacyKey, 'HKDF', false, ['deriveKey']);
    const kek = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt, info: utf8Encode(info) },
      ikm,
      { name: 'AES-GCM', length: 256 },
      false,
      ['wrapKey'],
    );
    const iv = randomBytes(12);
    const id = 'rk-legacy';
    const wrapped = await crypto.subtle.wrapKey('raw', extractable, kek, {
      name: 'AES-GCM',
      iv,
      additionalData: utf8Encode(`anlaufstelle/v1|keyslot|${id}|${current.keyId}`),
    });
    const legacy: VaultHeader = {
      ...current,
      slots: [
        current.slots.find((s) => s.kind === 'password')!,
        {
          id,
          kind: 'recovery',
          kdf: { alg: 'hkdf-sha256', salt: toBase64(salt), info },
          wrap: { alg: 'A256GCM', iv: toBase64(iv), ct: toBase64(new Uint8Array(wrapped)) },
        },
      ],
    };
    await db.meta.put({ key: 'vault', value: legacy });
    await unlockWithRecoveryKey(await header(db), legacyKey); // the old kind still opens

    const opened = await unlockVault(db, await header(db), PASSWORD);
    const { recoveryKey } = await opened.rekey('manual');
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    const fresh = await openVaultDatabase(base);
    const next = await header(fresh);
    expect(next.slots.find((s) => s.kind === 'recovery')!.kdf.alg).toBe('x25519-hkdf-sha256');
    await expect(unlockWithRecoveryKey(next, legacyKey)).rejects.toThrow(WrongPasswordError);
    await unlockWithRecoveryKey(next, await parseRecoveryKey(recoveryKey!));
  });

  it('writes that arrive during a re-keying wait for it and land in the new database', async () => {
    const base = freshBase();
    const { vault } = await seeded(base);
    const rekeying = vault.rekey('anonymisation');
    const write = vault.put('inquiries', 'i-during', inquiry('Während des Schlüsselwechsels'));
    await Promise.all([rekeying, write]);
    const fresh = await openVaultDatabase(base);
    expect((await fresh.inquiries.get('i-during'))!.keyId).toBe(vault.keyId);
    const reopened = await unlockVault(fresh, await header(fresh), PASSWORD);
    expect(contentsOf(reopened)).toEqual(contentsOf(vault));
  });
});

describe('re-keying interrupted (window closed) at any point', () => {
  // Enough records that the packs in flight at the first pause cannot be all of them.
  const RECORDS = 20 * PACK_RECORDS;
  it.each<[RekeyPoint, 'old' | 'new']>([
    ['partlyWritten', 'old'],
    ['written', 'old'],
    ['retired', 'old'],
    ['flipped', 'new'],
  ])(
    'closed at "%s": start-up clean-up leaves the complete %s vault, and only it',
    async (point, expected) => {
      const base = freshBase();
      const { db, vault } = await seeded(base);
      // Enough records for several write batches, so "partly written" is really partial.
      await vault.putMany(
        'inquiries',
        Array.from({ length: RECORDS }, (_, i) => ({ id: `a-${i}`, payload: inquiry(`Anfrage ${i}`) })),
      );
      const before = contentsOf(vault);
      const oldName = db.name;
      let reached!: () => void;
      const paused = new Promise<void>((resolve) => (reached = resolve));
      rekeyTestHooks.pause = (at) => {
        if (at !== point) return Promise.resolve();
        reached();
        return new Promise<void>(() => {}); // the window is gone: nothing after this runs
      };
      void vault.rekey('manual').catch(() => {});
      await paused;
      rekeyTestHooks.pause = undefined;
      const namesAtCrash = await databaseNames(base);
      expect(namesAtCrash).toHaveLength(2);
      if (point === 'partlyWritten') {
        // Really partial: the new database holds some rows, not all, and no header.
        const partial = new AnlaufstelleDb(
          namesAtCrash.find((name) => name !== oldName)!,
          base,
        );
        const packCount = await partial.packs.count();
        expect(packCount).toBeGreaterThan(0);
        expect(packCount).toBeLessThan(Math.ceil(RECORDS / PACK_RECORDS));
        expect(await partial.meta.get('vault')).toBeUndefined();
        partial.close();
      }

      const reopenedDb = await openVaultDatabase(base);
      expect(await databaseNames(base)).toEqual([reopenedDb.name]);
      if (expected === 'old') expect(reopenedDb.name).toBe(oldName);
      else expect(reopenedDb.name).not.toBe(oldName);
      const reopened = await unlockVault(reopenedDb, await header(reopenedDb), PASSWORD);
      expect(contentsOf(reopened)).toEqual(before);
      // And it is writable (a "retired" mark from the interrupted run was lifted).
      await reopened.put('inquiries', 'i-after', inquiry('Nach dem Neustart'));
      expect(reopened.store.get('inquiries', 'i-after')).toBeDefined();
    },
  );
});

describe('two windows on one vault', () => {
  it("a snapshot never drops another window's record, and a re-keying from either window keeps it", async () => {
    const base = freshBase();
    const db = await openVaultDatabase(base);
    const setUp = await setUpVaultWithRecovery(db, PASSWORD);
    await setUp.vault.put('inquiries', 'i-0', inquiry('vorher'));
    const windowA = await unlockVault(db, await header(db), PASSWORD);
    const dbB = new AnlaufstelleDb(db.name, base);
    const windowB = await unlockVault(dbB, await header(dbB), PASSWORD);
    await windowB.put('inquiries', 'i-b', inquiry('aus Fenster B'));
    await windowA.put('inquiries', 'i-a', inquiry('aus Fenster A'));
    await windowA.writeSnapshot();

    const fresh = await unlockVault(db, await header(db), PASSWORD);
    expect(new Set(Array.from(fresh.store.all('inquiries'), (r) => r.id))).toEqual(
      new Set(['i-0', 'i-a', 'i-b']),
    );

    await windowA.rekey('manual');
    const next = await openVaultDatabase(base);
    const afterRekey = await unlockVault(next, await header(next), PASSWORD);
    expect(new Set(Array.from(afterRekey.store.all('inquiries'), (r) => r.id))).toEqual(
      new Set(['i-0', 'i-a', 'i-b']),
    );
  });

  it("a re-keying after another window's restore keeps the restored records only, none of the replaced ones", async () => {
    const base = freshBase();
    const db = await openVaultDatabase(base);
    const setUp = await setUpVaultWithRecovery(db, PASSWORD);
    await setUp.vault.put('inquiries', 'i-old', inquiry('vor der Wiederherstellung'));
    const windowA = await unlockVault(db, await header(db), PASSWORD);
    await windowA.put('inquiries', 'i-a', inquiry('aus Fenster A, vor der Wiederherstellung'));
    const dbB = new AnlaufstelleDb(db.name, base);
    const windowB = await unlockVault(dbB, await header(dbB), PASSWORD);
    // Window B restores another office's records (written in packs, the old rows cleared).
    await windowB.replaceAll({
      ...Object.fromEntries(RECORD_TABLES.map((t) => [t, []])),
      settings: [{ id: SETTINGS_ID, payload: office('Landkreis Wittenberg') }],
      inquiries: [{ id: 'i-restored', payload: inquiry('aus der Sicherung') }],
    } as unknown as Parameters<OpenVault['replaceAll']>[0]);

    // Window A still holds the replaced records in memory; its re-keying must not write them back.
    await windowA.rekey('manual');
    const next = await openVaultDatabase(base);
    const afterRekey = await unlockVault(next, await header(next), PASSWORD);
    expect(Array.from(afterRekey.store.all('inquiries'), (r) => r.id)).toEqual(['i-restored']);
    expect(contentsOf(windowA)).toEqual(contentsOf(afterRekey));
  });
});
