// The Berichtsprofil file: every built-in profile survives the round trip unchanged, and each kind of
// bad file is refused with the text key that explains it (which must exist in German and English).
import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes';
import {
  PROFILE_FILE_FORMAT,
  planProfileImport,
  profileFileBytes,
  profileFileName,
  readProfileFile,
  type ProfileFileProblem,
} from '../../../shared/report/profileFile';
import {
  BUILTIN_PROFILE_IDS,
  BUILTIN_PROFILES,
  type ReportProfile,
} from '../../../shared/report/reportProfiles';
import { de } from '../../../renderer/i18n/de';
import { en } from '../../../renderer/i18n/en';

const sachbericht = BUILTIN_PROFILES.sachbericht;
const bytesOf = (value: unknown) => utf8Encode(JSON.stringify(value));
const fileWith = (profile: unknown, extra: Record<string, unknown> = {}) =>
  bytesOf({ format: PROFILE_FILE_FORMAT, version: 1, profile, ...extra });

function problemOf(bytes: Uint8Array): ProfileFileProblem {
  const result = readProfileFile(bytes);
  if (result.ok) throw new Error('the file was taken');
  return result.problem;
}

function textOf(texts: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], texts);
}

describe('profile file', () => {
  it.each(BUILTIN_PROFILE_IDS)('round trip of the built-in profile %s', (id) => {
    const bytes = profileFileBytes(BUILTIN_PROFILES[id]);
    const text = utf8Decode(bytes);
    // Pretty JSON with its format and version first, readable in any editor.
    expect(text.startsWith('{\n  "format": "anlaufstelle-berichtsprofil",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readProfileFile(bytes)).toEqual({ ok: true, profile: BUILTIN_PROFILES[id] });
  });

  it('keeps an edited profile exactly, with umlauts, own titles, texts and a byte order mark', () => {
    const edited: ReportProfile = {
      id: 'kreistag-2026',
      name: 'Bericht für den Kreistag',
      title: 'Tätigkeitsbericht „Integration“',
      sections: [
        { ...sachbericht.sections[1]!, enabled: false },
        {
          key: 'eigen-x1',
          title: 'Ziele für 2027',
          enabled: true,
          tables: [],
          intro: 'Ziel: …\nZweite Zeile',
          withText: false,
        },
        { ...sachbericht.sections[0]!, title: 'Netzwerk und Gremien', chart: 'volunteerMonths' },
      ],
    };
    const bytes = profileFileBytes(edited);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(readProfileFile(withBom)).toEqual({ ok: true, profile: edited });
  });

  it.each([
    [
      'a wrong format',
      fileWith(sachbericht, { format: 'anlaufstelle-sicherung' }),
      'reportProfiles.file.wrongFormat',
    ],
    ['no format at all', bytesOf(sachbericht), 'reportProfiles.file.wrongFormat'],
    ['a JSON list', bytesOf([1, 2]), 'reportProfiles.file.wrongFormat'],
    ['version 2', fileWith(sachbericht, { version: 2 }), 'reportProfiles.file.newerVersion'],
    ['version "1"', fileWith(sachbericht, { version: '1' }), 'reportProfiles.file.wrongFormat'],
    ['not JSON', utf8Encode('Abschnitte: Netzwerk, Beratung'), 'reportProfiles.file.notJson'],
    [
      'not UTF-8 (a spreadsheet)',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]),
      'reportProfiles.file.notJson',
    ],
    ['an empty file', new Uint8Array(), 'reportProfiles.file.notJson'],
    [
      'duplicate section keys',
      fileWith({ ...sachbericht, sections: [sachbericht.sections[0], sachbericht.sections[0]] }),
      'reportProfiles.invalid.duplicateKey',
    ],
    [
      'an invalid section key',
      fileWith({ ...sachbericht, sections: [{ ...sachbericht.sections[0], key: 'Netzwerk Arbeit' }] }),
      'reportProfiles.invalid.sectionKey',
    ],
    ['an invalid id', fileWith({ ...sachbericht, id: '../sachbericht' }), 'reportProfiles.invalid.id'],
    [
      'an unknown field in a section',
      fileWith({ ...sachbericht, sections: [{ ...sachbericht.sections[0], script: 'x' }] }),
      'reportProfiles.file.invalidSection',
    ],
    ['no sections', fileWith({ ...sachbericht, sections: [] }), 'reportProfiles.file.invalid'],
    ['no profile', fileWith(undefined), 'reportProfiles.file.invalid'],
  ])('refuses %s', (_what, bytes, key) => {
    expect(problemOf(bytes).key).toBe(key);
  });

  it('names an unknown table', () => {
    const profile = {
      ...sachbericht,
      sections: [{ ...sachbericht.sections[0], tables: ['network', 'kosten'] }],
    };
    expect(problemOf(fileWith(profile))).toEqual({
      key: 'reportProfiles.file.unknownTable',
      values: { table: 'kosten' },
    });
  });

  it('names a text over its limit, with the limit', () => {
    expect(problemOf(fileWith({ ...sachbericht, name: 'Sachbericht '.repeat(11) }))).toEqual({
      key: 'reportProfiles.file.tooLong.name',
      values: { max: 120, section: 0 },
    });
    const sections = [...sachbericht.sections];
    sections[1] = { ...sections[1]!, intro: 'x'.repeat(5001) };
    expect(problemOf(fileWith({ ...sachbericht, sections }))).toEqual({
      key: 'reportProfiles.file.tooLong.sectionText',
      values: { max: 5000, section: 2 },
    });
    sections[1] = { ...sections[1]!, intro: '', title: 'Netzwerk '.repeat(30) };
    expect(problemOf(fileWith({ ...sachbericht, sections }))).toEqual({
      key: 'reportProfiles.file.tooLong.sectionTitle',
      values: { max: 200, section: 2 },
    });
    expect(problemOf(fileWith({ ...sachbericht, subtitle: 'Untertitel '.repeat(20) }))).toEqual({
      key: 'reportProfiles.file.tooLong.subtitle',
      values: { max: 200, section: 0 },
    });
  });

  it('names the faulty section by its number', () => {
    const sections = [...sachbericht.sections];
    sections[2] = { ...sections[2]!, enabled: 'ja' as unknown as boolean };
    expect(problemOf(fileWith({ ...sachbericht, sections }))).toEqual({
      key: 'reportProfiles.file.invalidSection',
      values: { section: 3 },
    });
  });

  it('refuses a 1 MB file before reading it', () => {
    const padded = utf8Encode(
      JSON.stringify({
        format: PROFILE_FILE_FORMAT,
        version: 1,
        profile: sachbericht,
        pad: 'x'.repeat(1024 * 1024),
      }),
    );
    expect(problemOf(padded)).toEqual({ key: 'reportProfiles.file.tooLarge', values: { max: 200 } });
  });

  it('has a German and an English text for every problem key', () => {
    const keys = [
      'tooLarge',
      'notJson',
      'wrongFormat',
      'newerVersion',
      'unknownTable',
      'invalidSection',
      'invalid',
    ].map((k) => `reportProfiles.file.${k}`);
    keys.push(
      'reportProfiles.invalid.sectionKey',
      'reportProfiles.invalid.id',
      'reportProfiles.invalid.duplicateKey',
    );
    for (const key of keys) {
      expect(typeof textOf(de, key), key).toBe('string');
      expect(typeof textOf(en, key), key).toBe('string');
    }
  });

  it('names the file after the profile, without characters a file system refuses', () => {
    expect(profileFileName('Koordinierungsstelle (Sachbericht)')).toBe(
      'Berichtsprofil Koordinierungsstelle (Sachbericht).json',
    );
    expect(profileFileName('A/B: "C"?')).toBe('Berichtsprofil A B C.json');
    // A long name is cut at a word, within 80 characters.
    const long =
      'Bericht an den Kreistag und an das Ministerium für Inneres und Sport des Landes Sachsen-Anhalt';
    expect(profileFileName(long)).toBe(
      'Berichtsprofil Bericht an den Kreistag und an das Ministerium für Inneres und Sport des Landes.json',
    );
    expect(profileFileName('x'.repeat(100))).toBe(`Berichtsprofil ${'x'.repeat(80)}.json`);
  });
});

