import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../shared/crypto/bytes';
import { derivePasswordKek, KdfTooCostlyError, KDF_FLOOR } from '../../../shared/crypto/kdf';
import {
  createVaultWithRecovery,
  MAX_SLOTS,
  parseVaultHeader,
  recoveryPublicKey,
  unlockWithPassword,
  unlockWithRecoveryKey,
  WrongPasswordError,
  type VaultHeader,
} from '../../../shared/crypto/keySlots';

const PASSWORD = 'Lindenblüte-Nebel-7319';

function flipByte(b64: string, at = 3): string {
  const bytes = fromBase64(b64);
  bytes[at]! ^= 0x01;
  return toBase64(bytes);
}

function recoverySlot(header: VaultHeader) {
  const slot = header.slots.find((s) => s.kind === 'recovery')!;
  if (slot.kdf.alg !== 'x25519-hkdf-sha256') throw new Error('expected an X25519 slot');
  return { slot, kdf: slot.kdf };
}

describe('asymmetric recovery slot', () => {
  it('opens with the recovery key, keeps no recovery secret, and refuses any tampered part', async () => {
    const { header, vaultKey, recoveryKey } = await createVaultWithRecovery(PASSWORD);
    await unlockWithRecoveryKey(header, recoveryKey);
    // The public key is only stored sealed (its pin); the clear header has the ephemeral key only.
    expect(Object.keys(recoverySlot(header).kdf).sort()).toEqual(['alg', 'epk', 'pin']);
    expect(await recoveryPublicKey(header, vaultKey)).toHaveLength(32);

    const tamperedEpk = structuredClone(header);
    recoverySlot(tamperedEpk).kdf.epk = flipByte(recoverySlot(tamperedEpk).kdf.epk);
    await expect(unlockWithRecoveryKey(tamperedEpk, recoveryKey)).rejects.toThrow(WrongPasswordError);

    const tamperedWrap = structuredClone(header);
    recoverySlot(tamperedWrap).slot.wrap.ct = flipByte(recoverySlot(tamperedWrap).slot.wrap.ct);
    await expect(unlockWithRecoveryKey(tamperedWrap, recoveryKey)).rejects.toThrow(WrongPasswordError);

    // A slot moved to another key id (another vault's header) does not open: the key id is bound in.
    const moved = { ...structuredClone(header), keyId: 'k-andere' };
    await expect(unlockWithRecoveryKey(moved, recoveryKey)).rejects.toThrow(WrongPasswordError);
  });

  it("a recovery slot swapped on disk for an attacker's never receives a re-keyed vault key", async () => {
    const mine = await createVaultWithRecovery(PASSWORD);
    const attacker = await createVaultWithRecovery(PASSWORD);
    // The attacker copies his own recovery slot (for a key he holds) into this vault's header.
    const swapped: VaultHeader = {
      ...mine.header,
      slots: [mine.header.slots[0]!, recoverySlot(attacker.header).slot],
    };
    expect(await recoveryPublicKey(swapped, mine.vaultKey)).toBe('reissue');
    // A pin changed in place does not open either.
    const tampered = structuredClone(mine.header);
    recoverySlot(tampered).kdf.pin.ct = flipByte(recoverySlot(tampered).kdf.pin.ct);
    expect(await recoveryPublicKey(tampered, mine.vaultKey)).toBe('reissue');
  });
});

describe('header bounds: a tampered header is refused before any key derivation', () => {
  it('refuses Argon2id memory of 2^30 KiB (1 TiB), and t or p above 16', async () => {
    const { header } = await createVaultWithRecovery(PASSWORD);
    for (const change of [{ m: 2 ** 30 }, { t: 17 }, { p: 17 }]) {
      const costly = structuredClone(header);
      const slot = costly.slots[0]!;
      if (slot.kind !== 'password') throw new Error('expected a password slot');
      Object.assign(slot.kdf, change);
      expect(() => parseVaultHeader(costly)).toThrow();
      const started = performance.now();
      await expect(unlockWithPassword(costly, PASSWORD)).rejects.toThrow();
      await expect(derivePasswordKek(PASSWORD, slot.kdf)).rejects.toThrow(KdfTooCostlyError);
      expect(performance.now() - started).toBeLessThan(200); // no Argon2id ran
    }
    const atCeiling = structuredClone(header);
    const slot = atCeiling.slots[0]!;
    if (slot.kind === 'password') slot.kdf.m = 1024 * 1024;
    expect(() => parseVaultHeader(atCeiling)).not.toThrow();
    expect(KDF_FLOOR.memoryKiB).toBeLessThan(1024 * 1024);
  });

  it(`refuses more than ${MAX_SLOTS} slots and oversized salts or wraps`, async () => {
    const { header } = await createVaultWithRecovery(PASSWORD);
    const password = header.slots[0]!;
    expect(() => parseVaultHeader({ ...header, slots: Array.from({ length: 9 }, () => password) })).toThrow();
    expect(() =>
      parseVaultHeader({ ...header, slots: Array.from({ length: 8 }, () => password) }),
    ).not.toThrow();
    const bigSalt = structuredClone(header);
    if (bigSalt.slots[0]!.kind === 'password') bigSalt.slots[0]!.kdf.salt = toBase64(new Uint8Array(4096));
    expect(() => parseVaultHeader(bigSalt)).toThrow();
    const bigWrap = structuredClone(header);
    bigWrap.slots[0]!.wrap.ct = toBase64(new Uint8Array(1 << 20));
    expect(() => parseVaultHeader(bigWrap)).toThrow();
  });
});
