// An event series' approved contributions for calendars: an iCalendar file (RFC 5545) that Outlook,
// Thunderbird and phones import, and a CSV for the online event calendars of districts and towns.
// Times are wall-clock times in Europe/Berlin (where the events take place), whatever the clock of
// the computer that writes the file says.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { toExcelCsv, type CsvCell } from '../codecs/csv';
import { dayToUtcMidnight } from '../domain/calendarDay';
import type { Language } from '../domain/settings';
import { buildBooklet, shortDay, type BookletContribution, type BookletSeries } from './booklet';
import type { OutputOrganisation } from './booklet';
import { eventOutputsLabels } from './eventOutputsLabels';

export const EVENT_TIME_ZONE = 'Europe/Berlin';

/**
 * The zone's rules (CET/CEST since 1996), so a reader needs no time zone database of its own: RFC
 * 5545 asks for a VTIMEZONE per TZID used. ical-generator writes one only with a calendar time zone,
 * and then writes DTSTAMP without its "Z" in the computer's local time, so it is added here.
 */
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface EventOutputInput {
  series: BookletSeries;
  contributions: readonly BookletContribution[];
  organisations: readonly OutputOrganisation[];
  language: Language;
}

/** All approved contributions of the series as calendar events (timed ones in Europe/Berlin). */
export function seriesToIcal(input: EventOutputInput, options: { officeName: string; now: Date }): string {
  const booklet = buildBooklet(input.series, input.contributions, input.organisations, {
    language: input.language,
  });
  const L = eventOutputsLabels(input.language);
  const byId = new Map(input.contributions.map((c) => [c.id, c]));
  const emails = new Map(input.organisations.map((o) => [o.id, o.email?.trim() ?? '']));
  const calendar = ical({
    name: `${booklet.title} – ${options.officeName}`,
    prodId: { company: 'Anlaufstelle', product: 'Veranstaltungen', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of booklet.entries) {
    const description = [
      entry.shortText,
      `${L.ics.organiser}: ${entry.organiser}`,
      entry.entryFee ? `${L.ics.entryFee}: ${entry.entryFee}` : '',
      entry.registration ? `${L.ics.registration}: ${entry.registration}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    const location = [entry.venue, entry.address].filter(Boolean).join(', ');
    const email = emails.get(byId.get(entry.id)?.organisationId ?? '') ?? '';
    const common = {
      id: `${entry.id}@anlaufstelle`,
      stamp: options.now,
      summary: entry.title,
      description,
      ...(location ? { location } : {}),
      ...(email ? { organizer: { name: entry.organiser, email } } : {}),
    };
    if (entry.startTime) {
      // A string without "Z" is written as it is, with the TZID: 18:00 stays 18:00 in Berlin.
      calendar.createEvent({
        ...common,
        start: `${entry.day}T${entry.startTime}:00`,
        ...(entry.endTime && entry.endTime > entry.startTime
          ? { end: `${entry.day}T${entry.endTime}:00` }
          : {}),
        timezone: EVENT_TIME_ZONE,
      });
    } else {
      // All-day: ical-generator writes DATE values with UTC getters, so give it UTC midnight.
      calendar.createEvent({ ...common, start: dayToUtcMidnight(entry.day), allDay: true });
    }
  }
  const lines = calendar.toString().split(/\r?\n/);
  const firstEvent = lines.indexOf('BEGIN:VEVENT');
  if (firstEvent > 0 && lines.some((l) => l.includes(`TZID=${EVENT_TIME_ZONE}`)))
    lines.splice(firstEvent, 0, ...BERLIN_VTIMEZONE);
  return lines.join('\r\n');
}

/** The CSV's rows: the header, then one row per approved contribution in the programme's order. */
export function seriesCsvRows(input: EventOutputInput): string[][] {
  const booklet = buildBooklet(input.series, input.contributions, input.organisations, {
    language: input.language,
  });
  const L = eventOutputsLabels(input.language);
  return [
    [...L.csv],
    ...booklet.entries.map((e) => [
      shortDay(e.day, input.language),
      e.startTime,
      e.endTime,
      e.title,
      e.organiser,
      e.venue,
      e.address,
      e.accessibility,
      e.entryFee,
      e.registration,
      e.languages,
      e.targetGroup,
      e.shortText,
    ]),
  ];
}

/** `;`-separated UTF-8 with BOM (Excel and the calendar portals' importers read it as is). */
export function seriesCsv(input: EventOutputInput): string {
  return toExcelCsv(seriesCsvRows(input) as CsvCell[][], { decimalComma: true });
}
