// A newsletter issue's number, year and period as the form asks for them: a number is unique within
// its year ("Nr. 2/2026" once), the period is in order, and a new issue starts with the Impressum
// filled from the office settings.
import { z } from 'zod';
import { addDays, addMonths } from 'date-fns';
import { dayToDate, isValidDay, toDay, type CalendarDay } from '../domain/calendarDay';
import type { Settings } from '../domain/settings';
import type { NewsletterData } from './newsletterRecords';

export interface IssueDraft {
  /** NaN while the field is empty (the form's whole-number field). */
  number: number;
  /** As typed: four digits ("2026"; a number field would show "2.026"). */
  year: string;
  from: CalendarDay | '';
  to: CalendarDay | '';
}

type IssueKey = Pick<NewsletterData, 'number' | 'year'> & { id: string };

const inCentury = (d: string) => d >= '2000-01-01' && d <= '2099-12-31';
const periodDay = z
  .string()
  .refine(isValidDay, 'newsletter.validation.dayInvalid')
  .refine(inCentury, 'newsletter.validation.dayRange');

/** "Nr. 2/2026" (the same in German and English). */
export function issueLabel(issue: Pick<NewsletterData, 'number' | 'year'>): string {
  return `Nr. ${issue.number}/${issue.year}`;
}

/** The issue that already has this number in this year (other than the one edited), if any. */
export function duplicateIssue<T extends IssueKey>(
  issues: readonly T[],
  number: number,
  year: number,
  exceptId?: string,
): T | undefined {
  return issues.find((i) => i.id !== exceptId && i.number === number && i.year === year);
}

/** The form's schema; `issues` are the stored ones, so a number used in the same year is refused. */
export function issueDraftSchema(issues: readonly IssueKey[], exceptId?: string) {
  return z
    .object({
      number: z
        .number({ error: 'newsletter.validation.numberRequired' })
        .int('validation.wholeNumber')
        .min(1, 'newsletter.validation.numberRequired')
        .max(99, 'newsletter.validation.numberRange'),
      year: z
        .string()
        .trim()
        .refine((y) => /^20\d\d$/.test(y), 'newsletter.validation.yearRange'),
      from: periodDay,
      to: periodDay,
    })
    .refine((d) => d.to >= d.from, { message: 'newsletter.validation.periodOrder', path: ['to'] })
    .refine((d) => !duplicateIssue(issues, d.number, Number(d.year), exceptId), {
      message: 'newsletter.validation.duplicate',
      path: ['number'],
    });
}

/**
 * A new issue's proposal: the next free number of the current year, the period following the
 * previous issue (or the last three months).
 */
export function proposeIssue(
  issues: ReadonlyArray<Pick<NewsletterData, 'number' | 'year' | 'to'>>,
  today: Date,
): IssueDraft {
  const year = today.getFullYear();
  // The next after the year's highest (an office that starts with Nr. 4 goes on with 5, not 1).
  const number = Math.max(0, ...issues.filter((i) => i.year === year).map((i) => i.number)) + 1;
  const last = [...issues].sort((a, b) => (a.to < b.to ? 1 : -1))[0];
  const from = last ? toDay(addDays(dayToDate(last.to), 1)) : toDay(addMonths(today, -3));
  const to = toDay(today) >= from ? toDay(today) : from;
  return { number, year: String(year), from, to };
}

/** The Impressum a new issue starts with: who publishes it, from the office settings. */
export function defaultImpressum(
  settings: Pick<Settings, 'officeName' | 'district'>,
  language: 'de' | 'en',
): string {
  const lines =
    language === 'en'
      ? ['Published by:', settings.officeName, settings.district]
      : ['Herausgeber:', settings.officeName, settings.district];
  return lines.filter((l) => l.trim()).join('\n');
}

/** The stored issue made from the form (a new one: the Impressum pre-filled, nothing left out). */
export function issueFromDraft(
  draft: IssueDraft,
  existing: NewsletterData | undefined,
  impressum: string,
): NewsletterData {
  return {
    kind: 'newsletter',
    number: draft.number,
    year: Number(draft.year.trim()),
    from: draft.from,
    to: draft.to,
    texts: existing ? existing.texts : impressum ? { impressum } : {},
    excludedIds: existing ? existing.excludedIds : [],
  };
}
