import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DecryptionError, importAesKey, open, seal } from '../../../shared/crypto/aead';
import { fromHex, randomBytes, toHex, utf8Decode } from '../../../shared/crypto/bytes';
import { openRecord, recordAad, sealRecord, type EncryptedRow } from '../../../shared/storage/envelope';

// Known-answer vectors from "The Galois/Counter Mode of Operation" (McGrew & Viega), AES-256 cases.
const VECTORS = [
  {
    name: 'Test Case 13 (empty plaintext)',
    key: '0000000000000000000000000000000000000000000000000000000000000000',
    iv: '000000000000000000000000',
    pt: '',
    aad: '',
    ct: '',
    tag: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'Test Case 14',
    key: '0000000000000000000000000000000000000000000000000000000000000000',
    iv: '000000000000000000000000',
    pt: '00000000000000000000000000000000',
    aad: '',
    ct: 'cea7403d4d606b6e074ec5d3baf39d18',
    tag: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'Test Case 16 (with additional data)',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM known answers through the record cipher primitive', () => {
  it.each(VECTORS)('$name', async (v) => {
    const key = await importAesKey(fromHex(v.key));
    const sealed = await seal(key, fromHex(v.pt), fromHex(v.aad), fromHex(v.iv));
    expect(toHex(sealed.ct)).toBe(v.ct + v.tag);
    const opened = await open(key, sealed, fromHex(v.aad));
    expect(toHex(opened)).toBe(v.pt);
  });
});

async function freshKey(): Promise<CryptoKey> {
  return importAesKey(randomBytes(32));
}

const payload = { subject: 'Sprachkurs für Familie Ömer', notes: 'Rückruf Jobcenter', n: 3 };

describe('record envelopes', () => {
  it('binds table, id and key id into the additional data in the documented format', async () => {
    const key = await freshKey();
    const row = await sealRecord(key, 'k-1', 'inquiries', 'id-1', payload);
    expect(recordAad('inquiries', 'id-1', 'k-1')).toBe('anlaufstelle/v1|inquiries|id-1|k-1');
    const bytes = await open(key, { iv: row.iv!, ct: row.ct! }, 'anlaufstelle/v1|inquiries|id-1|k-1');
    expect(JSON.parse(utf8Decode(bytes))).toEqual(payload);
    expect(row.iv).toHaveLength(12);
  });

  it('uses a fresh IV for every encryption', async () => {
    const key = await freshKey();
    const a = await sealRecord(key, 'k', 'inquiries', 'x', payload);
    const b = await sealRecord(key, 'k', 'inquiries', 'x', payload);
    expect(toHex(a.iv!)).not.toBe(toHex(b.iv!));
    expect(toHex(a.ct!)).not.toBe(toHex(b.ct!));
  });

  it('rejects a row moved to another id, another table or another key id', async () => {
    const key = await freshKey();
    const row = { ...(await sealRecord(key, 'k-1', 'inquiries', 'id-1', payload)), seq: 1 };
    await expect(openRecord(key, 'inquiries', row)).resolves.toEqual(payload);
    await expect(openRecord(key, 'inquiries', { ...row, id: 'id-2' })).rejects.toThrow(DecryptionError);
    await expect(openRecord(key, 'settings', row)).rejects.toThrow(DecryptionError);
    await expect(openRecord(key, 'inquiries', { ...row, keyId: 'k-2' })).rejects.toThrow(DecryptionError);
    await expect(openRecord(await freshKey(), 'inquiries', row)).rejects.toThrow(DecryptionError);
  });

  it('rejects every single-bit change of IV, ciphertext or tag (property)', async () => {
    const key = await freshKey();
    const row: EncryptedRow = { ...(await sealRecord(key, 'k-1', 'inquiries', 'id-1', payload)), seq: 1 };
    const iv = row.iv!;
    const ct = row.ct!;
    const totalBits = (iv.length + ct.length) * 8;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: totalBits - 1 }), async (bit) => {
        const byte = bit >> 3;
        const mask = 1 << (bit & 7);
        const newIv = iv.slice();
        const newCt = ct.slice();
        if (byte < iv.length) newIv[byte]! ^= mask;
        else newCt[byte - iv.length]! ^= mask;
        await expect(openRecord(key, 'inquiries', { ...row, iv: newIv, ct: newCt })).rejects.toThrow(
          DecryptionError,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('rejects each of all single-bit changes of one sealed record (exhaustive)', async () => {
    const key = await freshKey();
    const row: EncryptedRow = {
      ...(await sealRecord(key, 'k-1', 'inquiries', 'id-1', { s: 'kurz' })),
      seq: 1,
    };
    const bytes = new Uint8Array([...row.iv!, ...row.ct!]);
    let rejected = 0;
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const changed = bytes.slice();
      changed[bit >> 3]! ^= 1 << (bit & 7);
      try {
        await openRecord(key, 'inquiries', { ...row, iv: changed.slice(0, 12), ct: changed.slice(12) });
      } catch (error) {
        if (error instanceof DecryptionError) rejected++;
      }
    }
    expect(rejected).toBe(bytes.length * 8);
  });

  it('rejects every single-bit change of the additional data (property)', async () => {
    const key = await freshKey();
    const aad = recordAad('inquiries', 'id-1', 'k-1');
    const aadBytes = new TextEncoder().encode(aad);
    const sealed = await seal(key, new Uint8Array([1, 2, 3]), aadBytes);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: aadBytes.length * 8 - 1 }), async (bit) => {
        const changed = aadBytes.slice();
        changed[bit >> 3]! ^= 1 << (bit & 7);
        await expect(open(key, sealed, changed)).rejects.toThrow(DecryptionError);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects truncated ciphertexts and wrong IV lengths', async () => {
    const key = await freshKey();
    const row: EncryptedRow = { ...(await sealRecord(key, 'k', 'inquiries', 'i', payload)), seq: 1 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: row.ct!.length - 1 }), async (len) => {
        await expect(openRecord(key, 'inquiries', { ...row, ct: row.ct!.slice(0, len) })).rejects.toThrow(
          DecryptionError,
        );
      }),
      { numRuns: 50 },
    );
    await expect(openRecord(key, 'inquiries', { ...row, iv: row.iv!.slice(0, 11) })).rejects.toThrow(
      DecryptionError,
    );
  });
});
