// The vault header: a random vault key, wrapped once per key slot (a password slot and a recovery slot).
//
// The recovery slot is asymmetric: the recovery key derives an X25519 key pair, and the header keeps
// only what is needed to wrap for it (the public key, sealed under the vault key so a header changed
// on disk cannot redirect it). So a re-keying can wrap a new vault key for the recovery key without
// knowing it. Older vaults have a symmetric (HKDF) recovery slot; those still open, and a re-keying
// of such a vault issues a new recovery key.
import { x25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { copyBytes, fromBase64, randomBytes, toBase64, utf8Encode } from './bytes';
import { IV_BYTES, open, seal } from './aead';
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
/** A header with more slots is refused: each slot may cost a key derivation at unlock. */
export const MAX_SLOTS = 8;

/** Base64 of at most `bytes` bytes. */
const b64 = (bytes: number) =>
  z
    .string()
    .min(1)
    .max(Math.ceil(bytes / 3) * 4);

// A wrapped 256-bit key is 48 bytes (key + GCM tag); a 96-bit IV is 12.
const wrapSchema = z.object({ alg: z.literal('A256GCM'), iv: b64(IV_BYTES), ct: b64(64) });

const passwordSlotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('password'),
  kdf: argon2idHeaderSchema,
  wrap: wrapSchema,
});

/** Older vaults: the vault key wrapped under HKDF-SHA256(recovery key). */
const hkdfRecoveryKdfSchema = z.object({
  alg: z.literal('hkdf-sha256'),
  salt: b64(64),
  info: z.string().max(200),
});

/** Since re-keying: an ephemeral X25519 key agreed with the recovery key's public key. */
const x25519RecoveryKdfSchema = z.object({
  alg: z.literal('x25519-hkdf-sha256'),
  /** The ephemeral public key of this wrap. */
  epk: b64(32),
  /** The recovery public key, sealed under the vault key (bound to slot and key id). */
  pin: z.object({ iv: b64(IV_BYTES), ct: b64(64) }),
});

const recoverySlotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.literal('recovery'),
  kdf: z.discriminatedUnion('alg', [hkdfRecoveryKdfSchema, x25519RecoveryKdfSchema]),
  wrap: wrapSchema,
});

export const keySlotSchema = z.discriminatedUnion('kind', [passwordSlotSchema, recoverySlotSchema]);
export type KeySlot = z.infer<typeof keySlotSchema>;
export type PasswordSlot = z.infer<typeof passwordSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;

