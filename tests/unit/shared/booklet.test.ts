import { describe, expect, it } from 'vitest';
import { buildBooklet, fileStem, weekdayHeading } from '../../../shared/outreach/booklet';
import { CONTRIBUTIONS, ORGS, SERIES } from './eventOutputsFixture';

describe('programme booklet', () => {
  const booklet = buildBooklet(SERIES, CONTRIBUTIONS, ORGS, { language: 'de' });

  it('holds only the series’ approved contributions, by day, then time (untimed last), then title', () => {
    expect(booklet.entries.map((e) => [e.number, e.title])).toEqual([
      [1, 'Eröffnung'],
      [2, 'Abendessen'],
      [3, 'Zumba'],
      [4, 'Ausstellung'],
      [5, 'Fußballturnier'],
    ]);
    const titles = booklet.entries.map((e) => e.title);
    expect(titles).not.toContain('Sprachcafé'); // geprüft
    expect(titles).not.toContain('Fest'); // eingereicht
    expect(titles).not.toContain('Andere Reihe');
  });

  it('prints a photo credit typed as "Foto: …" once under its own label', () => {
    const approved = CONTRIBUTIONS.map((c) => (c.id === 'c6' ? { ...c, status: 'freigegeben' as const } : c));
    const entry = buildBooklet(SERIES, approved, ORGS, { language: 'de' }).entries.find(
      (e) => e.title === 'Sprachcafé',
    );
    expect(entry?.photoCredit).toBe('Samir');
  });

  it('groups the entries by day under German weekday headings', () => {
    expect(booklet.days.map((d) => [d.heading, d.entries.map((e) => e.number)])).toEqual([
      ['Montag, 21. September 2026', [1, 2, 3]],
      ['Dienstag, 22. September 2026', [4]],
      ['Samstag, 26. September 2026', [5]],
    ]);
    expect(weekdayHeading('2026-09-21', 'en')).toMatch(/^Monday,? 21 September 2026$/); // ICU versions differ
  });

  it('formats times, languages and the period', () => {
    expect(booklet.entries[0]!.time).toBe('17:00–20:00 Uhr');
    expect(booklet.entries[2]!.time).toBe('18:00 Uhr');
    expect(booklet.entries[3]!.time).toBe('ganztägig');
    expect(booklet.entries[0]!.languages).toBe('Deutsch, Arabisch');
    expect(booklet.entries[0]!.organiser).toBe('Afrikanisches Forum');
    expect(booklet.period).toBe('20.–27. September 2026');
    expect(booklet.funderCredit).toBe('Gefördert vom Land Sachsen-Anhalt.');
  });

  it('indexes venues and organisers alphabetically, pointing to the entry numbers', () => {
    expect(booklet.venueIndex).toEqual([
      { label: 'Ort wird noch bekannt gegeben', numbers: [4] },
      { label: 'Rathaus', numbers: [1, 2, 3] },
      { label: 'Sportplatz', numbers: [5] },
    ]);
    expect(booklet.organiserIndex).toEqual([
      { label: 'Afrikanisches Forum', numbers: [1, 2, 4] },
      { label: 'Caritas', numbers: [5] },
      { label: 'Volkshochschule', numbers: [3] },
    ]);
  });

  it('names an organiser missing from the Netzwerk as unknown rather than leaving it out', () => {
    const b = buildBooklet(SERIES, CONTRIBUTIONS, [], { language: 'de' });
    expect(b.organiserIndex).toEqual([{ label: 'Veranstalter unbekannt', numbers: [1, 2, 3, 4, 5] }]);
  });

  it('is empty, not broken, for a series without approved contributions', () => {
    const empty = buildBooklet(
      SERIES,
      CONTRIBUTIONS.filter((c) => c.status !== 'freigegeben'),
      ORGS,
      { language: 'de' },
    );
    expect(empty.entries).toEqual([]);
    expect(empty.days).toEqual([]);
    expect(empty.venueIndex).toEqual([]);
    expect(empty.organiserIndex).toEqual([]);
    expect(empty.title).toBe('Interkulturelle Woche 2026');
  });

  it('makes file names without characters a file system refuses', () => {
    expect(fileStem('Programmheft', 'Interkulturelle Woche 2026')).toBe(
      'Programmheft Interkulturelle Woche 2026',
    );
    expect(fileStem('Programmheft', 'IKW: 2026/27?')).toBe('Programmheft IKW 2026 27');
    expect(fileStem('Programmheft', ' ')).toBe('Programmheft');
  });
});
