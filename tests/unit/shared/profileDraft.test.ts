// The editor's draft of a Berichtsprofil: unchanged built-in wording stays out of the stored profile
// (so it follows the report's language), own words and switched-off defaults are kept.
import { describe, expect, it } from 'vitest';
import {
  copyProfile,
  draftToProfile,
  newSectionKey,
  profileIdFromName,
  profileToDraft,
  uniqueProfileName,
} from '../../../shared/report/profileDraft';
import { BUILTIN_PROFILES, reportProfileSchema } from '../../../shared/report/reportProfiles';

describe('profile draft', () => {
  it.each(Object.values(BUILTIN_PROFILES))(
    'a built-in profile edited in nothing comes back the same ($id)',
    (p) => {
      expect(draftToProfile(profileToDraft(p, 'de'), 'de')).toEqual(p);
    },
  );

  it('shows the built-in text block and keeps it out unless changed or emptied', () => {
    const draft = profileToDraft(BUILTIN_PROFILES.landeskonzept, 'de');
    const goals = draft.sections[3]!;
    expect(goals.intro).toMatch(/^Für jedes Handlungsfeld/);
    goals.intro = '';
    goals.title = 'Ziele und Indikatoren'; // the built-in title typed out: still the built-in one
    draft.title = '  Bericht 2026 ';
    const profile = draftToProfile(draft, 'de');
    expect(profile.title).toBe('Bericht 2026');
    expect(profile.sections[3]).toEqual({ key: 'lik-ziele', enabled: true, tables: [], intro: '' });
  });

  it('keeps own titles, switched-off sections, a chart and no own text', () => {
    const draft = profileToDraft(BUILTIN_PROFILES.sachbericht, 'de');
    draft.sections[0] = {
      ...draft.sections[0]!,
      title: 'Netzwerk',
      enabled: false,
      withText: false,
      chart: 'volunteerMonths',
    };
    expect(draftToProfile(draft, 'de').sections[0]).toEqual({
      key: 'sb-netzwerk',
      title: 'Netzwerk',
      enabled: false,
      tables: ['network', 'organisationTypes'],
      chart: 'volunteerMonths',
      withText: false,
    });
  });

  it('gives new sections keys the schema takes and the profile never had', () => {
    const key = newSectionKey(['eigen-a'], 10);
    expect(key).toBe('eigen-b');
    expect(newSectionKey(['eigen-a', 'eigen-b'], 10)).toBe('eigen-c');
    const p = {
      ...BUILTIN_PROFILES.lotsen,
      sections: [...BUILTIN_PROFILES.lotsen.sections, { key, enabled: true, tables: [] }],
    };
    expect(reportProfileSchema.safeParse(p).success).toBe(true);
  });

  it('makes an id from a name: lower case, umlauts spelt out, unique, never a built-in one', () => {
    expect(profileIdFromName('Bericht Kreistag 2026', [])).toBe('bericht-kreistag-2026');
    expect(profileIdFromName('Übersicht für Förderer', [])).toBe('uebersicht-fuer-foerderer');
    expect(profileIdFromName('Sachbericht', [])).toBe('sachbericht-2');
    expect(profileIdFromName('Kreis', ['kreis', 'kreis-2'])).toBe('kreis-3');
    expect(profileIdFromName('„…“', [])).toBe('profil');
  });

  it('a copy of a built-in profile keeps its document title and subtitle', () => {
    const copy = copyProfile(BUILTIN_PROFILES.sachbericht, ' Kreistag ', [], {
      title: 'Sachbericht',
      subtitle: 'Tätigkeit',
    });
    expect(copy).toEqual({
      ...BUILTIN_PROFILES.sachbericht,
      id: 'kreistag',
      name: 'Kreistag',
      title: 'Sachbericht',
      subtitle: 'Tätigkeit',
    });
    expect(reportProfileSchema.safeParse(copy).success).toBe(true);
  });
});

describe('a unique profile name', () => {
  it('numbers a taken name, and a taken numbered name counts on instead of numbering it again', () => {
    expect(uniqueProfileName('Sachbericht Land', ['Jahresbericht'])).toBe('Sachbericht Land');
    expect(uniqueProfileName('Sachbericht Land', ['sachbericht land'])).toBe('Sachbericht Land (2)');
    expect(uniqueProfileName('Sachbericht Land (2)', ['Sachbericht Land', 'Sachbericht Land (2)'])).toBe(
      'Sachbericht Land (3)',
    );
    // A name at the limit stays within it when numbered (else its export could not be imported again).
    const long = 'M'.repeat(120);
    expect(uniqueProfileName(long, [long])).toBe(`${'M'.repeat(116)} (2)`);
  });
});
