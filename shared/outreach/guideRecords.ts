// Wegweiser: the support offers of network organisations, as stored in the "outreach" table.
import { z } from 'zod';
import type { CalendarDay } from '../domain/calendarDay';
import { dayOrEmpty, ids } from '../storage/storedFields';

export interface OfferData {
  kind: 'offer';
  /** The provider, from Netzwerk. */
  organisationId: string;
  title: string;
  /** The chapter: an entry of the list "Wegweiser-Kapitel". */
  chapter: string;
  description: string;
  /** Target group or residence status. */
  targetGroup: string;
  languages: string[];
  /** Gemeinde (an entry of the list "Gemeinden"), or empty: the whole district. */
  municipality: string;
  openingHours: string;
  cost: string;
  contact: string;
  /** "zuletzt geprüft am". */
  checkedOn: CalendarDay | '';
  /** The provider agreed to publication in the Wegweiser and its exports. */
  publishConsent: boolean;
  notes: string;
}

export const offerStored = z.strictObject({
  kind: z.literal('offer'),
  organisationId: z.string(),
  title: z.string(),
  chapter: z.string(),
  description: z.string(),
  targetGroup: z.string(),
  languages: ids,
  municipality: z.string(),
  openingHours: z.string(),
  cost: z.string(),
  contact: z.string(),
  checkedOn: dayOrEmpty,
  publishConsent: z.boolean(),
  notes: z.string(),
}) satisfies z.ZodType<OfferData>;
