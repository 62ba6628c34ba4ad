// The vault header: a random vault key, wrapped once per key slot (password now, recovery later).
import { z } from 'zod';
import { copyBytes, fromBase64, randomBytes, toBase64, utf8Encode } from './bytes';
import { IV_BYTES } from './aead';
import {
  ARGON2_VERSION,
  KDF_FLOOR,
  SALT_BYTES,
  argon2idHeaderSchema,
  derivePasswordKek,
  type Argon2idHeader,
} from './kdf';
import { generateRecoveryKey, RECOVERY_KEY_BYTES } from './recoveryKey';

export const VAULT_FORMAT = 1;

const wrapSchema = z.object({ alg: z.literal('A256GCM'), iv: z.string().min(1), ct: z.string().min(1) });

const passwordSlotSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('password'),
  kdf: argon2idHeaderSchema,
  wrap: wrapSchema,
});

const recoverySlotSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('recovery'),
  kdf: z.object({ alg: z.literal('hkdf-sha256'), salt: z.string().min(1), info: z.string() }),
  wrap: wrapSchema,
});

export const keySlotSchema = z.discriminatedUnion('kind', [passwordSlotSchema, recoverySlotSchema]);
export type KeySlot = z.infer<typeof keySlotSchema>;
export type PasswordSlot = z.infer<typeof passwordSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;

export const vaultHeaderSchema = z.object({
  format: z.literal(VAULT_FORMAT),
  keyId: z.string().min(1),
  createdAt: z.string(),
  slots: z.array(keySlotSchema).min(1),
});
export type VaultHeader = z.infer<typeof vaultHeaderSchema>;

export class WrongPasswordError extends Error {
  constructor() {
    super('wrong password');
    this.name = 'WrongPasswordError';
  }
}

const VAULT_KEY_ALG = { name: 'AES-GCM', length: 256 } as const;

function slotAad(slotId: string, keyId: string): Uint8Array<ArrayBuffer> {
  return utf8Encode(`anlaufstelle/v1|keyslot|${slotId}|${keyId}`);
}

function randomId(): string {
  return toBase64(randomBytes(9)).replace(/[+/=]/g, 'x');
}

export interface NewVault {
  header: VaultHeader;
  /** Non-extractable: usable for records, never exportable. */
  vaultKey: CryptoKey;
}

type KdfCost = Omit<Argon2idHeader, 'alg' | 'v' | 'salt'>;

const DEFAULT_KDF: KdfCost = { m: KDF_FLOOR.memoryKiB, t: KDF_FLOOR.iterations, p: KDF_FLOOR.parallelism };
const RECOVERY_INFO = 'anlaufstelle/v1|recovery-slot';

export async function createVault(
  password: string,
  now: Date = new Date(),
  kdf: KdfCost = DEFAULT_KDF,
): Promise<NewVault> {
  const keyId = `k-${randomId()}`;
  const extractable = await globalThis.crypto.subtle.generateKey(VAULT_KEY_ALG, true, ['encrypt', 'decrypt']);
  const slot = await makePasswordSlot(extractable, keyId, password, kdf);
  const header: VaultHeader = { format: VAULT_FORMAT, keyId, createdAt: now.toISOString(), slots: [slot] };
  // Hold only a non-extractable key from here on.
  return { header, vaultKey: await nonExtractable(extractable) };
}

/** A new vault with a password slot and a recovery slot; the recovery key is returned once, to show. */
export async function createVaultWithRecovery(
  password: string,
  now: Date = new Date(),
  kdf: KdfCost = DEFAULT_KDF,
): Promise<NewVault & { recoveryKey: Uint8Array<ArrayBuffer> }> {
  const keyId = `k-${randomId()}`;
  const extractable = await globalThis.crypto.subtle.generateKey(VAULT_KEY_ALG, true, ['encrypt', 'decrypt']);
  const recoveryKey = generateRecoveryKey();
  const slots = [
    await makePasswordSlot(extractable, keyId, password, kdf),
    await makeRecoverySlot(extractable, keyId, recoveryKey),
  ];
  const header: VaultHeader = { format: VAULT_FORMAT, keyId, createdAt: now.toISOString(), slots };
  return { header, vaultKey: await nonExtractable(extractable), recoveryKey };
}

/** A copy of the vault key that can encrypt and decrypt but never be exported. */
async function nonExtractable(extractable: CryptoKey): Promise<CryptoKey> {
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', extractable));
  try {
    return await globalThis.crypto.subtle.importKey('raw', raw, VAULT_KEY_ALG, false, ['encrypt', 'decrypt']);
  } finally {
    raw.fill(0);
  }
}

async function wrapVaultKey(
  extractable: CryptoKey,
  kek: CryptoKey,
  slotId: string,
  keyId: string,
): Promise<z.infer<typeof wrapSchema>> {
  const iv = randomBytes(IV_BYTES);
  const wrapped = await globalThis.crypto.subtle.wrapKey('raw', extractable, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: slotAad(slotId, keyId),
  });
  return { alg: 'A256GCM', iv: toBase64(iv), ct: toBase64(new Uint8Array(wrapped)) };
}

