// Texts for correct figures: "not stated" in charts, amounts and plausible dates.
export const figuresEn = {
  figures: {
    notSet: 'not stated',
    number: {
      invalid_euro: 'Please enter an amount such as 85.50.',
      invalid_minutes: 'Please enter minutes (90) or hours (1.5 h).',
      invalid_count: 'Please enter a whole number.',
      tooPrecise_euro: 'At most two decimals (cents).',
      tooPrecise_minutes: 'Please enter whole minutes.',
      tooPrecise_count: 'Please enter a whole number.',
      tooLarge: 'The number is too large.',
      required: 'Please fill in.',
    },
  },
};
