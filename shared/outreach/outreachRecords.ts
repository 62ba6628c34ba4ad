// Öffentlichkeitsarbeit: one table ("outreach"), four kinds told apart by `kind` — event series and
// their contributions, Wegweiser offers, newsletter issues. Each kind is declared in its own module.
import { z } from 'zod';
import { contributionStored, seriesStored, type ContributionData, type SeriesData } from './eventRecords';
import { offerStored, type OfferData } from './guideRecords';
import { newsletterStored, type NewsletterData } from './newsletterRecords';

export type OutreachData = SeriesData | ContributionData | OfferData | NewsletterData;
export type OutreachKind = OutreachData['kind'];

export const outreachData = z.discriminatedUnion('kind', [
  seriesStored,
  contributionStored,
  offerStored,
  newsletterStored,
]) satisfies z.ZodType<OutreachData>;
