// The offer's form (Wegweiser): what may be typed, with the German messages' keys, and the way
// between the stored offer and the form's values.
import { z } from 'zod';
import { isValidDay, type CalendarDay } from '../domain/calendarDay';
import { maxChars } from '../domain/limitMessage';
import type { OfferData } from './guideRecords';

const text = (max = 500) => z.string().trim().max(max, maxChars(max));

/** Longest language name taken as a chip ("Gebärdensprache (DGS)" fits). */
export const MAX_LANGUAGE_CHARS = 60;

/**
 * The form's schema as of `today`: "zuletzt geprüft am" lies in this century and not after today (a
 * check in the future would keep an offer off the yearly list for years).
 */
export function offerDraftSchema(today: CalendarDay) {
  return z.object({
    organisationId: z.string().min(1, 'guide.validation.providerRequired'),
    title: text(300).min(1, 'guide.validation.titleRequired'),
    chapter: z.string(),
    description: text(5000),
    targetGroup: text(300),
    languages: z.array(z.string().trim().min(1).max(MAX_LANGUAGE_CHARS, maxChars(MAX_LANGUAGE_CHARS))),
    municipality: z.string(),
    openingHours: text(500),
    cost: text(300),
    contact: text(500),
    checkedOn: z
      .string()
      .refine((d) => d === '' || isValidDay(d), 'validation.dateInvalid')
      .refine((d) => d === '' || d >= '2000-01-01', 'guide.validation.checkedRange')
      .refine((d) => d === '' || d <= today, 'guide.validation.checkedFuture'),
    publishConsent: z.boolean(),
    notes: text(20000),
  });
}
export type OfferDraft = z.infer<ReturnType<typeof offerDraftSchema>>;

export function emptyOfferDraft(organisationId = ''): OfferDraft {
  return {
    organisationId,
    title: '',
    chapter: '',
    description: '',
    targetGroup: '',
    languages: [],
    municipality: '',
    openingHours: '',
    cost: '',
    contact: '',
    checkedOn: '',
    publishConsent: false,
    notes: '',
  };
}

export function offerToDraft(offer: OfferData): OfferDraft {
  const { kind: _kind, ...draft } = offer;
  return { ...draft, languages: [...draft.languages] };
}

/** The form's values as stored; the same language typed twice is kept once. */
export function offerDraftToData(draft: OfferDraft): OfferData {
  const seen = new Set<string>();
  const languages = draft.languages.filter((l) => {
    const key = l.toLocaleLowerCase('de');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kind: 'offer', ...draft, languages };
}
