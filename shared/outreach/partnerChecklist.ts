// The partner checklist of an event series: per organisation that was asked or has submitted, its
// contributions with their status and what is still missing before the programme can go to print —
// empty required fields, a photo credit without a consent note, a date outside the series.
import type { Language } from '../domain/settings';
import {
  organisationMap,
  organiserName,
  programmeOrder,
  shortDay,
  type BookletContribution,
  type BookletSeries,
  type OutputOrganisation,
} from './booklet';
import type { ContributionStatus } from './eventRecords';
import { eventOutputsLabels } from './eventOutputsLabels';

export const MISSING_ITEMS = [
  'venue',
  'address',
  'time',
  'shortText',
  'photoConsent',
  'outsidePeriod',
] as const;
export type MissingItem = (typeof MISSING_ITEMS)[number];

export interface ChecklistContribution {
  id: string;
  title: string;
  /** "21.09.2026". */
  day: string;
  status: ContributionStatus;
  statusLabel: string;
  missing: MissingItem[];
  missingLabels: string[];
}

export interface ChecklistPartner {
  organisationId: string;
  name: string;
  /** Asked to take part (as far as the series records it). */
  asked: boolean;
  contributions: ChecklistContribution[];
  /** Missing items over all its contributions (0: nothing to chase). */
  missingCount: number;
}

export interface PartnerChecklist {
  partners: ChecklistPartner[];
  /** Partners with something missing or nothing submitted. */
  openCount: number;
}

/** What a contribution still lacks for the programme. */
export function missingItems(
  contribution: Pick<
    BookletContribution,
    'venue' | 'address' | 'startTime' | 'shortText' | 'photoCredit' | 'photoConsent' | 'date'
  >,
  series: Pick<BookletSeries, 'from' | 'to'>,
): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!contribution.venue.trim()) missing.push('venue');
  if (!contribution.address.trim()) missing.push('address');
  if (!contribution.startTime) missing.push('time');
  if (!contribution.shortText.trim()) missing.push('shortText');
  if (contribution.photoCredit.trim() && !contribution.photoConsent.trim()) missing.push('photoConsent');
  if (contribution.date < series.from || contribution.date > series.to) missing.push('outsidePeriod');
  return missing;
}

export function buildPartnerChecklist(
  series: BookletSeries,
  contributions: readonly BookletContribution[],
  organisations: readonly OutputOrganisation[],
  options: { language: Language; askedOrganisationIds?: readonly string[] },
): PartnerChecklist {
  const { language } = options;
  const L = eventOutputsLabels(language);
  const orgs = organisationMap(organisations);
  const asked = new Set(options.askedOrganisationIds ?? []);
  // Every status counts here, in the programme's order.
  const own = contributions.filter((c) => c.seriesId === series.id).sort(programmeOrder(language));
  const byOrg = new Map<string, ChecklistContribution[]>();
  for (const id of asked) byOrg.set(id, []);
  for (const c of own) {
    const missing = missingItems(c, series);
    const item: ChecklistContribution = {
      id: c.id,
      title: c.title.trim(),
      day: shortDay(c.date, language),
      status: c.status,
      statusLabel: L.status[c.status],
      missing,
      missingLabels: missing.map((m) => L.checklist.missing[m]),
    };
    byOrg.set(c.organisationId, [...(byOrg.get(c.organisationId) ?? []), item]);
  }
  const collator = new Intl.Collator(language === 'en' ? 'en-GB' : 'de-DE', { sensitivity: 'base' });
  const partners = [...byOrg]
    .map(([organisationId, items]) => ({
      organisationId,
      name: organiserName(orgs, organisationId, L),
      asked: asked.has(organisationId),
      contributions: items,
      missingCount: items.reduce((sum, c) => sum + c.missing.length, 0),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    partners,
    openCount: partners.filter((p) => p.missingCount > 0 || p.contributions.length === 0).length,
  };
}

/** The checklist as table rows (one per contribution; a partner without one gets one row saying so). */
export function partnerChecklistRows(checklist: PartnerChecklist, language: Language): string[][] {
  const L = eventOutputsLabels(language);
  return [
    [...L.checklist.columns],
    ...checklist.partners.flatMap((p) =>
      p.contributions.length === 0
        ? [[p.name, L.checklist.noContribution, '', '', '']]
        : p.contributions.map((c) => [
            p.name,
            c.title,
            c.day,
            c.statusLabel,
            c.missingLabels.join('; ') || L.checklist.complete,
          ]),
    ),
  ];
}
