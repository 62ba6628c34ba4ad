// Texts of the Wiedervorlagen screen and its form.
import type { DeepStrings } from './deepStrings';
import type { followupsDe } from './followups.de';

export const followupsEn: DeepStrings<typeof followupsDe> = {
  followups: {
    title: 'Follow-ups',
    new: 'New follow-up',
    edit: 'Edit follow-up',
    fields: {
      title: 'Title',
      due: 'Due on',
      assignee: 'Assigned to',
      notes: 'Notes',
      inquiry: 'Inquiry',
    },
    quick: { tomorrow: 'tomorrow', oneWeek: 'in one week', twoWeeks: 'in two weeks' },
    groups: {
      overdue: 'Overdue',
      today: 'Due today',
      thisWeek: 'This week',
      later: 'Later',
      done: 'Done',
    },
    showDone: 'Show done',
    markDone: 'Mark “{{title}}” as done',
    reopen: 'Reopen “{{title}}”',
    saved: 'Follow-up saved',
    doneSaved: 'Marked as done',
    reopened: 'Reopened',
    emptyTitle: 'No open follow-ups',
    emptyText:
      'Follow-ups remind you of everything that needs another look – e.g. calling the job centre back. Create one here or straight from an inquiry.',
    exportIcs: 'Export as calendar file',
    exportWarningTitle: 'Export calendar file',
    exportWarning:
      'The calendar file is not encrypted and may contain names or notes. Keep it in a protected place and delete it after importing.',
    exportConfirm: 'Export',
    exported: 'Calendar file with {{count, number}} follow-ups created',
    exportNone: 'There are no open follow-ups to export.',
    dueOn: 'due {{date}}',
    reminderTitle: 'Follow-ups due',
    reminder_one: '{{count, number}} follow-up is due today or overdue.',
    reminder_other: '{{count, number}} follow-ups are due today or overdue.',
    showDue: 'Show',
  },
};
