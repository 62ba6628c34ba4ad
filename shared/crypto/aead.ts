// AES-256-GCM with additional data: the one cipher every stored byte goes through.
import { copyBytes, randomBytes, utf8Encode } from './bytes';

export const IV_BYTES = 12;

/** Thrown when a ciphertext does not authenticate: wrong key, tampering, or moved data. */
export class DecryptionError extends Error {
  constructor() {
    super('decryption failed');
    this.name = 'DecryptionError';
  }
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array,
  additionalData: string | Uint8Array,
  iv: Uint8Array = randomBytes(IV_BYTES),
): Promise<Sealed> {
  const ivCopy = copyBytes(iv);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: ivCopy, additionalData: toAad(additionalData) },
    key,
    copyBytes(plaintext),
  );
  return { iv: ivCopy, ct: new Uint8Array(ct) };
}

export async function open(
  key: CryptoKey,
  sealed: { iv: Uint8Array; ct: Uint8Array },
  additionalData: string | Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.iv.length !== IV_BYTES) throw new DecryptionError();
  try {
    const pt = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: copyBytes(sealed.iv), additionalData: toAad(additionalData) },
      key,
      copyBytes(sealed.ct),
    );
    return new Uint8Array(pt);
  } catch {
    throw new DecryptionError();
  }
}

export function importAesKey(
  raw: Uint8Array,
  usages: KeyUsage[] = ['encrypt', 'decrypt'],
): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', copyBytes(raw), { name: 'AES-GCM' }, false, usages);
}

function toAad(additionalData: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof additionalData === 'string' ? utf8Encode(additionalData) : copyBytes(additionalData);
}
