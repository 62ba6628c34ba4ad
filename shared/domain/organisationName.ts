// When two organisation names mean the same one: "Caritas Salzwedel e.V." and "caritas  salzwedel",
// "Jobcenter Altmarkkreis" and "JobCenter Altmarkkreis". Used to warn before a second record is
// created for an existing organisation and to find free-text referrals that name it.
import { normalizeTerm, tokenize } from '../search/normalize';

/** Legal-form words that do not tell two organisations apart. */
const LEGAL_FORMS = new Set(['ev', 'e', 'v', 'ggmbh', 'gmbh', 'mbh', 'ag', 'kg', 'gbr', 'ug']);

/** The comparable form of a name: folded umlauts and case, punctuation and legal forms dropped. */
export function organisationNameKey(name: string): string {
  return tokenize(normalizeTerm(name.replace(/\be\.\s?v\./gi, ' ')))
    .filter((word) => !LEGAL_FORMS.has(word))
    .join(' ');
}

/** The existing organisations whose name means the same as `name` (none for an empty name). */
export function sameNamedOrganisations<T extends { id: string; name: string }>(
  name: string,
  organisations: Iterable<T>,
  exceptId?: string,
): T[] {
  const key = organisationNameKey(name);
  if (!key) return [];
  const found: T[] = [];
  for (const o of organisations) if (o.id !== exceptId && organisationNameKey(o.name) === key) found.push(o);
  return found;
}
