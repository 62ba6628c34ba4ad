// Texts for smaller correctness findings: the takeover's lock reason, the recovery key reminder,
// "Demo ansehen" beside a real vault, date plausibility on edits, Löschfristen counts and progress.
export const miscDe = {
  misc: {
    demo: {
      view: 'Beispieldaten ansehen',
    },
    recoveryReminder: {
      unconfirmed:
        'Es wurde nie bestätigt, dass der Wiederherstellungsschlüssel sicher aufbewahrt ist. Ohne ihn sind die Daten verloren, wenn das Passwort vergessen wird. Erstellen Sie einen neuen Schlüssel und bewahren Sie ihn auf.',
      missing:
        'Für diesen Tresor gibt es keinen Wiederherstellungsschlüssel. Ohne ihn sind die Daten verloren, wenn das Passwort vergessen wird.',
      create: 'Schlüssel erstellen',
      later: 'Später',
    },
    retention: {
      kinds: {
        inquiries_one: '{{count, number}} Anfrage',
        inquiries_other: '{{count, number}} Anfragen',
        followups_one: '{{count, number}} Wiedervorlage zu diesen Anfragen',
        followups_other: '{{count, number}} Wiedervorlagen zu diesen Anfragen',
        persons_one: '{{count, number}} Person',
        persons_other: '{{count, number}} Personen',
      },
      and: 'und',
      counts_one: 'Betroffen: {{list}} – zusammen {{count, number}} Eintrag.',
      counts_other: 'Betroffen: {{list}} – zusammen {{count, number}} Einträge.',
      runningTitle: 'Einträge werden anonymisiert',
      running_one:
        '{{count, number}} Eintrag wird anonymisiert. Danach wird der Tresor neu verschlüsselt. Bitte das Fenster nicht schließen.',
      running_other:
        '{{count, number}} Einträge werden anonymisiert. Danach wird der Tresor neu verschlüsselt. Bitte das Fenster nicht schließen.',
    },
    password: {
      unchanged: 'Das neue Passwort ist dasselbe wie das aktuelle. Bitte wählen Sie ein anderes Passwort.',
    },
    window: {
      takenOverReason:
        'Dieses Fenster wurde gesperrt, weil Anlaufstelle in einem anderen Fenster mit „Hier weiterarbeiten“ übernommen wurde. Gespeicherte Einträge sind erhalten.',
    },
  },
};
