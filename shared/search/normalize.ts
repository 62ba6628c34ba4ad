// Search text normalisation: case-insensitive and umlaut-tolerant, so "Müller" and "mueller", "Straße"
// and "strasse" find each other (ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped).
const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function normalizeTerm(term: string): string {
  return term
    .toLocaleLowerCase('de')
    .replace(/[äöüß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words of a text, normalised; used for both indexing and queries. */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A key for fast German sorting (DIN 5007-1: Ä with A, ß as ss), compared with < instead of a collator. */
export function germanSortKey(text: string): string {
  // Plain ASCII (most subjects) needs no Unicode work.
  if (/^[\u0020-\u007e]*$/.test(text)) return text.toLowerCase();
  return text.toLocaleLowerCase('de').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}
