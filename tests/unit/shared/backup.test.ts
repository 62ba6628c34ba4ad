import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decrypter, Encrypter, Stanza } from 'age-encryption';
import { base64nopad } from '@scure/base';
import { ScryptIdentity } from '../../../shared/backup/ageScrypt';
import { MAX_BACKUP_BYTES, openBackupFile, sealBackupFile } from '../../../shared/backup/ageFile';
import {
  BACKUP_FORMAT,
  BackupError,
  decodeBackup,
  encodeBackup,
  type BackupTables,
} from '../../../shared/backup/format';
import { backupPassphraseProblem, generateBackupPassphrase } from '../../../shared/backup/passphrase';
import { toHex, utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import { validTables } from './recordFixtures';

const PASSPHRASE = 'K7QM-2XHD-9PRT-W4NB-6FJC-A1B2';
const FAST = 10; // scrypt work factor for tests; the app uses age's default 18

function tables(): BackupTables {
  return validTables();
}

async function expectBackupError(promise: Promise<unknown>, key: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).key).toBe(key);
}

describe('backup format inside the age file', () => {
  it('is one manifest line, then the payload whose SHA-256 and counts the manifest states', async () => {
    const createdAt = new Date('2026-11-27T10:30:00Z');
    const plaintext = await encodeBackup(tables(), { appVersion: '0.1.0', createdAt });
    const text = utf8Decode(plaintext);
    const newline = text.indexOf('\n');
    const manifest = JSON.parse(text.slice(0, newline));
    const payloadBytes = plaintext.subarray(utf8Encode(text.slice(0, newline + 1)).length);
    const digest = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(payloadBytes))));
    expect(manifest).toMatchObject({
      kind: 'anlaufstelle-backup',
      format: BACKUP_FORMAT,
      appVersion: '0.1.0',
      createdAt: '2026-11-27T10:30:00.000Z',
      counts: { inquiries: 2, persons: 1, settings: 3, followups: 1 },
      payloadSha256: digest,
    });
    const payload = JSON.parse(utf8Decode(payloadBytes));
    expect(payload.tables.persons).toEqual(tables().persons);

    const decoded = await decodeBackup(plaintext);
    expect(decoded.tables).toEqual(tables());
    expect(decoded.manifest.createdAt).toBe('2026-11-27T10:30:00.000Z');
  });

  it('round-trips through age with the passphrase, and refuses a wrong one with its own message', async () => {
    const plaintext = await encodeBackup(tables(), { appVersion: '0.1.0', createdAt: new Date() });
    const progress: number[] = [];
    const file = await sealBackupFile(plaintext, PASSPHRASE, (f) => progress.push(f), FAST);
    expect(utf8Decode(file.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    expect(utf8Decode(file.subarray(0, 80))).toContain('-> scrypt ');
    expect(progress.at(-1)).toBe(1);
    expect((await decodeBackup(await openBackupFile(file, PASSPHRASE))).tables).toEqual(tables());
    await expectBackupError(openBackupFile(file, 'falsche-Passphrase-123'), 'wrongPassphrase');
  });

  it('speaks the same passphrase stanza as the age-encryption library, both ways', async () => {
    const plaintext = await encodeBackup(tables(), { appVersion: '0.1.0', createdAt: new Date() });
    // Ours → age-encryption's Decrypter with its JavaScript scrypt.
    const ours = await sealBackupFile(plaintext, PASSPHRASE, () => {}, FAST);
    const reference = new Decrypter();
    reference.addPassphrase(PASSPHRASE);
    expect(await reference.decrypt(ours)).toEqual(plaintext);
    // age-encryption's Encrypter → ours.
    const encrypter = new Encrypter();
    encrypter.setScryptWorkFactor(FAST);
    encrypter.setPassphrase(PASSPHRASE);
    const theirs = await encrypter.encrypt(plaintext);
    expect(await openBackupFile(theirs, PASSPHRASE)).toEqual(plaintext);
    await expectBackupError(openBackupFile(theirs, `${PASSPHRASE}x`), 'wrongPassphrase');
    // A work factor above the limit: the file is refused with its own message …
    const stanzaEnd = theirs.indexOf(10, 22); // the "-> scrypt <salt> 10" line after the magic
    const line = utf8Decode(theirs.subarray(22, stanzaEnd));
    expect(line).toMatch(/^-> scrypt \S+ 10$/);
    const tampered = new Uint8Array([
      ...theirs.subarray(0, 22),
      ...utf8Encode(line.replace(/ 10$/, ' 21')),
      ...theirs.subarray(stanzaEnd),
    ]);
    await expectBackupError(openBackupFile(tampered, PASSPHRASE), 'workFactor');
    // … by the check itself, before scrypt would take 2 GiB and seconds.
    const salt = base64nopad.encode(new Uint8Array(16));
    await expect(
      new ScryptIdentity(PASSPHRASE).unwrapFileKey([new Stanza(['scrypt', salt, '21'], new Uint8Array(32))]),
    ).rejects.toThrow('work factor');
  });

  it('names each bad file clearly: empty, not age, too large, truncated, newer format, altered payload', async () => {
    const plaintext = await encodeBackup(tables(), { appVersion: '0.1.0', createdAt: new Date() });
    const file = await sealBackupFile(plaintext, PASSPHRASE, undefined, FAST);
    await expectBackupError(openBackupFile(new Uint8Array(0), PASSPHRASE), 'empty');
    await expectBackupError(openBackupFile(utf8Encode('Name;Vorname\nWeiß;Jürgen\n'), PASSPHRASE), 'notAge');
    // Size is checked before anything is read (a view over a large buffer, not 512 MB of work).
    await expectBackupError(openBackupFile(new Uint8Array(MAX_BACKUP_BYTES + 1), PASSPHRASE), 'tooLarge');
    await expectBackupError(openBackupFile(file.subarray(0, file.length - 7), PASSPHRASE), 'damaged');
    await expectBackupError(openBackupFile(file.subarray(0, 60), PASSPHRASE), 'damaged');

    const text = utf8Decode(plaintext);
    const newer = utf8Encode(text.replace('"format":1', '"format":2'));
    await expectBackupError(decodeBackup(newer), 'newerFormat');
    const altered = utf8Encode(text.replace('Wohnungssuche', 'Wohnungssucht'));
    await expectBackupError(decodeBackup(altered), 'checksum');
    await expectBackupError(decodeBackup(utf8Encode('{"kind":"etwas anderes"}\n{}')), 'notBackup');
    // Another age file (not an Anlaufstelle backup) with the right passphrase.
    const foreign = await sealBackupFile(utf8Encode('hello'), PASSPHRASE, undefined, FAST);
    await expectBackupError(decodeBackup(await openBackupFile(foreign, PASSPHRASE)), 'notBackup');
  });

  it('refuses duplicated ids and tables this version does not know', async () => {
    const duplicated = tables();
    duplicated.inquiries.push({ id: 'i-1', payload: {} });
    await expectBackupError(
      encodeBackup(duplicated, { appVersion: '0.1.0', createdAt: new Date() }).then(decodeBackup),
      'duplicateId',
    );
  });

  it('fuzz: mutated or random plaintexts never crash the reader; they decode or give a BackupError', async () => {
    const plaintext = await encodeBackup(tables(), { appVersion: '0.1.0', createdAt: new Date() });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(plaintext.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (edits) => {
          const mutated = new Uint8Array(plaintext);
          for (const [at, byte] of edits) mutated[at] = byte;
          try {
            await decodeBackup(mutated);
          } catch (e) {
            expect(e).toBeInstanceOf(BackupError);
          }
        },
      ),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        await expect(decodeBackup(bytes)).rejects.toBeInstanceOf(BackupError);
      }),
      { numRuns: 200 },
    );
  });

  it('fuzz: mutated age files give a BackupError, never a crash and never wrong records', async () => {
    const plaintext = await encodeBackup(tables(), { appVersion: '0.1.0', createdAt: new Date() });
    const file = await sealBackupFile(plaintext, PASSPHRASE, undefined, FAST);
    await fc.assert(
      fc.asyncProperty(fc.nat(file.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const mutated = new Uint8Array(file);
        mutated[at] = mutated[at]! ^ flip;
        try {
          const decoded = await decodeBackup(await openBackupFile(mutated, PASSPHRASE));
          // age authenticates everything: anything that still opens must be exactly the original.
          expect(decoded.tables).toEqual(tables());
        } catch (e) {
          expect(e).toBeInstanceOf(BackupError);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('suggested backup passphrase', () => {
  it('is six groups of four unambiguous characters (120 bits), different each time', () => {
    const a = generateBackupPassphrase();
    expect(a).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(generateBackupPassphrase()).not.toBe(a);
    expect(backupPassphraseProblem(a)).toBeNull();
    expect(backupPassphraseProblem('kurz')).toBe('tooShort');
  });
});
