// Texts of the "Heute" screen: what is due, what came in today, this week in figures.
import type { DeepStrings } from './deepStrings';
import type { todayDe } from './today.de';

export const todayEn: DeepStrings<typeof todayDe> = {
  today: {
    title: 'Today',
    greeting: 'Today, {{date}}',
    dueFollowups: 'Follow-ups due',
    noDue: 'Nothing due.',
    todaysInquiries: 'Inquiries received today',
    noneToday: 'No inquiry has come in today yet.',
    urgentOpen: 'Urgent and open',
    noUrgent: 'No urgent open inquiries.',
    week: 'This week (week {{week}})',
    weekInquiries: 'inquiries',
    weekClosed: 'closed',
    weekHours: 'hours',
    weekOpenFollowups: 'open follow-ups',
    overdueBadge: 'overdue',
    allDue: 'Show all {{count}} follow-ups due',
  },
};
