// Texts of the event series (Interkulturelle Woche) and their contributions.
export const eventsDe = {
  events: {
    empty: 'Noch keine Veranstaltungsreihe.',
    notFound: 'Diese Veranstaltungsreihe gibt es nicht (mehr).',
  },
};
