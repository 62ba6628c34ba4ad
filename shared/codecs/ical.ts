// Open follow-ups as an iCalendar file (RFC 5545) that Outlook and other calendars import.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { dayToUtcMidnight } from '../domain/calendarDay';
import type { Followup } from '../domain/followup';

export interface IcalOptions {
  officeName: string;
  now: Date;
  /** Resolves an assignee id to a display name. */
  assigneeName?: (id: string) => string | undefined;
}

export function followupsToIcal(followups: readonly Followup[], options: IcalOptions): string {
  const calendar = ical({
    name: `Wiedervorlagen – ${options.officeName}`,
    prodId: { company: 'Anlaufstelle', product: 'Wiedervorlagen', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const followup of followups) {
    if (followup.status !== 'offen') continue;
    const assignee = followup.assignee ? options.assigneeName?.(followup.assignee) : undefined;
    const description = [followup.notes, assignee ? `Zuständig: ${assignee}` : '']
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: `${followup.id}@anlaufstelle`,
      // All-day: ical-generator writes DATE values with UTC getters, so give it UTC midnight.
      start: dayToUtcMidnight(followup.due),
      allDay: true,
      stamp: options.now,
      summary: `Wiedervorlage: ${followup.title}`,
      ...(description ? { description } : {}),
    });
  }
  return calendar.toString();
}