async function makePasswordSlot(
  extractable: CryptoKey,
  keyId: string,
  password: string,
  kdf: KdfCost,
): Promise<PasswordSlot> {
  const id = `pw-${randomId()}`;
  const kdfHeader: Argon2idHeader = {
    alg: 'argon2id',
    v: ARGON2_VERSION,
    ...kdf,
    salt: toBase64(randomBytes(SALT_BYTES)),
  };
  const kek = await derivePasswordKek(password, kdfHeader);
  return { id, kind: 'password', kdf: kdfHeader, wrap: await wrapVaultKey(extractable, kek, id, keyId) };
}

async function deriveRecoveryKek(
  recoveryKey: Uint8Array,
  salt: Uint8Array,
  info: string,
): Promise<CryptoKey> {
  if (recoveryKey.length !== RECOVERY_KEY_BYTES) throw new WrongPasswordError();
  const ikm = await globalThis.crypto.subtle.importKey('raw', copyBytes(recoveryKey), 'HKDF', false, [
    'deriveKey',
  ]);
  return globalThis.crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: copyBytes(salt), info: utf8Encode(info) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function makeRecoverySlot(
  extractable: CryptoKey,
  keyId: string,
  recoveryKey: Uint8Array,
): Promise<RecoverySlot> {
  const id = `rk-${randomId()}`;
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveRecoveryKek(recoveryKey, salt, RECOVERY_INFO);
  return {
    id,
    kind: 'recovery',
    kdf: { alg: 'hkdf-sha256', salt: toBase64(salt), info: RECOVERY_INFO },
    wrap: await wrapVaultKey(extractable, kek, id, keyId),
  };
}

/** The vault key through the recovery slot. Throws WrongPasswordError when the key does not fit. */
export async function unlockWithRecoveryKey(
  header: VaultHeader,
  recoveryKey: Uint8Array,
  extractable = false,
): Promise<CryptoKey> {
  for (const slot of header.slots) {
    if (slot.kind !== 'recovery') continue;
    const salt = fromBase64(slot.kdf.salt);
    if (salt.length < SALT_BYTES) continue;
    const kek = await deriveRecoveryKek(recoveryKey, salt, slot.kdf.info);
    try {
      return await unwrapSlot(slot, header.keyId, kek, extractable);
    } catch {
      // try the next recovery slot, if any
    }
  }
  throw new WrongPasswordError();
}

/** Re-wraps the vault key under a new password; the recovery slot stays. No record is re-encrypted. */
export async function changePassword(
  header: VaultHeader,
  currentPassword: string,
  newPassword: string,
  kdf: KdfCost = DEFAULT_KDF,
): Promise<VaultHeader> {
  const extractable = await unlockWithPassword(header, currentPassword, true);
  return replacePasswordSlots(header, extractable, newPassword, kdf);
}

/** "Passwort vergessen?": the recovery key opens the vault, and a new password replaces the old one. */
export async function resetPasswordWithRecoveryKey(
  header: VaultHeader,
  recoveryKey: Uint8Array,
  newPassword: string,
  kdf: KdfCost = DEFAULT_KDF,
): Promise<{ header: VaultHeader; vaultKey: CryptoKey }> {
  const extractable = await unlockWithRecoveryKey(header, recoveryKey, true);
  const next = await replacePasswordSlots(header, extractable, newPassword, kdf);
  return { header: next, vaultKey: await nonExtractable(extractable) };
}

/** Issues a new recovery key; every earlier recovery slot is dropped, so the old key stops working. */
export async function replaceRecoveryKey(
  header: VaultHeader,
  password: string,
): Promise<{ header: VaultHeader; recoveryKey: Uint8Array<ArrayBuffer> }> {
  const extractable = await unlockWithPassword(header, password, true);
  const recoveryKey = generateRecoveryKey();
  const slot = await makeRecoverySlot(extractable, header.keyId, recoveryKey);
  return {
    header: { ...header, slots: [...header.slots.filter((s) => s.kind !== 'recovery'), slot] },
    recoveryKey,
  };
}

async function replacePasswordSlots(
  header: VaultHeader,
  extractable: CryptoKey,
  newPassword: string,
  kdf: KdfCost,
): Promise<VaultHeader> {
  const slot = await makePasswordSlot(extractable, header.keyId, newPassword, kdf);
  return { ...header, slots: [slot, ...header.slots.filter((s) => s.kind !== 'password')] };
}

/** Parses a stored header; anything malformed is refused before any crypto runs. */
export function parseVaultHeader(value: unknown): VaultHeader {
  return vaultHeaderSchema.parse(value);
}

export async function unlockWithPassword(
  header: VaultHeader,
  password: string,
  extractable = false,
): Promise<CryptoKey> {
  const slots = header.slots.filter((s): s is PasswordSlot => s.kind === 'password');
  for (const slot of slots) {
    const kek = await derivePasswordKek(password, slot.kdf);
    try {
      return await unwrapSlot(slot, header.keyId, kek, extractable);
    } catch {
      // try the next password slot, if any
    }
  }
  throw new WrongPasswordError();
}

async function unwrapSlot(
  slot: KeySlot,
  keyId: string,
  kek: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey> {
  const iv = fromBase64(slot.wrap.iv);
  if (iv.length !== IV_BYTES) throw new WrongPasswordError();
  try {
    return await globalThis.crypto.subtle.unwrapKey(
      'raw',
      copyBytes(fromBase64(slot.wrap.ct)),
      kek,
      { name: 'AES-GCM', iv, additionalData: slotAad(slot.id, keyId) },
      VAULT_KEY_ALG,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongPasswordError();
  }
}
