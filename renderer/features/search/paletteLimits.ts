// How many records of each kind the command palette lists, in the order of its groups. Inquiries are
// what is looked for most, so they get the most room. (The bench measures a keystroke with these.)
import type { SearchKind } from '../../../shared/search/recordSearch';

export const PALETTE_LIMITS: Readonly<Record<SearchKind, number>> = {
  inquiry: 12,
  followup: 6,
  organisation: 6,
  person: 6,
  activity: 6,
};

export const PALETTE_KINDS = Object.keys(PALETTE_LIMITS) as SearchKind[];
