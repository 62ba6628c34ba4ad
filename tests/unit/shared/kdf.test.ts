import { afterEach, describe, expect, it } from 'vitest';
import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import { fromHex, toHex, toBase64, utf8Encode } from '../../../shared/crypto/bytes';
import {
  argon2idBytes,
  assertAtFloor,
  KDF_FLOOR,
  KdfTooCostlyError,
  KdfTooWeakError,
  type Argon2idHeader,
} from '../../../shared/crypto/kdf';
import { setKdfRunner, type KdfJob } from '../../../shared/crypto/kdfJobs';

// RFC 9106 §5.3 (Argon2id, version 0x13).
const RFC9106 = {
  password: new Uint8Array(32).fill(0x01),
  salt: new Uint8Array(16).fill(0x02),
  secret: new Uint8Array(8).fill(0x03),
  associatedData: new Uint8Array(12).fill(0x04),
  memoryKiB: 32,
  iterations: 3,
  parallelism: 4,
  tag: '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
};

describe('Argon2id key derivation', () => {
  it('an independent Argon2id (noble) reproduces the RFC 9106 test vector', () => {
    const tag = nobleArgon2id(RFC9106.password, RFC9106.salt, {
      t: RFC9106.iterations,
      m: RFC9106.memoryKiB,
      p: RFC9106.parallelism,
      dkLen: 32,
      key: RFC9106.secret,
      personalization: RFC9106.associatedData,
    });
    expect(toHex(tag)).toBe(RFC9106.tag);
  });

  // hash-wasm has no "associated data" input, so the RFC vector itself cannot pass through it. We check
  // the project's wrapper against the reference implementation's published vector and against the
  // RFC-verified implementation above on the vector's inputs without associated data.
  it('matches the reference implementation vector (phc-winner-argon2: "password"/"somesalt", t=2, m=64 MiB, p=1)', async () => {
    const out = await argon2idBytes({
      password: 'password',
      salt: utf8Encode('somesalt'),
      memoryKiB: 65536,
      iterations: 2,
      parallelism: 1,
    });
    expect(toHex(out)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('agrees with the RFC-verified implementation on the RFC 9106 inputs with a secret', async () => {
    const ours = await argon2idBytes({
      password: RFC9106.password,
      salt: RFC9106.salt,
      secret: RFC9106.secret,
      memoryKiB: RFC9106.memoryKiB,
      iterations: RFC9106.iterations,
      parallelism: RFC9106.parallelism,
    });
    const reference = nobleArgon2id(RFC9106.password, RFC9106.salt, {
      t: 3,
      m: 32,
      p: 4,
      dkLen: 32,
      key: RFC9106.secret,
    });
    expect(toHex(ours)).toBe(toHex(reference));
    expect(toHex(ours)).not.toBe(RFC9106.tag); // the associated data changes the tag, as it must
  });

  it('normalises the password to NFC, so "ä" typed as one or two code points unlocks alike', async () => {
    const params = {
      salt: fromHex('00112233445566778899aabbccddeeff'),
      memoryKiB: 64,
      iterations: 1,
      parallelism: 1,
    };
    const composed = await argon2idBytes({ password: 'Bär-Grüße', ...params });
    const decomposed = await argon2idBytes({ password: 'Ba\u0308r-Gru\u0308ße', ...params });
    expect(toHex(composed)).toBe(toHex(decomposed));
  });

  describe('where it runs (the app installs a worker-backed runner)', () => {
    afterEach(() => setKdfRunner(null));
    const params = { salt: utf8Encode('somesalt'), memoryKiB: 65536, iterations: 2, parallelism: 1 };
    const REFERENCE = '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7';

    it('hands the installed runner the job as bytes (NFC password) and zeroes both copies once used', async () => {
      const jobs: KdfJob[] = [];
      const sent: Uint8Array[] = [];
      const output = new Uint8Array(32).fill(7);
      setKdfRunner(async (request) => {
        sent.push(request.job.password);
        jobs.push(structuredClone(request)); // as it arrived, before zeroing
        return output;
      });
      const out = await argon2idBytes({ password: 'Ba\u0308r', ...params });
      expect(toHex(out)).toBe('07'.repeat(32));
      expect(jobs).toEqual([
        { kind: 'argon2id', job: { password: utf8Encode('Bär'), ...params, hashLength: 32 } },
      ]);
      expect(sent[0]!.every((b) => b === 0)).toBe(true); // the encoded password, zeroed
      expect(output.every((b) => b === 0)).toBe(true); // the runner's bytes, zeroed after copying
    });

    it('leaves a password given as bytes as it was (the caller owns it)', async () => {
      setKdfRunner(async () => new Uint8Array(32));
      const password = utf8Encode('password');
      await argon2idBytes({ password, ...params });
      expect(password).toEqual(utf8Encode('password'));
    });

    it('runs on the calling thread again once the runner is removed (the reference vector still holds)', async () => {
      setKdfRunner(async () => new Uint8Array(32));
      setKdfRunner(null);
      const out = await argon2idBytes({ password: 'password', ...params });
      expect(toHex(out)).toBe(REFERENCE);
    });
  });

  describe('parameter floor (no downgrade)', () => {
    const ok: Argon2idHeader = {
      alg: 'argon2id',
      v: 0x13,
      m: KDF_FLOOR.memoryKiB,
      t: KDF_FLOOR.iterations,
      p: KDF_FLOOR.parallelism,
      salt: toBase64(new Uint8Array(16)),
    };
    it('accepts the floor itself and stronger settings', () => {
      expect(() => assertAtFloor(ok)).not.toThrow();
      expect(() => assertAtFloor({ ...ok, m: ok.m * 2, t: 4 })).not.toThrow();
    });
    it.each([
      ['memory', { m: KDF_FLOOR.memoryKiB - 1 }],
      ['iterations', { t: 2 }],
      ['parallelism', { p: 1 }],
      ['salt length', { salt: toBase64(new Uint8Array(8)) }],
    ])('refuses a slot with too little %s', (_name, change) => {
      expect(() => assertAtFloor({ ...ok, ...change })).toThrow(KdfTooWeakError);
    });
    it.each([
      ['memory (2^30 KiB = 1 TiB)', { m: 2 ** 30 }],
      ['iterations', { t: 17 }],
      ['parallelism', { p: 17 }],
      ['salt length', { salt: toBase64(new Uint8Array(128)) }],
    ])('refuses a slot with too much %s (a header made to hang unlock)', (_name, change) => {
      expect(() => assertAtFloor({ ...ok, ...change })).toThrow(KdfTooCostlyError);
    });
  });
});
