// age's passphrase recipient (the "scrypt" stanza of the age v1 spec) with scrypt from hash-wasm:
// the same bytes as age-encryption's own, about a third faster than its JavaScript scrypt, which
// was the largest single cost of opening or writing a ten-year backup. It runs with the installed
// key-derivation runner (a worker in the app: shared/crypto/kdfJobs.ts).
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { base64nopad } from '@scure/base';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { runKdf } from '../crypto/kdfJobs';

const LABEL = 'age-encryption.org/v1/scrypt';
/** The age-encryption library refuses more (each step doubles time and memory); so do we. */
export const MAX_LOG_N = 20;

/** The file asks for more scrypt work than any backup of this app needs: refused before any scrypt runs. */
export class ScryptWorkFactorError extends Error {
  constructor(public readonly logN: number) {
    super('scrypt work factor is too high');
    this.name = 'ScryptWorkFactorError';
  }
}

async function wrappingKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const label = encoder.encode(LABEL);
  const labelAndSalt = new Uint8Array(label.length + salt.length);
  labelAndSalt.set(label);
  labelAndSalt.set(salt, label.length);
  const password = encoder.encode(passphrase);
  try {
    return await runKdf({ kind: 'scrypt', job: { password, salt: labelAndSalt, logN } });
  } finally {
    password.fill(0);
  }
}

export class ScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
    const key = await wrappingKey(this.passphrase, salt, this.logN);
    const body = chacha20poly1305(key, new Uint8Array(12)).encrypt(fileKey);
    key.fill(0);
    return [new Stanza(['scrypt', base64nopad.encode(salt), String(this.logN)], body)];
  }
}

export class ScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  /** The file key, or null when the passphrase does not open it; throws on a malformed stanza. */
  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) return null;
    if (stanzas.length !== 1) throw new Error('scrypt recipient is not the only one in the header');
    const [, saltText, logNText] = stanza.args;
    if (stanza.args.length !== 3 || !/^[1-9][0-9]*$/.test(logNText!))
      throw new Error('invalid scrypt stanza');
    const salt = base64nopad.decode(saltText!);
    const logN = Number(logNText);
    if (salt.length !== 16 || stanza.body.length !== 32) throw new Error('invalid scrypt stanza');
    if (logN > MAX_LOG_N) throw new ScryptWorkFactorError(logN);
    const key = await wrappingKey(this.passphrase, salt, logN);
    try {
      return chacha20poly1305(key, new Uint8Array(12)).decrypt(stanza.body);
    } catch {
      return null;
    } finally {
      key.fill(0);
    }
  }
}
