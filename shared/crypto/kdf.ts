// Password → key-encryption key, via Argon2id v1.3 (hash-wasm, WebAssembly; where it runs: kdfJobs.ts).
import { z } from 'zod';
import { copyBytes, fromBase64, utf8Encode } from './bytes';
import { runKdf } from './kdfJobs';

/** RFC 9106, second recommended option. Slots below this floor are refused (no downgrade). */
export const KDF_FLOOR = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 } as const;
export const ARGON2_VERSION = 0x13;
export const SALT_BYTES = 16;
/**
 * Upper bounds: a tampered header must not make unlock allocate gigabytes or run for hours. The
 * schema refuses anything above them before any key derivation runs.
 */
export const KDF_CEILING = {
  memoryKiB: 1024 * 1024,
  iterations: 16,
  parallelism: 16,
  saltChars: 88,
} as const;

export const argon2idHeaderSchema = z.object({
  alg: z.literal('argon2id'),
  v: z.literal(ARGON2_VERSION),
  m: z.number().int().positive().max(KDF_CEILING.memoryKiB),
  t: z.number().int().positive().max(KDF_CEILING.iterations),
  p: z.number().int().positive().max(KDF_CEILING.parallelism),
  // Base64 of at most 64 bytes.
  salt: z.string().min(1).max(KDF_CEILING.saltChars),
});
export type Argon2idHeader = z.infer<typeof argon2idHeaderSchema>;

export class KdfTooWeakError extends Error {
  constructor() {
    super('key-derivation parameters below the floor');
    this.name = 'KdfTooWeakError';
  }
}

/** Parameters above the ceiling: a header made to hang or exhaust the machine at unlock. */
export class KdfTooCostlyError extends Error {
  constructor() {
    super('key-derivation parameters above the ceiling');
    this.name = 'KdfTooCostlyError';
  }
}

/** Refuses parameters below the floor (downgrade) or above the ceiling, before any derivation. */
export function assertAtFloor(header: Argon2idHeader): void {
  if (
    header.m > KDF_CEILING.memoryKiB ||
    header.t > KDF_CEILING.iterations ||
    header.p > KDF_CEILING.parallelism ||
    header.salt.length > KDF_CEILING.saltChars
  ) {
    throw new KdfTooCostlyError();
  }
  if (
    header.m < KDF_FLOOR.memoryKiB ||
    header.t < KDF_FLOOR.iterations ||
    header.p < KDF_FLOOR.parallelism ||
    fromBase64(header.salt).length < SALT_BYTES
  ) {
    throw new KdfTooWeakError();
  }
}

export interface Argon2idInput {
  password: Uint8Array | string;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  hashLength?: number;
  secret?: Uint8Array;
}

/**
 * Raw Argon2id, with the installed runner (a worker in the app). Passwords are NFC-normalised so
 * "ä" typed two ways gives one key. The password bytes made here and the runner's output are zeroed
 * once used.
 */
export async function argon2idBytes(input: Argon2idInput): Promise<Uint8Array<ArrayBuffer>> {
  const given = input.password;
  const encoded = typeof given === 'string';
  const password = encoded ? utf8Encode(given.normalize('NFC')) : given;
  try {
    const out = await runKdf({
      kind: 'argon2id',
      job: {
        password,
        salt: input.salt,
        memoryKiB: input.memoryKiB,
        iterations: input.iterations,
        parallelism: input.parallelism,
        hashLength: input.hashLength ?? 32,
        ...(input.secret ? { secret: input.secret } : {}),
      },
    });
    const bytes = copyBytes(out);
    out.fill(0);
    return bytes;
  } finally {
    if (encoded) password.fill(0); // our own bytes; the caller's stay as given
  }
}

/** Derives the AES-GCM key that wraps the vault key in a password slot. */
export async function derivePasswordKek(password: string, header: Argon2idHeader): Promise<CryptoKey> {
  assertAtFloor(header);
  const raw = await argon2idBytes({
    password,
    salt: fromBase64(header.salt),
    memoryKiB: header.m,
    iterations: header.t,
    parallelism: header.p,
  });
  try {
    return await globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    raw.fill(0);
  }
}
