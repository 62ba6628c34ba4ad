// Texts of the Newsletter Integration.
export const newsletterDe = {
  newsletter: {
    empty: 'Noch keine Ausgabe.',
    notFound: 'Diese Ausgabe gibt es nicht (mehr).',
  },
};
