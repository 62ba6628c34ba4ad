// Texts for acting on inquiries and follow-ups: closing in one step, deleting, creating an
// organisation from "Verwiesen an", the follow-up filter. Kept apart so it merges cleanly.
export const inquiryActionsDe = {
  inquiryActions: {
    close: 'Erledigt',
    closeRow: '„{{subject}}“ als erledigt markieren',
    closeTitle: 'Anfrage erledigen',
    closeFollowups_one: '1 offene Wiedervorlage ebenfalls erledigen?',
    closeFollowups_other: '{{count}} offene Wiedervorlagen ebenfalls erledigen?',
    closeAll: 'Ja',
    closeOnlyInquiry: 'Nein, nur die Anfrage',
    closed: 'Anfrage erledigt',
    closedWithFollowups_one: 'Anfrage und 1 Wiedervorlage erledigt',
    closedWithFollowups_other: 'Anfrage und {{count}} Wiedervorlagen erledigt',
    delete: 'Löschen',
    deleteTitle: 'Anfrage löschen?',
    deleteText: 'Die Anfrage „{{subject}}“ wird gelöscht. Das lässt sich nicht rückgängig machen.',
    deleteTextFollowups_one:
      'Die Anfrage „{{subject}}“ und ihre 1 Wiedervorlage werden gelöscht. Das lässt sich nicht rückgängig machen.',
    deleteTextFollowups_other:
      'Die Anfrage „{{subject}}“ und ihre {{count}} Wiedervorlagen werden gelöscht. Das lässt sich nicht rückgängig machen.',
    deleted: 'Anfrage gelöscht',
    deleteFollowupTitle: 'Wiedervorlage löschen?',
    deleteFollowupText: '„{{title}}“ wird gelöscht. Das lässt sich nicht rückgängig machen.',
    followupDeleted: 'Wiedervorlage gelöscht',
    deleteFailed: 'Das Löschen ist fehlgeschlagen. Es wurde nichts geändert.',
    createOrg: {
      title: 'Neue Organisation anlegen?',
      text: '„{{name}}“ wird als Organisation im Netzwerk angelegt und als Verweisziel verknüpft.',
      sameName: 'Es gibt bereits „{{name}}“ – vermutlich dieselbe Organisation.',
      create: 'Anlegen',
      createAnyway: 'Trotzdem anlegen',
      useExisting: 'Vorhandene verwenden',
    },
    assigneeFilter: 'Zuständig',
    assigneeAll: 'Alle',
    assigneeNone: 'Niemand zugewiesen',
    assigneeEmpty: 'Keine offenen Wiedervorlagen für diese Auswahl',
  },
};
