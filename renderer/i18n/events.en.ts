// Texts of the event series (Interkulturelle Woche) and their contributions.
export const eventsEn = {
  events: {
    empty: 'No event series yet.',
    notFound: 'This event series does not exist (any more).',
  },
};
