// Texts for correct figures: "not stated" in charts, amounts and plausible dates.
import type { DeepStrings } from './deepStrings';
import type { figuresDe } from './figures.de';

export const figuresEn: DeepStrings<typeof figuresDe> = {
  figures: {
    otherReferrals_one: 'Others ({{count}} target)',
    otherReferrals_other: 'Others ({{count}} targets)',
    period: {
      incomplete: 'Please enter a date between 1900 and 2199 (DD/MM/YYYY).',
      order: '"To" is before "From".',
      stillShowing: 'The figures still show {{range}} until both dates are complete.',
    },
    folded: 'More ({{n}})',
    hoursWithoutMember: 'Hours without "Handled by"',
    hoursNote:
      'Hours: time spent on inquiries and working time of activities, per team member by "Handled by" (together as much as the "Hours" column).',
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
