import { describe, expect, it } from 'vitest';
import { buildKennzahlen } from '../../../shared/kennzahlen/build';
import { compareOffices, normaliseLabel, perTenThousand } from '../../../shared/kennzahlen/compare';
import type { KennzahlenFile } from '../../../shared/kennzahlen/format';
import { input } from './kennzahlenFixture';

const NOW = new Date(2026, 10, 30, 12);
const a = buildKennzahlen(input, 2026, NOW, '2026-11-30');

/** A second office that renamed "Telefon" to " telefon  " and has no population in its file. */
function secondOffice(): KennzahlenFile {
  const b = structuredClone(a);
  b.office = { name: 'KI Nachbarkreis', district: 'Landkreis Nachbar', population: null };
  for (const q of b.quarters) {
    q.breakdowns.channel.entries[0]!.label = ' telefon  ';
    q.breakdowns.channel.entries[0]!.id = 'kanal-77';
  }
  b.quarters[0]!.inquiries = 20;
  b.quarters[0]!.hours = 7.5;
  return b;
}

describe('Kennzahlen vergleichen', () => {
  const cmp = compareOffices(
    [
      { key: 'a', file: a },
      { key: 'b', file: secondOffice() },
    ],
    { b: 50_000 },
  );

  it("adds each office's quarters; a sum with withheld cells is a lower bound", () => {
    // Office A: 12 + "<5" + 0 + 0 inquiries; B: 20 + "<5" + 0 + 0.
    expect(cmp.measures.inquiries.perOffice).toEqual([
      { min: 13, exact: false },
      { min: 21, exact: false },
    ]);
    expect(cmp.measures.inquiries.total).toEqual({ min: 34, exact: false });
    // Volunteers 5, 5, 6, 6 in each office: the highest quarter, 6 each.
    expect(cmp.measures.volunteersActive.perOffice).toEqual([
      { min: 6, exact: true },
      { min: 6, exact: true },
    ]);
    expect(cmp.measures.volunteersActive.total).toEqual({ min: 12, exact: true });
    // Hours 12 + "<5" + "<5" + 0 and 7.5 + "<5" + "<5" + 0.
    expect(cmp.measures.hours.perOffice.map((f) => f.min)).toEqual([14, 9.5]);
  });

  it('matches categories by label, whatever the case, spaces or list id', () => {
    expect(normaliseLabel('  Telefon \t neu ')).toBe('telefon neu');
    const telefon = cmp.breakdowns.channel.filter((c) => c.key === 'telefon');
    expect(telefon).toHaveLength(1);
    expect(telefon[0]!.label).toBe('Telefon');
    // 6 in the first quarter and "<5" (the two of the second) in each office.
    expect(telefon[0]!.perOffice).toEqual([
      { min: 7, exact: false },
      { min: 7, exact: false },
    ]);
    expect(telefon[0]!.total).toEqual({ min: 14, exact: false });
    const email = cmp.breakdowns.channel.find((c) => c.key === 'e-mail')!;
    expect(email.total).toEqual({ min: 12, exact: true });
    // "ohne Angabe" comes last.
    expect(cmp.breakdowns.channel.at(-1)!.label).toBe('ohne Angabe');
  });

  it('takes the population from the file, else as typed, and gives figures per 10.000 inhabitants', () => {
    expect(cmp.offices.map((o) => o.population)).toEqual([250_000, 50_000]);
    expect(cmp.totalPopulation).toBe(300_000);
    expect(perTenThousand(cmp.measures.inquiries.perOffice[0]!, 250_000)).toBe(0.5); // 13 / 25
    expect(perTenThousand(cmp.measures.inquiries.total, cmp.totalPopulation)).toBe(1.1); // 34 / 30
    expect(perTenThousand(cmp.measures.inquiries.total, null)).toBeNull();
    const without = compareOffices([
      { key: 'a', file: a },
      { key: 'b', file: secondOffice() },
    ]);
    expect(without.offices[1]!.population).toBeNull();
    expect(without.totalPopulation).toBeNull();
  });

  it('takes the highest quarter of volunteers: a "<5" beside a published count does not make it a lower bound', () => {
    const c = structuredClone(a);
    c.quarters[0]!.volunteersActive = '<5';
    c.quarters[3]!.volunteersActive = '<5';
    const one = compareOffices([{ key: 'c', file: c }]);
    expect(one.measures.volunteersActive.perOffice).toEqual([{ min: 6, exact: true }]);
    for (const q of c.quarters) q.volunteersActive = '<5';
    expect(compareOffices([{ key: 'c', file: c }]).measures.volunteersActive.perOffice).toEqual([
      { min: 1, exact: false },
    ]);
  });
});
