// Newsletter Integration: an issue with its sections, as stored in the "outreach" table.
import { z } from 'zod';
import type { CalendarDay } from '../domain/calendarDay';
import { count, day, ids } from '../storage/storedFields';

/** The sections in the order the newsletter prints them. */
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
  /** Issue number within its year (unique per year). */
  number: number;
  year: number;
  /** The period the issue covers: the Rückblick looks back on it, the Angebote changed in it. */
  from: CalendarDay;
  to: CalendarDay;
  /** The office's words per section. */
  texts: Partial<Record<NewsletterSection, string>>;
  /**
   * Entries of the filled lists (Rückblick, Ankündigungen, Angebote) the office left out. Stored as
   * exclusions rather than picks: an activity of the period entered after the issue was made (the
   * usual case — the log is written up late) then appears by itself instead of being forgotten.
   */
  excludedIds: string[];
}

export const newsletterStored = z.strictObject({
  kind: z.literal('newsletter'),
  number: count,
  year: count,
  from: day,
  to: day,
  texts: z.partialRecord(z.enum(NEWSLETTER_SECTIONS), z.string()),
  excludedIds: ids,
}) satisfies z.ZodType<NewsletterData>;
