// Texts of the Wiedervorlagen screen and its form.
export const followupsDe = {
  followups: {
    title: 'Wiedervorlagen',
    new: 'Neue Wiedervorlage',
    edit: 'Wiedervorlage bearbeiten',
    fields: {
      title: 'Titel',
      due: 'Fällig am',
      assignee: 'Zuständig',
      notes: 'Notizen',
      inquiry: 'Zur Anfrage',
    },
    quick: { tomorrow: 'morgen', oneWeek: 'in einer Woche', twoWeeks: 'in zwei Wochen' },
    groups: {
      overdue: 'Überfällig',
      today: 'Heute fällig',
      thisWeek: 'Diese Woche',
      later: 'Später',
      done: 'Erledigt',
    },
    showDone: 'Erledigte anzeigen',
    markDone: '„{{title}}“ als erledigt markieren',
    reopen: '„{{title}}“ wieder öffnen',
    saved: 'Wiedervorlage gespeichert',
    doneSaved: 'Als erledigt markiert',
    reopened: 'Wieder geöffnet',
    emptyTitle: 'Keine offenen Wiedervorlagen',
    emptyText:
      'Wiedervorlagen erinnern an alles, was später noch einmal angeschaut werden muss – z. B. ein Rückruf beim Jobcenter. Legen Sie eine an oder erstellen Sie sie direkt aus einer Anfrage.',
    exportIcs: 'Als Kalenderdatei exportieren',
    exportWarningTitle: 'Kalenderdatei exportieren',
    exportWarning:
      'Die Kalenderdatei ist nicht verschlüsselt und kann Namen oder Notizen enthalten. Speichern Sie sie nur an einem geschützten Ort und löschen Sie sie nach dem Import.',
    exportConfirm: 'Exportieren',
    exported: 'Kalenderdatei mit {{count, number}} Wiedervorlagen erstellt',
    exportNone: 'Es gibt keine offenen Wiedervorlagen zum Exportieren.',
    dueOn: 'fällig {{date}}',
    reminderTitle: 'Fällige Wiedervorlagen',
    reminder_one: '{{count, number}} Wiedervorlage ist heute fällig oder überfällig.',
    reminder_other: '{{count, number}} Wiedervorlagen sind heute fällig oder überfällig.',
    showDue: 'Anzeigen',
  },
};
