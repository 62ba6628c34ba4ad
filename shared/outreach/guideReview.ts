// "Ist das noch aktuell?": the yearly check of the Wegweiser. Offers not checked for twelve months
// (or never) as of a given day, each with its provider's contact from Netzwerk, and the list as CSV
// for a mail merge.
import { subMonths } from 'date-fns';
import { dayToDate, toDay, type CalendarDay } from '../domain/calendarDay';
import { toExcelCsv } from '../codecs/csv';
import type { Language } from '../domain/settings';
import type { OfferData } from './guideRecords';

/** An offer is due for its check this many months after the last one. */
export const REVIEW_MONTHS = 12;

export type GuideOffer = OfferData & { id: string };
export interface GuideOrganisation {
  id: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
}

/** The last day a check may lie on and still be due on `today`: exactly twelve months ago counts. */
export function reviewCutoff(today: CalendarDay): CalendarDay {
  return toDay(subMonths(dayToDate(today), REVIEW_MONTHS));
}

/** Never checked, or last checked twelve months ago or longer. */
export function isReviewDue(offer: Pick<OfferData, 'checkedOn'>, today: CalendarDay): boolean {
  return offer.checkedOn === '' || offer.checkedOn <= reviewCutoff(today);
}

export interface ReviewEntry {
  offerId: string;
  offerTitle: string;
  organisationId: string;
  organisation: string;
  /** The offer's own contact ("Frau Kaya, Di 9–12 Uhr"), if any. */
  contact: string;
  email: string;
  phone: string;
  address: string;
  checkedOn: CalendarDay | '';
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/**
 * The offers due for their check on `today`: never checked first, then the longest unchecked, then
 * by organisation and title. An offer whose organisation is gone is listed without a contact.
 */
export function reviewList(
  offers: readonly GuideOffer[],
  organisations: readonly GuideOrganisation[],
  today: CalendarDay,
): ReviewEntry[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return offers
    .filter((o) => isReviewDue(o, today))
    .map((o): ReviewEntry => {
      const org = byId.get(o.organisationId);
      return {
        offerId: o.id,
        offerTitle: o.title,
        organisationId: o.organisationId,
        organisation: org?.name ?? '',
        contact: o.contact,
        email: org?.email ?? '',
        phone: org?.phone ?? '',
        address: org?.address ?? '',
        checkedOn: o.checkedOn,
      };
    })
    .sort(
      (a, b) =>
        (a.checkedOn || '0').localeCompare(b.checkedOn || '0') ||
        collator.compare(a.organisation, b.organisation) ||
        collator.compare(a.offerTitle, b.offerTitle),
    );
}

export const REVIEW_CSV_HEADER: Record<Language, readonly string[]> = {
  de: ['Organisation', 'Ansprechpartner', 'E-Mail', 'Telefon', 'Adresse', 'Angebot', 'zuletzt geprüft'],
  en: ['Organisation', 'Contact', 'Email', 'Phone', 'Address', 'Offer', 'Last checked'],
};

/** The list for a mail merge: `;`-separated, UTF-8 with BOM; "nie" where an offer was never checked. */
export function reviewCsv(entries: readonly ReviewEntry[], language: Language): string {
  const never = language === 'en' ? 'never' : 'nie';
  const day = (d: string) => {
    if (!d) return never;
    const [y, m, dd] = d.split('-');
    return language === 'en' ? `${dd}/${m}/${y}` : `${dd}.${m}.${y}`;
  };
  return toExcelCsv(
    [
      REVIEW_CSV_HEADER[language],
      ...entries.map((e) => [
        e.organisation,
        e.contact,
        e.email,
        e.phone,
        e.address,
        e.offerTitle,
        day(e.checkedOn),
      ]),
    ],
    { decimalComma: language !== 'en' },
  );
}
