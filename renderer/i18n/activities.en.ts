// Texts for activities: series (edit or cancel one date, the rest or all), deleting, and limits
// that name their number.
export const activitiesEn = {
  activitySeries: {
    partOf: 'Date of a series',
    position: 'Date {{position}} of {{count, number}} in a series',
    editTitle: 'Change a date of a series',
    deleteTitle: 'Delete a date of a series',
    intro: 'This activity belongs to a series of {{count, number}} dates. Which dates do you mean?',
    scopes: {
      one: 'Only this date',
      following: 'This and all following',
      all: 'All dates of the series',
    },
    dates_one: '{{count, number}} date',
    dates_other: '{{count, number}} dates',
    participantsKept: 'The participant counts recorded for each date are kept.',
    deleteHint: 'Deleted dates no longer count in any statistics. The deletion is noted in the deletion log.',
    save: 'Save',
    delete: 'Delete',
    cancel: 'Cancel',
    deleteOneTitle: 'Delete activity?',
    deleteOneText:
      '“{{title}}” on {{date}} will be deleted and no longer counts in any statistics. The deletion is noted in the deletion log.',
    deleted_one: 'Activity deleted',
    deleted_other: '{{count, number}} dates deleted',
    deleteFailed: 'Deleting failed. Nothing was changed.',
  },
  validationLimits: {
    chars: 'Please enter at most {{max}} characters.',
    minutes: 'Please enter at most {{max}} minutes ({{hours}} hours).',
    number: 'Please enter at most {{max}}.',
  },
};
