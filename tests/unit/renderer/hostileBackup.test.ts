// Hostile backup files through the restore path (read and check, on a real vault in fake-indexeddb):
// each is refused with a BackupError that names what is wrong, nothing is written, and the vault
// still opens with its own records.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealBackupFile } from '../../../shared/backup/ageFile';
import { BackupError, encodeBackup, type BackupTables } from '../../../shared/backup/format';
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { readBackupFile } from '../../../renderer/data/backup';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';
import { inquiryPayload, validTables } from '../shared/recordFixtures';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const PASSPHRASE = 'K7QM-2XHD-9PRT-W4NB-6FJC-A1B2';

/** A backup whose inquiries are the valid fixtures padded to `count`, with `change` applied. */
function craftedTables(change: (t: BackupTables) => void, count = 20): BackupTables {
  const t = validTables();
  t.inquiries = Array.from({ length: count }, (_v, i) => ({
    id: `i-${i + 1}`,
    payload: inquiryPayload(`Anfrage ${i + 1}`),
  }));
  change(t);
  return t;
}

async function seal(tables: BackupTables, workFactor = 10): Promise<Uint8Array> {
  const plaintext = await encodeBackup(tables, { appVersion: '0.1.0', createdAt: new Date() });
  return sealBackupFile(plaintext, PASSPHRASE, undefined, workFactor);
}

const inquiryData = (i: number) => inquiryPayload(`Anfrage ${i}`).data as unknown as Record<string, unknown>;

const cases: Array<[string, (t: BackupTables) => void, string, Record<string, unknown>]> = [
  [
    'payload null',
    (t) => (t.inquiries[1]!.payload = null),
    'invalidRecord',
    { table: 'inquiries', position: 2, reason: 'notObject' },
  ],
  [
    'payload an array',
    (t) => (t.inquiries[4]!.payload = [1, 2]),
    'invalidRecord',
    { table: 'inquiries', position: 5, reason: 'notObject' },
  ],
  [
    'a field missing',
    (t) => {
      const { receivedAt: _gone, ...data } = inquiryData(17);
      t.inquiries[16]!.payload = { ...inquiryPayload('x'), data };
    },
    'invalidRecord',
    { table: 'inquiries', position: 17, reason: 'missing', field: 'data.receivedAt' },
  ],
  [
    'a wrong-typed field',
    (t) =>
      (t.inquiries[2]!.payload = { ...inquiryPayload('x'), data: { ...inquiryData(3), topics: 'thema-01' } }),
    'invalidRecord',
    { table: 'inquiries', position: 3, reason: 'wrongType', field: 'data.topics' },
  ],
  [
    'a __proto__ key',
    (t) =>
      (t.persons[0]!.payload = JSON.parse(
        `{"__proto__":{"polluted":true},${JSON.stringify(t.persons[0]!.payload).slice(1)}`,
      )),
    'invalidRecord',
    { table: 'persons', position: 1, reason: 'forbiddenKey', field: '__proto__' },
  ],
  [
    'an unknown field',
    (t) => (t.organisations[0]!.payload = { ...(t.organisations[0]!.payload as object), extra: 1 }),
    'invalidRecord',
    { table: 'organisations', position: 1, reason: 'unknownField', field: 'extra' },
  ],
  [
    'a settings record this version does not know',
    (t) => t.settings.push({ id: 'fremd', payload: { data: {} } }),
    'invalidRecord',
    { table: 'settings', position: 4, reason: 'unknownSettings', field: 'fremd' },
  ],
  [
    '10,000 duplicate ids',
    (t) =>
      (t.inquiries = Array.from({ length: 10_000 }, () => ({ id: 'i-1', payload: inquiryPayload('x') }))),
    'duplicateId',
    { table: 'inquiries' },
  ],
];

describe('hostile backups are refused through the restore path, and nothing changes', () => {
  // One vault for all cases (Argon2id at full strength takes seconds); its rows are compared after
  // each refusal, and it is reopened at the end.
  const db = new AnlaufstelleDb(`hostile-${Date.now()}`);
  let rowsBefore: unknown[] = [];
  beforeAll(async () => {
    const vault = await setUpVault(db, PASSWORD);
    await saveInquiry(vault, undefined, {
      ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      subject: 'Eigene Anfrage',
    });
    rowsBefore = await db.inquiries.toArray();
  });

  it.each(cases)('%s', async (_name, change, key, values) => {
    const file = await seal(craftedTables(change));
    const error = await readBackupFile(file, PASSPHRASE).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).key).toBe(key);
    expect((error as BackupError).values).toMatchObject(values);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect(await db.inquiries.toArray()).toEqual(rowsBefore);
  });

  it('a scrypt work factor of 22 is refused before any scrypt runs', async () => {
    const file = await seal(validTables());
    const stanzaEnd = file.indexOf(10, 22); // the "-> scrypt <salt> 10" line after the magic
    const line = utf8Decode(file.subarray(22, stanzaEnd));
    expect(line).toMatch(/^-> scrypt \S+ 10$/);
    const tampered = new Uint8Array([
      ...file.subarray(0, 22),
      ...utf8Encode(line.replace(/ 10$/, ' 22')),
      ...file.subarray(stanzaEnd),
    ]);
    const started = performance.now();
    const error = await readBackupFile(tampered, PASSPHRASE).then(
      () => undefined,
      (e: unknown) => e,
    );
    // scrypt with N = 2^22 would need 4 GiB and many seconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).key).toBe('workFactor');
  });

  it('after all refusals the vault opens with its own records', async () => {
    expect(await db.inquiries.toArray()).toEqual(rowsBefore);
    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('expected a locked vault');
    const reopened = await unlockVault(db, state.header, PASSWORD);
    expect(listInquiries(reopened.store).map((i) => i.subject)).toEqual(['Eigene Anfrage']);
  });
});
