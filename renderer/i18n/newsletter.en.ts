// Texts of the Newsletter Integration.
export const newsletterEn = {
  newsletter: {
    empty: 'No issue yet.',
    notFound: 'This issue does not exist (any more).',
  },
};
