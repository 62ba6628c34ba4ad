// The texts are assembled from one pair of files per area (renderer/i18n/<area>.de.ts / .en.ts).
// Every t() call, the typed keys and the e2e texts depend on the key set, so splitting or moving
// texts must not lose, rename or duplicate a key. textKeys.json is the sorted key list taken from
// de.ts before it was split by feature; a key that is added on purpose is added there too.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { de } from '../../../renderer/i18n/de';
import { en } from '../../../renderer/i18n/en';
import knownKeys from './textKeys.json';

const I18N_DIR = fileURLToPath(new URL('../../../renderer/i18n/', import.meta.url));

/** Dotted keys of every text (a string list such as vault.strengthLabels is one text). */
function flatKeys(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' && !Array.isArray(value) ? flatKeys(value, path) : [path];
  });
}

/** The top-level sections each area file of one language contributes, by file name. */
async function sectionsByFile(language: 'de' | 'en'): Promise<Map<string, string[]>> {
  const files = readdirSync(I18N_DIR).filter((name) => name.endsWith(`.${language}.ts`));
  const sections = new Map<string, string[]>();
  for (const file of files) {
    const module = (await import(/* @vite-ignore */ `${I18N_DIR}${file}`)) as Record<string, object>;
    sections.set(
      file,
      Object.values(module).flatMap((part) => Object.keys(part)),
    );
  }
  return sections;
}

describe('text keys', () => {
  it('German has exactly the keys it had before the split', () => {
    expect(flatKeys(de).sort()).toEqual(knownKeys);
  });

  it('English has the same keys as German', () => {
    expect(flatKeys(en).sort()).toEqual(flatKeys(de).sort());
  });

  it.each(['de', 'en'] as const)(
    'each %s section comes from exactly one area file, and every area file is assembled',
    async (language) => {
      const sections = await sectionsByFile(language);
      const owners = new Map<string, string[]>();
      for (const [file, keys] of sections) {
        for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), file]);
      }
      // A section in two files would be silently replaced by the later spread.
      const twice = [...owners].filter(([, files]) => files.length > 1);
      expect(twice).toEqual([]);
      const assembled = Object.keys(language === 'de' ? de : en).sort();
      expect([...owners.keys()].sort()).toEqual(assembled);
    },
  );
});
