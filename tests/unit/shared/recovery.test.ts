import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changePassword,
  createVault,
  createVaultWithRecovery,
  parseVaultHeader,
  replaceRecoveryKey,
  resetPasswordWithRecoveryKey,
  unlockWithPassword,
  unlockWithRecoveryKey,
  WrongPasswordError,
} from '../../../shared/crypto/keySlots';
import {
  formatRecoveryKey,
  generateRecoveryKey,
  InvalidRecoveryKeyError,
  parseRecoveryKey,
} from '../../../shared/crypto/recoveryKey';
import { open, seal } from '../../../shared/crypto/aead';
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const NEW_PASSWORD = 'Herbstwind-Kastanie-4821';

async function roundTrip(writer: CryptoKey, reader: CryptoKey): Promise<string> {
  const sealed = await seal(writer, utf8Encode('Frau Yilmaz, Sprachkurs'), 'aad');
  return utf8Decode(await open(reader, sealed, 'aad'));
}

describe('recovery key text', () => {
  it('is 14 groups of four characters without ambiguous letters, and reads back to the same bytes', async () => {
    const bytes = generateRecoveryKey();
    const text = await formatRecoveryKey(bytes);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await parseRecoveryKey(text)).toEqual(bytes);
    // Typed in lower case, with spaces instead of dashes, O for 0 and l for 1: still the key.
    const typed = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(await parseRecoveryKey(typed)).toEqual(bytes);
  });

  it('catches any single mistyped character as a typo, before any unwrap', async () => {
    const text = await formatRecoveryKey(generateRecoveryKey());
    const chars = text.replace(/-/g, '');
    await fc.assert(
      fc.asyncProperty(
        fc.nat(chars.length - 1),
        fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
        async (at, c) => {
          fc.pre(chars[at] !== c);
          const typo = chars.slice(0, at) + c + chars.slice(at + 1);
          await expect(parseRecoveryKey(typo)).rejects.toThrow(InvalidRecoveryKeyError);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses random text without crashing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (s) => {
        await expect(parseRecoveryKey(s)).rejects.toThrow(InvalidRecoveryKeyError);
      }),
      { numRuns: 200 },
    );
  });
});

describe('password and recovery slots', () => {
  it('set-up gives a password slot and an X25519 recovery slot that open the same vault key', async () => {
    const { header, vaultKey, recoveryKey } = await createVaultWithRecovery(PASSWORD);
    expect(parseVaultHeader(JSON.parse(JSON.stringify(header)))).toEqual(header);
    expect(header.slots.map((s) => s.kind)).toEqual(['password', 'recovery']);
    const recoverySlot = header.slots[1]!;
    expect(recoverySlot.kdf.alg).toBe('x25519-hkdf-sha256');
    const viaRecovery = await unlockWithRecoveryKey(header, recoveryKey);
    expect(await roundTrip(vaultKey, viaRecovery)).toBe('Frau Yilmaz, Sprachkurs');
    expect(viaRecovery.extractable).toBe(false);
    expect(vaultKey.extractable).toBe(false);
    await expect(unlockWithRecoveryKey(header, generateRecoveryKey())).rejects.toThrow(WrongPasswordError);
  });

  it('changing the password re-wraps the key: the old password stops, the new one and the recovery key open it', async () => {
    const { header, vaultKey, recoveryKey } = await createVaultWithRecovery(PASSWORD);
    await expect(changePassword(header, 'Falsch-Falsch-Falsch-1', NEW_PASSWORD)).rejects.toThrow(
      WrongPasswordError,
    );
    const { header: next } = await changePassword(header, PASSWORD, NEW_PASSWORD);
    expect(next.keyId).toBe(header.keyId);
    expect(next.slots.filter((s) => s.kind === 'password')).toHaveLength(1);
    await expect(unlockWithPassword(next, PASSWORD)).rejects.toThrow(WrongPasswordError);
    expect(await roundTrip(vaultKey, await unlockWithPassword(next, NEW_PASSWORD))).toBe(
      'Frau Yilmaz, Sprachkurs',
    );
    expect(await roundTrip(vaultKey, await unlockWithRecoveryKey(next, recoveryKey))).toBe(
      'Frau Yilmaz, Sprachkurs',
    );
  });

  it('"Passwort vergessen?": the recovery key sets a new password; the forgotten one stops working', async () => {
    const { header, vaultKey, recoveryKey } = await createVaultWithRecovery(PASSWORD);
    const reset = await resetPasswordWithRecoveryKey(header, recoveryKey, NEW_PASSWORD);
    expect(await roundTrip(vaultKey, reset.vaultKey)).toBe('Frau Yilmaz, Sprachkurs');
    expect(reset.vaultKey.extractable).toBe(false);
    await expect(unlockWithPassword(reset.header, PASSWORD)).rejects.toThrow(WrongPasswordError);
    await unlockWithPassword(reset.header, NEW_PASSWORD);
    await expect(resetPasswordWithRecoveryKey(header, generateRecoveryKey(), NEW_PASSWORD)).rejects.toThrow(
      WrongPasswordError,
    );
  });

  it('a new recovery key replaces the old one, which then no longer opens the vault', async () => {
    const { header, vaultKey, recoveryKey: oldKey } = await createVaultWithRecovery(PASSWORD);
    await expect(replaceRecoveryKey(header, 'Falsch-Falsch-Falsch-1')).rejects.toThrow(WrongPasswordError);
    const { header: next, recoveryKey } = await replaceRecoveryKey(header, PASSWORD);
    expect(next.slots.filter((s) => s.kind === 'recovery')).toHaveLength(1);
    await expect(unlockWithRecoveryKey(next, oldKey)).rejects.toThrow(WrongPasswordError);
    expect(await roundTrip(vaultKey, await unlockWithRecoveryKey(next, recoveryKey))).toBe(
      'Frau Yilmaz, Sprachkurs',
    );
    await unlockWithPassword(next, PASSWORD);
  });

  it('a vault without a recovery slot (older set-up) refuses any recovery key; a recovery key is added by issuing one', async () => {
    const { header } = await createVault(PASSWORD);
    await expect(unlockWithRecoveryKey(header, generateRecoveryKey())).rejects.toThrow(WrongPasswordError);
    const { header: next, recoveryKey } = await replaceRecoveryKey(header, PASSWORD);
    await unlockWithRecoveryKey(next, recoveryKey);
  });

  it('the key-slot parser refuses mutated headers with an error, never a crash or a key', async () => {
    const { header } = await createVaultWithRecovery(PASSWORD);
    const json = JSON.stringify(header);
    await fc.assert(
      fc.property(fc.nat(json.length - 1), fc.string({ minLength: 1, maxLength: 3 }), (at, s) => {
        const mutated = json.slice(0, at) + s + json.slice(at + 1);
        let value: unknown;
        try {
          value = JSON.parse(mutated);
        } catch {
          return;
        }
        try {
          parseVaultHeader(value);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => parseVaultHeader(value)).toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
