// Texts of the Aktivitäten screen and its dialog: series (edit or cancel one date, the rest or all),
// deleting, and limits that name their number.
import type { DeepStrings } from './deepStrings';
import type { activitiesDe } from './activities.de';

export const activitiesEn: DeepStrings<typeof activitiesDe> = {
  activities: {
    title: 'Activities',
    new: 'New activity',
    edit: 'Edit activity',
    empty: 'No activities yet. Record network meetings, events, school visits or press work.',
    saved: 'Activity saved',
    savedSeries: '{{count, number}} dates saved',
    fields: {
      date: 'Date',
      startTime: 'Start (hh:mm)',
      duration: 'Duration (min.)',
      type: 'Type of activity',
      title: 'Title',
      organisations: 'Organisations involved',
      volunteers: 'Volunteer guides involved',
      participants: 'Participants',
      municipality: 'Municipality',
      minutes: 'Office time spent (min.)',
      notes: 'Notes',
    },
    recurrence: 'Repeat',
    recurrences: { none: 'none', weekly: 'weekly', biweekly: 'every two weeks', monthly: 'monthly' },
    occurrences: 'Number of dates',
    withFollowup: 'Create a follow-up',
    filter: 'Search activities',
    shown: '{{shown}} of {{total}}',
  },
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
