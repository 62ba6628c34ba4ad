import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../../shared/storage/snapshot';

describe('snapshot JSON', () => {
  it('is ASCII only and parses back to the same value (umlauts, ß, emoji, lone surrogates)', () => {
    const value = { subject: 'Grüße aus Lübeck, Straße 5 😀', notes: 'a\ud800b', n: [1, 'ä'] };
    const json = asciiJson(value);
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    expect(JSON.parse(json)).toEqual(value);
  });
});
