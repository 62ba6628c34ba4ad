// The Wegweiser as a document: the chapters in the order of the list "Wegweiser-Kapitel", the offers
// sorted within each, then an alphabetical address list of the providers. Only offers whose provider
// agreed to publication appear, and only organisations with at least one of them are listed: the
// rest of Netzwerk never reaches the printed guide.
import { labelOf, type CategoryEntry } from '../domain/categories';
import type { GuideOffer, GuideOrganisation } from './guideReview';

export interface GuideEntry {
  id: string;
  title: string;
  organisationId: string;
  provider: string;
  description: string;
  targetGroup: string;
  languages: string[];
  /** The Gemeinde's name; '' means the whole district. */
  municipality: string;
  openingHours: string;
  cost: string;
  contact: string;
}

export interface GuideChapter {
  /** The list entry's id; '' for offers without a chapter (they come last). */
  id: string;
  label: string;
  entries: GuideEntry[];
}

export interface GuideDocumentModel {
  chapters: GuideChapter[];
  addresses: GuideOrganisation[];
  /** Offers in the guide (consented, with a provider still in Netzwerk). */
  offerCount: number;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Offers that may be published: consent given, provider still in Netzwerk. */
export function publishableOffers<T extends Pick<GuideOffer, 'publishConsent' | 'organisationId'>>(
  offers: readonly T[],
  organisationIds: ReadonlySet<string>,
): T[] {
  return offers.filter((o) => o.publishConsent && organisationIds.has(o.organisationId));
}

export function guideDocument(
  offers: readonly GuideOffer[],
  organisations: readonly GuideOrganisation[],
  lists: { guideChapters: readonly CategoryEntry[]; municipalities: readonly CategoryEntry[] },
  /** The heading of offers without a chapter ("Weitere Angebote"). */
  otherChapter: string,
): GuideDocumentModel {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const published = publishableOffers(offers, new Set(byId.keys()));
  const order = new Map(lists.guideChapters.map((c, i) => [c.id, i]));
  const chapters = new Map<string, GuideChapter>();
  for (const offer of published) {
    // An id no longer in the list is treated as no chapter: its label would be a bare id.
    const chapterId = order.has(offer.chapter) ? offer.chapter : '';
    let chapter = chapters.get(chapterId);
    if (!chapter) {
      chapter = {
        id: chapterId,
        label: chapterId ? labelOf(lists.guideChapters, chapterId) : otherChapter,
        entries: [],
      };
      chapters.set(chapterId, chapter);
    }
    chapter.entries.push({
      id: offer.id,
      title: offer.title,
      organisationId: offer.organisationId,
      provider: byId.get(offer.organisationId)!.name,
      description: offer.description,
      targetGroup: offer.targetGroup,
      languages: [...offer.languages],
      municipality: offer.municipality ? labelOf(lists.municipalities, offer.municipality) : '',
      openingHours: offer.openingHours,
      cost: offer.cost,
      contact: offer.contact,
    });
  }
  for (const chapter of chapters.values())
    chapter.entries.sort(
      (a, b) => collator.compare(a.title, b.title) || collator.compare(a.provider, b.provider),
    );
  const providerIds = new Set(published.map((o) => o.organisationId));
  return {
    chapters: [...chapters.values()].sort(
      (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity),
    ),
    addresses: organisations
      .filter((o) => providerIds.has(o.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      // Only the published fields: an organisation's notes stay in Netzwerk.
      .map(({ id, name, address, phone, email, website }) => ({ id, name, address, phone, email, website })),
    offerCount: published.length,
  };
}
