// Texts of the "Heute" screen: what is due, what came in today, this week in figures.
export const todayDe = {
  today: {
    title: 'Heute',
    greeting: 'Heute, {{date}}',
    dueFollowups: 'Fällige Wiedervorlagen',
    noDue: 'Nichts fällig.',
    todaysInquiries: 'Heute eingegangene Anfragen',
    noneToday: 'Heute ist noch keine Anfrage eingegangen.',
    urgentOpen: 'Dringend und offen',
    noUrgent: 'Keine dringenden offenen Anfragen.',
    week: 'Diese Woche (KW {{week}})',
    weekInquiries: 'Anfragen',
    weekClosed: 'erledigt',
    weekHours: 'Stunden',
    weekOpenFollowups: 'offene Wiedervorlagen',
    overdueBadge: 'überfällig',
    allDue: 'Alle {{count}} fälligen Wiedervorlagen anzeigen',
  },
};
