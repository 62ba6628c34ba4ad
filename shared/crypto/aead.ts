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
  iv: Uint8Array = freshIv(),
): Promise<Sealed> {
  const ivCopy = copyBytes(iv);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: ivCopy, additionalData: toAad(additionalData) },
    key,
    bufferSource(plaintext),
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
    // No copy of the ciphertext first (WebCrypto takes its own): at unlock that copy was 45 ms.
    const pt = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bufferSource(sealed.iv), additionalData: toAad(additionalData) },
      key,
      bufferSource(sealed.ct),
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

// IVs come from a pool filled by one getRandomValues call per 5,000 IVs: a restore seals tens of
// thousands of records, and one call each cost more than the rest of the IV handling.
const IV_POOL_BYTES = 60_000;
let ivPool = new Uint8Array(0);
let ivPoolOffset = 0;

function freshIv(): Uint8Array<ArrayBuffer> {
  if (ivPoolOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivPoolOffset = 0;
  }
  const iv = ivPool.slice(ivPoolOffset, ivPoolOffset + IV_BYTES);
  ivPool.fill(0, ivPoolOffset, ivPoolOffset + IV_BYTES);
  ivPoolOffset += IV_BYTES;
  return iv;
}

/** WebCrypto copies its input when called; only a view on shared memory needs a copy first. */
function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : copyBytes(bytes);
}

function toAad(additionalData: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof additionalData === 'string' ? utf8Encode(additionalData) : copyBytes(additionalData);
}
