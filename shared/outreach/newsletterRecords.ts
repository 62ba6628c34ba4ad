// Newsletter Integration: an issue with its sections, as stored in the "outreach" table.
import { z } from 'zod';
import type { CalendarDay } from '../domain/calendarDay';
import { count, day, ids } from '../storage/storedFields';

export const NEWSLETTER_SECTIONS = [
  'grusswort',
  'netzwerk',
  'beratung',
  'angebote',
  'thema',
  'rueckblick',
  'ankuendigungen',
  'impressum',
] as const;
export type NewsletterSection = (typeof NEWSLETTER_SECTIONS)[number];

export interface NewsletterData {
  kind: 'newsletter';
  /** Issue number within its year. */
  number: number;
  year: number;
  /** The period the Rückblick looks back on. */
  from: CalendarDay;
  to: CalendarDay;
  /** The office's words per section. */
  texts: Partial<Record<NewsletterSection, string>>;
  /** Aktivitäten picked for the Rückblick. */
  reviewActivityIds: string[];
  /** Contributions and events announced. */
  announcementIds: string[];
}

export const newsletterStored = z.strictObject({
  kind: z.literal('newsletter'),
  number: count,
  year: count,
  from: day,
  to: day,
  texts: z.partialRecord(z.enum(NEWSLETTER_SECTIONS), z.string()),
  reviewActivityIds: ids,
  announcementIds: ids,
}) satisfies z.ZodType<NewsletterData>;
