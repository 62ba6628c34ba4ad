// The words of the printed guide, in the UI's language, for the page view and the DOCX alike.
import type { TFunction } from 'i18next';

export interface GuideMeta {
  officeName: string;
  district: string;
  /** "Stand: 12.03.2026". */
  asOf: string;
}

export function guideLabels(t: TFunction) {
  return {
    title: t('guide.document.title'),
    subtitle: t('guide.document.subtitle'),
    contents: t('guide.document.contents'),
    addresses: t('guide.document.addresses'),
    provider: t('guide.document.provider'),
    targetGroup: t('guide.document.targetGroup'),
    languages: t('guide.document.languages'),
    place: t('guide.document.place'),
    openingHours: t('guide.document.openingHours'),
    cost: t('guide.document.cost'),
    contact: t('guide.document.contact'),
    phone: t('guide.document.phone'),
    email: t('guide.document.email'),
    website: t('guide.document.website'),
    wholeDistrict: t('guide.wholeDistrict'),
    page: t('guide.document.page'),
    pageOf: t('guide.document.pageOf'),
    offers: (count: number) => t('guide.document.offers', { count }),
  };
}
export type GuideLabels = ReturnType<typeof guideLabels>;

/** An entry's facts as label–value lines, empty ones left out. */
export function entryFacts(
  entry: {
    targetGroup: string;
    languages: readonly string[];
    municipality: string;
    openingHours: string;
    cost: string;
    contact: string;
  },
  L: GuideLabels,
): Array<[string, string]> {
  const facts: Array<[string, string]> = [
    [L.targetGroup, entry.targetGroup],
    [L.languages, entry.languages.join(', ')],
    [L.place, entry.municipality || L.wholeDistrict],
    [L.openingHours, entry.openingHours],
    [L.cost, entry.cost],
    [L.contact, entry.contact],
  ];
  return facts.filter(([, value]) => value.trim() !== '');
}

/** An organisation's address lines in the address list. */
export function addressLines(
  org: { address: string; phone: string; email: string; website: string },
  L: GuideLabels,
): string[] {
  return [
    org.address,
    org.phone && `${L.phone}: ${org.phone}`,
    org.email && `${L.email}: ${org.email}`,
    org.website && `${L.website}: ${org.website}`,
  ].filter((line): line is string => !!line && line.trim() !== '');
}