describe('importing a profile', () => {
  const own: ReportProfile = { id: 'kreistag', name: 'Kreistag', sections: sachbericht.sections };
  const here = [
    { id: 'jahresbericht', name: 'Jahresbericht' },
    { id: 'sachbericht', name: 'Koordinierungsstelle (Sachbericht)' },
  ];

  it('a built-in profile replaces that profile', () => {
    expect(planProfileImport(sachbericht, here, 'Koordinierungsstelle (Sachbericht)')).toEqual({
      kind: 'builtin',
      profile: sachbericht,
    });
  });

  it('a new own profile is taken as it is', () => {
    expect(planProfileImport(own, here, 'Kreistag')).toEqual({ kind: 'new', profile: own });
  });

  it('an own profile whose id is here already becomes a copy with a new id and name', () => {
    const plan = planProfileImport(own, [...here, { id: 'kreistag', name: 'Kreistag' }], 'Kreistag');
    expect(plan).toEqual({ kind: 'copy', profile: { ...own, id: 'kreistag-2', name: 'Kreistag (2)' } });
  });

  it('a new profile named like another one gets a number', () => {
    const plan = planProfileImport({ ...own, name: 'Jahresbericht' }, here, 'Jahresbericht');
    expect(plan).toEqual({ kind: 'new', profile: { ...own, name: 'Jahresbericht (2)' } });
  });
});
