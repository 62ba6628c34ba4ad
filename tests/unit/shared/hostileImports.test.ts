// Hostile import files must not freeze the app: while an import runs, auto-lock cannot run either.
// The bounds are far above what the linear code needs (milliseconds) and far below the old times
// (9 s for one e-mail cell, minutes for a 2 MB vCard), so they cannot flake on a busy machine.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ImportError, rowsToContacts } from '../../../shared/codecs/contactsCsv';
import { isEmailAddress } from '../../../shared/codecs/emailAddress';
import { parseVcards } from '../../../shared/codecs/vcard';

function timed<T>(run: () => T): { ms: number; result: T | Error } {
  const start = performance.now();
  let result: T | Error;
  try {
    result = run();
  } catch (e) {
    result = e as Error;
  }
  return { ms: performance.now() - start, result };
}

describe('hostile import files', () => {
  it('a 2 MB vCard with quoted-printable soft line breaks is read in under a second', () => {
    // Outlook writes quoted-printable in lines of at most 76 characters, each ending in "=".
    const line = 'ab'.repeat(37);
    const vcard =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Weiß;Jürgen\r\n' +
      `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller =\r\n${`${line}=\r\n`.repeat(27_000)}Ende\r\n` +
      'END:VCARD\r\n';
    expect(vcard.length).toBeGreaterThan(2_000_000);
    const { ms, result } = timed(() => parseVcards(vcard));
    expect(ms).toBeLessThan(1000);
    expect(result).not.toBeInstanceOf(Error);
    const [contact] = result as ReturnType<typeof parseVcards>;
    expect(contact!.lastName).toBe('Weiß');
    expect(contact!.notes.startsWith('Müller abab')).toBe(true);
    expect(contact!.notes.endsWith('abEnde')).toBe(true);
    expect(contact!.notes).toHaveLength('Müller '.length + 74 * 27_000 + 'Ende'.length);
  });

  it('one 40,000-character e-mail cell is refused with its line in under a second', () => {
    const cell = `a@${'.'.repeat(39_997)}@`;
    const table = { headers: ['Vorname', 'E-Mail'], rows: [['Anna', cell]], delimiter: ';' };
    const { ms, result } = timed(() => rowsToContacts(table, { firstName: 0, email: 1 }));
    expect(ms).toBeLessThan(1000);
    expect(result).toMatchObject({ name: 'ImportError', key: 'import.rowBadEmail', values: { line: 2 } });
    // The message quotes the start of the cell, not 40,000 characters.
    expect((result as ImportError).values.value).toBe(`a@${'.'.repeat(77)}…`);
  });
});

describe('e-mail check', () => {
  // The old pattern is the reference on short strings, where its backtracking does not matter.
  const reference = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  it('accepts and refuses exactly what the old pattern did', () => {
    const chars = fc.constantFrom('a', 'ß', '@', '.', ' ', '\t', '-', '+');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }), (list) => {
        const value = list.join('');
        expect(isEmailAddress(value)).toBe(reference.test(value));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['anna.weiss@caritas.example', true],
    ['a@b.c', true],
    ['a@.bc', false],
    ['a@bc.', false],
    ['a@b@c.de', false],
    ['@b.de', false],
    ['anna weiss@b.de', false],
  ])('%s → %s', (value, expected) => {
    expect(isEmailAddress(value)).toBe(expected);
  });
});
