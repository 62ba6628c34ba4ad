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

export async function createVault(
  password: string,
  now: Date = new Date(),
  kdf: Omit<Argon2idHeader, 'alg' | 'v' | 'salt'> = {
    m: KDF_FLOOR.memoryKiB,
    t: KDF_FLOOR.iterations,
    p: KDF_FLOOR.parallelism,
  },
): Promise<NewVault> {
  const keyId = `k-${randomId()}`;
  const slotId = `pw-${randomId()}`;
  const kdfHeader: Argon2idHeader = {
    alg: 'argon2id',
    v: ARGON2_VERSION,
    ...kdf,
    salt: toBase64(randomBytes(SALT_BYTES)),
  };
  const kek = await derivePasswordKek(password, kdfHeader);
  const extractable = await globalThis.crypto.subtle.generateKey(VAULT_KEY_ALG, true, ['encrypt', 'decrypt']);
  const iv = randomBytes(IV_BYTES);
  const aad = slotAad(slotId, keyId);
  const wrapped = await globalThis.crypto.subtle.wrapKey('raw', extractable, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: aad,
  });
  const slot: PasswordSlot = {
    id: slotId,
    kind: 'password',
    kdf: kdfHeader,
    wrap: { alg: 'A256GCM', iv: toBase64(iv), ct: toBase64(new Uint8Array(wrapped)) },
  };
  const header: VaultHeader = { format: VAULT_FORMAT, keyId, createdAt: now.toISOString(), slots: [slot] };
  // Re-open the fresh slot to hold only a non-extractable key from here on.
  const vaultKey = await unwrapSlot(slot, keyId, kek, false);
  return { header, vaultKey };
}

/** Parses a stored header; anything malformed is refused before any crypto runs. */
export function parseVaultHeader(value: unknown): VaultHeader {
  return vaultHeaderSchema.parse(value);
}

export async function unlockWithPassword(header: VaultHeader, password: string): Promise<CryptoKey> {
  const slots = header.slots.filter((s): s is PasswordSlot => s.kind === 'password');
  for (const slot of slots) {
    const kek = await derivePasswordKek(password, slot.kdf);
    try {
      return await unwrapSlot(slot, header.keyId, kek, false);
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
