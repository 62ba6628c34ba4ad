// Bad input never crashes a reader: random and mutated files either read or end in the reader's own
// error (which carries a German message), and every such message exists in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ImportError, guessMapping, parseCsv, rowsToContacts } from '../../../shared/codecs/contactsCsv';
import { decodeText, looksBinary } from '../../../shared/codecs/textEncoding';
import { parseVcards } from '../../../shared/codecs/vcard';
import { openBackupFile } from '../../../shared/backup/ageFile';
import { BackupError, type BackupErrorKey } from '../../../shared/backup/format';
import { de } from '../../../renderer/i18n/de';
import { en } from '../../../renderer/i18n/en';

const fixtures = join(import.meta.dirname, '../../fixtures/contacts');

/** What the import dialog does with a file's bytes, up to the preview. */
function readContacts(bytes: Uint8Array, name: string) {
  if (looksBinary(bytes)) return 'binary';
  const { text } = decodeText(bytes);
  if (/\.vcf$/i.test(name) || /^\s*BEGIN:VCARD/i.test(text)) return parseVcards(text);
  const table = parseCsv(text);
  return rowsToContacts(table, guessMapping(table.headers));
}

function mutate(bytes: Uint8Array, edits: Array<[number, number]>, cut: number | null): Uint8Array {
  const out = new Uint8Array(bytes);
  for (const [at, value] of edits) out[at % out.length] = value;
  return cut === null ? out : out.subarray(0, cut % (out.length + 1));
}

describe('importers on mutated and random files', () => {
  for (const file of ['outlook-de-windows1252.csv', 'english-utf8-bom.csv', 'outlook-mixed.vcf']) {
    it(`${file}: mutated or truncated, it reads or throws ImportError`, () => {
      const original = new Uint8Array(readFileSync(join(fixtures, file)));
      const before = new Uint8Array(original);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
          fc.option(fc.nat(), { nil: null }),
          (edits, cut) => {
            try {
              readContacts(mutate(original, edits, cut), file);
            } catch (e) {
              expect(e).toBeInstanceOf(ImportError);
            }
          },
        ),
        { numRuns: 300 },
      );
      expect(original).toEqual(before); // the reader never changes its input
    });
  }

  it('random text as vCard: reads or throws ImportError', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'BEGIN:VCARD',
              'END:VCARD',
              'VERSION:2.1',
              'FN:Jürgen',
              'N:Weiß;Jürgen',
              'TEL;CELL:0170',
            ),
            fc.string({ maxLength: 40 }),
          ),
          { maxLength: 20 },
        ),
        (lines) => {
          try {
            parseVcards(lines.join('\r\n'));
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('backup reader messages', () => {
  it('every backup error has a German and an English message', () => {
    const keys: BackupErrorKey[] = [
      'empty',
      'tooLarge',
      'notAge',
      'wrongPassphrase',
      'damaged',
      'notBackup',
      'newerFormat',
      'checksum',
      'unknownTable',
      'duplicateId',
      'invalidRecord',
      'workFactor',
    ];
    for (const key of keys) {
      expect(de.backup.errors[key], key).toMatch(/\S/);
      expect(en.backup.errors[key], key).toMatch(/\S/);
    }
    expect(Object.keys(de.backup.errors).sort()).toEqual([...keys].sort());
  });

  it('a 200 MB file that is no backup is refused at once with its own message', async () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    big.set(new TextEncoder().encode('PK\u0003\u0004 not a backup'));
    const started = Date.now();
    const error = await openBackupFile(big, 'irgendeine-passphrase').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).key).toBe('notAge');
    expect(Date.now() - started).toBeLessThan(2000);
    // A 200 MB file that does look like age but is garbage after the header: a clear "damaged".
    big.set(new TextEncoder().encode('age-encryption.org/v1\n-> scrypt AAAA 18\nxx\n--- yy\n'));
    const damaged = await openBackupFile(big, 'irgendeine-passphrase').catch((e: unknown) => e);
    expect(damaged).toBeInstanceOf(BackupError);
    expect(['damaged', 'wrongPassphrase']).toContain((damaged as BackupError).key);
  });
});
