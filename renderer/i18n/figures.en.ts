// Texts for correct figures: "not stated" in charts, amounts and plausible dates.
export const figuresEn = {
  figures: {
    notSet: 'not stated',
    date: {
      impossible: 'This date is not possible. Please check the year.',
      farFuture: '"{{label}}" is {{date}}, more than a year ahead.',
      beforeFirstUse: '"{{label}}" is {{date}}, before this vault was first used ({{firstUse}}).',
      confirmTitle: 'Check the date',
      confirm: 'Save anyway',
      correct: 'Correct the date',
    },
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
