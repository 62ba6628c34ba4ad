// The recovery key: 256 random bits, shown once in groups a person can copy by hand or print.
// Crockford Base32 (no I, L, O, U) plus a 4-character SHA-256 check group, so a typo is caught as a
// typo before any unwrap runs.
import { copyBytes, randomBytes } from './bytes';

export const RECOVERY_KEY_BYTES = 32;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 256 bits → 52 characters (the last carries 1 bit and 4 zero bits), then 4 check characters. */
const KEY_CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);
const CHECK_CHARS = 4;
const GROUP = 4;

export class InvalidRecoveryKeyError extends Error {
  constructor() {
    super('invalid recovery key');
    this.name = 'InvalidRecoveryKeyError';
  }
}

export function generateRecoveryKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(RECOVERY_KEY_BYTES);
}

function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

async function checkGroup(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', copyBytes(bytes)));
  return encodeBase32(digest).slice(0, CHECK_CHARS);
}

/** "ABCD-EFGH-…": 14 groups of four characters, the last one a check group. */
export async function formatRecoveryKey(bytes: Uint8Array): Promise<string> {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new InvalidRecoveryKeyError();
  const text = encodeBase32(bytes) + (await checkGroup(bytes));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Reads a typed or pasted key: case, spaces and dashes do not matter; O→0, I/L→1 as Crockford says. */
export async function parseRecoveryKey(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const clean = text
    .toUpperCase()
    .replace(/[\s\-–.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== KEY_CHARS + CHECK_CHARS) throw new InvalidRecoveryKeyError();
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean.slice(0, KEY_CHARS)) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new InvalidRecoveryKeyError();
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      if (index < RECOVERY_KEY_BYTES) bytes[index++] = (buffer >> (bits - 8)) & 0xff;
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  if (buffer !== 0) throw new InvalidRecoveryKeyError();
  if ((await checkGroup(bytes)) !== clean.slice(KEY_CHARS)) throw new InvalidRecoveryKeyError();
  return bytes;
}