export const vaultHeaderSchema = z.object({
  format: z.literal(VAULT_FORMAT),
  keyId: z.string().min(1).max(64),
  createdAt: z.string().max(40),
  slots: z.array(keySlotSchema).min(1).max(MAX_SLOTS),
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

function pinAad(slotId: string, keyId: string): string {
  return `anlaufstelle/v1|recovery-pin|${slotId}|${keyId}`;
}

function randomId(): string {
  return toBase64(randomBytes(9)).replace(/[+/=]/g, 'x');
}

type KdfCost = Omit<Argon2idHeader, 'alg' | 'v' | 'salt'>;

const DEFAULT_KDF: KdfCost = { m: KDF_FLOOR.memoryKiB, t: KDF_FLOOR.iterations, p: KDF_FLOOR.parallelism };
const RECOVERY_SECRET_INFO = 'anlaufstelle/v1|recovery-x25519-secret';
const RECOVERY_WRAP_INFO = 'anlaufstelle/v1|recovery-x25519-wrap';

/**
 * What an open vault keeps in memory so a re-keying can write new slots without asking again: the
 * password slot's key-encryption key (non-extractable, wrap/unwrap only) with its KDF header, and
 * the recovery public key ('reissue' when the slot is of the old kind and cannot be wrapped for).
 */
export interface SlotSecrets {
  password: { kek: CryptoKey; kdf: Argon2idHeader };
  recovery: Uint8Array | 'reissue' | undefined;
}

export interface NewVault {
  header: VaultHeader;
  /** Non-extractable: usable for records, never exportable. */
  vaultKey: CryptoKey;
  secrets: SlotSecrets;
  /** Set when a new recovery key was made: to show once, then gone. */
  recoveryKey?: Uint8Array<ArrayBuffer>;
}

/** Where the password slot's key comes from: a password (new salt) or the KEK kept since unlock. */
export type PasswordSource = { password: string; kdf?: KdfCost } | SlotSecrets['password'];
/** The recovery slot: none, a new recovery key, or the public key of the current one. */
export type RecoverySource = 'none' | 'new' | { recoveryKey: Uint8Array } | { publicKey: Uint8Array };

/**
 * A new vault key (and key id) with its slots. Set-up, re-keying and recovery all come through here.
 */
export async function buildVault(
  password: PasswordSource,
  recovery: RecoverySource,
  now: Date = new Date(),
): Promise<NewVault> {
  const keyId = `k-${randomId()}`;
  const extractable = await globalThis.crypto.subtle.generateKey(VAULT_KEY_ALG, true, ['encrypt', 'decrypt']);
  const vaultKey = await nonExtractable(extractable);
  const passwordSecrets =
    'password' in password ? await newPasswordKek(password.password, password.kdf ?? DEFAULT_KDF) : password;
  const slots: KeySlot[] = [await makePasswordSlot(extractable, keyId, passwordSecrets)];
  let recoveryKey: Uint8Array<ArrayBuffer> | undefined;
  let publicKey: Uint8Array | undefined;
  if (recovery === 'new') {
    recoveryKey = generateRecoveryKey();
    publicKey = (await recoveryKeyPair(recoveryKey)).publicKey;
  } else if (recovery !== 'none') {
    publicKey =
      'publicKey' in recovery ? recovery.publicKey : (await recoveryKeyPair(recovery.recoveryKey)).publicKey;
  }
  if (publicKey) slots.push(await makeRecoverySlot(extractable, vaultKey, keyId, publicKey));
  const header: VaultHeader = { format: VAULT_FORMAT, keyId, createdAt: now.toISOString(), slots };
  return {
    header,
    vaultKey,
    secrets: { password: passwordSecrets, recovery: publicKey },
    ...(recoveryKey ? { recoveryKey } : {}),
  };
}

export function createVault(password: string, now: Date = new Date(), kdf: KdfCost = DEFAULT_KDF) {
  return buildVault({ password, kdf }, 'none', now);
}

/** A new vault with a password slot and a recovery slot; the recovery key is returned once, to show. */
export async function createVaultWithRecovery(
  password: string,
  now: Date = new Date(),
  kdf: KdfCost = DEFAULT_KDF,
): Promise<NewVault & { recoveryKey: Uint8Array<ArrayBuffer> }> {
  const made = await buildVault({ password, kdf }, 'new', now);
  return { ...made, recoveryKey: made.recoveryKey! };
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

async function newPasswordKek(password: string, kdf: KdfCost): Promise<SlotSecrets['password']> {
  const header: Argon2idHeader = {
    alg: 'argon2id',
    v: ARGON2_VERSION,
    ...kdf,
    salt: toBase64(randomBytes(SALT_BYTES)),
  };
  return { kek: await derivePasswordKek(password, header), kdf: header };
}

async function makePasswordSlot(
  extractable: CryptoKey,
  keyId: string,
  secrets: SlotSecrets['password'],
): Promise<PasswordSlot> {
  const id = `pw-${randomId()}`;
  return {
    id,
    kind: 'password',
    kdf: secrets.kdf,
    wrap: await wrapVaultKey(extractable, secrets.kek, id, keyId),
  };
}

async function hkdf(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: string,
): Promise<{ key: CryptoKey; bits: (length: number) => Promise<Uint8Array<ArrayBuffer>> }> {
  const base = await globalThis.crypto.subtle.importKey('raw', copyBytes(ikm), 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: copyBytes(salt), info: utf8Encode(info) };
  return {
    key: await globalThis.crypto.subtle.deriveKey(params, base, { name: 'AES-GCM', length: 256 }, false, [
      'wrapKey',
      'unwrapKey',
    ]),
    bits: async (length) => new Uint8Array(await globalThis.crypto.subtle.deriveBits(params, base, length)),
  };
}

/** The X25519 key pair of a recovery key: HKDF-SHA256 with its own info string, then X25519. */
async function recoveryKeyPair(
  recoveryKey: Uint8Array,
): Promise<{ secret: Uint8Array; publicKey: Uint8Array }> {
  if (recoveryKey.length !== RECOVERY_KEY_BYTES) throw new WrongPasswordError();
  const secret = await (await hkdf(recoveryKey, new Uint8Array(0), RECOVERY_SECRET_INFO)).bits(256);
  return { secret, publicKey: x25519.getPublicKey(secret) };
}

/** The wrap key of an X25519 recovery slot, bound to both public keys, the slot and the key id. */
async function x25519Kek(
  shared: Uint8Array,
  epk: Uint8Array,
  publicKey: Uint8Array,
  slotId: string,
  keyId: string,
): Promise<CryptoKey> {
  const salt = new Uint8Array(64);
  salt.set(epk, 0);
  salt.set(publicKey, 32);
  return (await hkdf(shared, salt, `${RECOVERY_WRAP_INFO}|${slotId}|${keyId}`)).key;
}

async function makeRecoverySlot(
  extractable: CryptoKey,
  vaultKey: CryptoKey,
  keyId: string,
  publicKey: Uint8Array,
): Promise<RecoverySlot> {
  const id = `rk-${randomId()}`;
  const ephemeral = x25519.utils.randomSecretKey();
  const epk = x25519.getPublicKey(ephemeral);
  const shared = x25519.getSharedSecret(ephemeral, publicKey);
  ephemeral.fill(0);
  const kek = await x25519Kek(shared, epk, publicKey, id, keyId);
  shared.fill(0);
  const pin = await seal(vaultKey, publicKey, pinAad(id, keyId));
  return {
    id,
    kind: 'recovery',
    kdf: {
      alg: 'x25519-hkdf-sha256',
      epk: toBase64(epk),
      pin: { iv: toBase64(pin.iv), ct: toBase64(pin.ct) },
    },
    wrap: await wrapVaultKey(extractable, kek, id, keyId),
  };
}

async function recoveryKek(slot: RecoverySlot, keyId: string, recoveryKey: Uint8Array): Promise<CryptoKey> {
  if (recoveryKey.length !== RECOVERY_KEY_BYTES) throw new WrongPasswordError();
  if (slot.kdf.alg === 'hkdf-sha256') {
    const salt = fromBase64(slot.kdf.salt);
    if (salt.length < SALT_BYTES) throw new WrongPasswordError();
    return (await hkdf(recoveryKey, salt, slot.kdf.info)).key;
  }
  const { secret, publicKey } = await recoveryKeyPair(recoveryKey);
  const epk = fromBase64(slot.kdf.epk);
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(secret, epk);
  } catch {
    throw new WrongPasswordError(); // a malformed or low-order ephemeral key
  } finally {
    secret.fill(0);
  }
  try {
    return await x25519Kek(shared, epk, publicKey, slot.id, keyId);
  } finally {
    shared.fill(0);
  }
}

/** The vault key through a recovery slot. Throws WrongPasswordError when the key does not fit. */
export async function unlockWithRecoveryKey(
  header: VaultHeader,
  recoveryKey: Uint8Array,
  extractable = false,
): Promise<CryptoKey> {
  for (const slot of header.slots) {
    if (slot.kind !== 'recovery') continue;
    try {
      const kek = await recoveryKek(slot, header.keyId, recoveryKey);
      return await unwrapSlot(slot, header.keyId, kek, extractable);
    } catch {
      // try the next recovery slot, if any
    }
  }
  throw new WrongPasswordError();
}

/**
 * The recovery public key an open vault may wrap for: read from the slot's pin, which only the vault
 * key could have sealed. 'reissue' for an old-kind slot or a pin that does not open (a header
 * changed on disk): then the next re-keying issues a new recovery key rather than trust it.
 */
export async function recoveryPublicKey(
  header: VaultHeader,
  vaultKey: CryptoKey,
): Promise<SlotSecrets['recovery']> {
  const slot = header.slots.find((s): s is RecoverySlot => s.kind === 'recovery');
  if (!slot) return undefined;
  if (slot.kdf.alg !== 'x25519-hkdf-sha256') return 'reissue';
  try {
    const pin = { iv: fromBase64(slot.kdf.pin.iv), ct: fromBase64(slot.kdf.pin.ct) };
    const publicKey = await open(vaultKey, pin, pinAad(slot.id, header.keyId));
    return publicKey.length === 32 ? publicKey : 'reissue';
  } catch {
    return 'reissue';
  }
}

/**
 * Re-wraps the vault key under a new password (new salt); the recovery slot stays. No record is
 * re-encrypted. Returns the new header and the new slot's key-encryption key.
 */
export async function changePassword(
  header: VaultHeader,
  currentPassword: string,
  newPassword: string,
  kdf: KdfCost = DEFAULT_KDF,
): Promise<{ header: VaultHeader; password: SlotSecrets['password'] }> {
  // Both Argon2id derivations at once (each runs in a worker of its own where there are workers):
  // on two cores the change then takes one derivation's time, not two. A wrong current password
  // still fails the whole change; the new key-encryption key is then simply dropped.
  const [extractable, password] = await Promise.all([
    unlockWithPassword(header, currentPassword, true),
    newPasswordKek(newPassword, kdf),
  ]);
  const slot = await makePasswordSlot(extractable, header.keyId, password);
  return {
    header: { ...header, slots: [slot, ...header.slots.filter((s) => s.kind !== 'password')] },
    password,
  };
}

/**
 * "Passwort vergessen?": the recovery key opens the vault, a new password replaces the old one, and
 * the recovery slot is rewritten in the asymmetric kind (the key is at hand), so a later re-keying
 * can keep it. The vault key stays (no record is re-encrypted here).
 */
export async function resetPasswordWithRecoveryKey(
  header: VaultHeader,
  recoveryKey: Uint8Array,
  newPassword: string,
  kdf: KdfCost = DEFAULT_KDF,
): Promise<{ header: VaultHeader; vaultKey: CryptoKey; secrets: SlotSecrets }> {
  const extractable = await unlockWithRecoveryKey(header, recoveryKey, true);
  const vaultKey = await nonExtractable(extractable);
  const password = await newPasswordKek(newPassword, kdf);
  const { publicKey } = await recoveryKeyPair(recoveryKey);
  const slots: KeySlot[] = [
    await makePasswordSlot(extractable, header.keyId, password),
    await makeRecoverySlot(extractable, vaultKey, header.keyId, publicKey),
  ];
  return { header: { ...header, slots }, vaultKey, secrets: { password, recovery: publicKey } };
}

/** Issues a new recovery key; every earlier recovery slot is dropped from this header. */
export async function replaceRecoveryKey(
  header: VaultHeader,
  password: string,
): Promise<{ header: VaultHeader; recoveryKey: Uint8Array<ArrayBuffer> }> {
  const extractable = await unlockWithPassword(header, password, true);
  const vaultKey = await nonExtractable(extractable);
  const recoveryKey = generateRecoveryKey();
  const { publicKey } = await recoveryKeyPair(recoveryKey);
  const slot = await makeRecoverySlot(extractable, vaultKey, header.keyId, publicKey);
  return {
    header: { ...header, slots: [...header.slots.filter((s) => s.kind !== 'recovery'), slot] },
    recoveryKey,
  };
}

/** Parses a stored header; anything malformed or out of bounds is refused before any crypto runs. */
export function parseVaultHeader(value: unknown): VaultHeader {
  return vaultHeaderSchema.parse(value);
}

/** Opens a password slot and keeps its KEK (for re-keying without asking again). */
export async function openPasswordSlot(
  header: VaultHeader,
  password: string,
): Promise<{ vaultKey: CryptoKey; password: SlotSecrets['password'] }> {
  parseVaultHeader(header);
  for (const slot of header.slots) {
    if (slot.kind !== 'password') continue;
    const kek = await derivePasswordKek(password, slot.kdf);
    try {
      return { vaultKey: await unwrapSlot(slot, header.keyId, kek, false), password: { kek, kdf: slot.kdf } };
    } catch {
      // try the next password slot, if any
    }
  }
  throw new WrongPasswordError();
}

export async function unlockWithPassword(
  header: VaultHeader,
  password: string,
  extractable = false,
): Promise<CryptoKey> {
  parseVaultHeader(header);
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
