// Search text normalisation: case-insensitive and umlaut-tolerant, so "Müller" and "mueller", "Straße"
// and "strasse" find each other (ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped). Indexed text also
// keeps the plain-vowel form of each umlaut word (ö→o), because many type "Klotze" for "Klötze".
const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function normalizeTerm(term: string): string {
  return dropMarks(term.toLocaleLowerCase('de').replace(/[äöüß]/g, (c) => FOLD[c] ?? c));
}

function dropMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The text to search in: its normalised form, followed by the umlaut words once more with the
 * umlauts as plain vowels ("Klötze" → "kloetze … klotze"). Queries use normalizeTerm, so "klötze",
 * "kloetze" and "klotze" all find it.
 */
export function searchableText(text: string): string {
  const lower = text.toLocaleLowerCase('de');
  const plain = lower.match(/[\p{L}\p{N}]*[äöü][\p{L}\p{N}]*/gu);
  const base = normalizeTerm(text);
  return plain ? `${base} ${dropMarks(plain.join(' ').replace(/ß/g, 'ss'))}` : base;
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
