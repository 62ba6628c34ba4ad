// "Heute": what needs attention now, and this week's figures.
import { dayRangeToInstants, isoWeekBounds, toDay } from './calendarDay';
import { dueFollowups, type Followup } from './followup';
import { compareNewestFirst, type Inquiry } from './inquiry';

export interface TodayOverview {
  dueFollowups: Followup[];
  overdueCount: number;
  todaysInquiries: Inquiry[];
  urgentOpen: Inquiry[];
  week: { inquiries: number; closed: number; minutes: number; openFollowups: number };
}

/** What of an activity counts in the week's hours: its date and the office's working time. */
type ActivityTime = { date: string; minutes: number | null };

/**
 * The week's hours are the working time of inquiries and activities of this ISO week, as the
 * Auswertung counts them, so the two screens agree.
 */
export function todayOverview(
  inquiries: readonly Inquiry[],
  followups: readonly Followup[],
  now: Date,
  activities: readonly ActivityTime[] = [],
): TodayOverview {
  const today = toDay(now);
  const week = isoWeekBounds(now);
  // Compare ISO instants with local day bounds: no Date objects per record (fast at 50,000).
  const todayRange = dayRangeToInstants(today, today);
  const weekRange = dayRangeToInstants(week.start, week.end);
  const inRange = (iso: string, r: { from?: string; toExclusive?: string }) =>
    iso >= r.from! && iso < r.toExclusive!;
  const groups = dueFollowups(followups, now);
  const todaysInquiries: Inquiry[] = [];
  const urgentOpen: Inquiry[] = [];
  const figures = { inquiries: 0, closed: 0, minutes: 0, openFollowups: 0 };
  for (const inquiry of inquiries) {
    if (inquiry.urgent && inquiry.status !== 'erledigt') urgentOpen.push(inquiry);
    // Today lies within this week: most inquiries are older and take one comparison.
    if (inRange(inquiry.receivedAt, weekRange)) {
      figures.inquiries++;
      figures.minutes += inquiry.minutes ?? 0;
      if (inRange(inquiry.receivedAt, todayRange)) todaysInquiries.push(inquiry);
    }
    if (inquiry.closedAt && inRange(inquiry.closedAt, weekRange)) figures.closed++;
  }
  for (const activity of activities)
    if (activity.date >= week.start && activity.date <= week.end) figures.minutes += activity.minutes ?? 0;
  figures.openFollowups = groups.open;
  return {
    dueFollowups: [...groups.overdue, ...groups.today],
    overdueCount: groups.overdue.length,
    todaysInquiries: todaysInquiries.sort(compareNewestFirst),
    urgentOpen: urgentOpen.sort(compareNewestFirst),
    week: figures,
  };
}
