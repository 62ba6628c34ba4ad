// Texts for correct figures: "ohne Angabe" in charts, German amounts and plausible dates.
export const figuresDe = {
  figures: {
    notSet: 'ohne Angabe',
    number: {
      invalid_euro: 'Bitte einen Betrag wie 85,50 eingeben.',
      invalid_minutes: 'Bitte Minuten (90) oder Stunden (1,5 h) eingeben.',
      invalid_count: 'Bitte eine ganze Zahl eingeben.',
      tooPrecise_euro: 'Höchstens zwei Stellen nach dem Komma (Cent).',
      tooPrecise_minutes: 'Bitte ganze Minuten eingeben.',
      tooPrecise_count: 'Bitte eine ganze Zahl eingeben.',
      tooLarge: 'Die Zahl ist zu groß.',
      required: 'Bitte ausfüllen.',
    },
  },
};
