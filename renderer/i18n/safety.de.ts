// Texts for data safety and data protection: recovery key, password change, backups, exports,
// retention, Auskunft. Kept in one section so it merges cleanly with the other areas' texts.
export const safetyDe = {
  recovery: {
    title: 'Wiederherstellungsschlüssel',
    intro:
      'Mit diesem Schlüssel öffnen Sie den Tresor, wenn das Passwort vergessen wurde. Er wird nur jetzt angezeigt. Drucken Sie ihn aus oder schreiben Sie ihn ab und bewahren Sie ihn verschlossen auf, getrennt vom Gerät.',
    keyLabel: 'Ihr Wiederherstellungsschlüssel',
    print: 'Drucken',
    printHeading: 'Anlaufstelle – Wiederherstellungsschlüssel',
    printCreated: 'Erstellt am {{date}}',
    stored: 'Ich habe den Wiederherstellungsschlüssel ausgedruckt oder notiert und sicher aufbewahrt.',
    continue: 'Weiter',
    forgot: 'Passwort vergessen?',
    resetTitle: 'Mit Wiederherstellungsschlüssel entsperren',
    resetIntro:
      'Geben Sie den Wiederherstellungsschlüssel ein und legen Sie ein neues Passwort fest. Das alte Passwort gilt danach nicht mehr.',
    keyInput: 'Wiederherstellungsschlüssel',
    keyHelp: '14 Gruppen zu je vier Zeichen, z. B. ABCD-EFGH-…',
    newPassword: 'Neues Passwort',
    newPasswordRepeat: 'Neues Passwort wiederholen',
    resetSubmit: 'Entsperren und Passwort festlegen',
    backToPassword: 'Zurück zur Passworteingabe',
    invalidKey:
      'Der Wiederherstellungsschlüssel ist nicht vollständig oder enthält einen Tippfehler. Bitte prüfen Sie jede Gruppe.',
    wrongKey:
      'Dieser Wiederherstellungsschlüssel passt nicht zu diesem Tresor. Vielleicht wurde inzwischen ein neuer erstellt.',
  },
  security: {
    title: 'Passwort und Wiederherstellung',
    intro:
      'Das Passwort entsperrt den Tresor auf diesem Gerät. Der Wiederherstellungsschlüssel hilft, wenn das Passwort vergessen wurde.',
    changePassword: 'Passwort ändern',
    currentPassword: 'Aktuelles Passwort',
    wrongCurrent: 'Das aktuelle Passwort ist falsch.',
    passwordChanged: 'Das Passwort wurde geändert.',
    working: 'Wird geändert …',
    newRecoveryKey: 'Neuen Wiederherstellungsschlüssel erstellen',
    newRecoveryKeyIntro:
      'Der bisherige Wiederherstellungsschlüssel funktioniert danach nicht mehr. Bestätigen Sie mit Ihrem Passwort.',
    create: 'Erstellen',
    noRecoveryKey:
      'Für diesen Tresor gibt es noch keinen Wiederherstellungsschlüssel. Erstellen Sie einen, damit die Daten bei vergessenem Passwort nicht verloren sind.',
    done: 'Fertig',
    cancel: 'Abbrechen',
  },
  backup: {
    title: 'Datensicherung',
    intro:
      'Eine Sicherung enthält alle Daten dieses Tresors, verschlüsselt mit einer eigenen Passphrase. Sie lässt sich auch ohne Anlaufstelle mit dem Standardwerkzeug „age“ öffnen. Bewahren Sie Sicherung und Passphrase getrennt auf.',
    create: 'Sicherung erstellen',
    createTitle: 'Sicherung erstellen',
    createIntro:
      'Die Sicherung wird mit der folgenden Passphrase verschlüsselt. Ohne sie kann niemand die Sicherung öffnen – auch Sie nicht. Drucken oder notieren Sie die Passphrase.',
    passphrase: 'Passphrase für die Sicherung',
    passphraseHelp:
      'Vorschlag: zufällig erzeugt. Sie können eine eigene Passphrase eingeben (mindestens {{count}} Zeichen).',
    passphraseTooShort: 'Die Passphrase muss mindestens {{count}} Zeichen lang sein.',
    newSuggestion: 'Neuer Vorschlag',
    printPassphrase: 'Passphrase drucken',
    printHeading: 'Anlaufstelle – Passphrase der Sicherung vom {{date}}',
    creating: 'Sicherung wird erstellt …',
    saved: 'Sicherung gespeichert: {{name}}',
    cancelled: 'Die Sicherung wurde nicht gespeichert.',
    failed: 'Die Sicherung konnte nicht erstellt werden. Bitte erneut versuchen.',
    restore: 'Sicherung wiederherstellen',
    restoreTitle: 'Sicherung wiederherstellen',
    restoreIntro: 'Wählen Sie eine Sicherungsdatei (.age) und geben Sie deren Passphrase ein.',
    chooseFile: 'Sicherungsdatei wählen',
    noFile: 'Keine Datei gewählt',
    check: 'Sicherung prüfen',
    checking: 'Wird geprüft …',
    preview: 'Inhalt der Sicherung',
    createdAt: 'Erstellt am',
    appVersion: 'Programmversion',
    replaceWarning:
      'Der Tresor enthält bereits Daten. Beim Wiederherstellen werden alle aktuellen Daten durch die Sicherung ersetzt. Vorher wird automatisch eine Sicherung des aktuellen Stands gespeichert, verschlüsselt mit derselben Passphrase.',
    replaceConfirm: 'Ich möchte die aktuellen Daten durch die Sicherung ersetzen.',
    restoreNow: 'Wiederherstellen',
    replaceNow: 'Aktuellen Stand sichern und ersetzen',
    safetyCancelled: 'Die Sicherung des aktuellen Stands wurde nicht gespeichert. Es wurde nichts ersetzt.',
    restored: 'Sicherung wiederhergestellt',
    restoreFailed: 'Die Wiederherstellung ist fehlgeschlagen. Es wurde nichts verändert.',
    close: 'Schließen',
    cancel: 'Abbrechen',
    progressLabel: 'Fortschritt',
    phase: {
      collect: 'Daten werden zusammengestellt …',
      encrypt: 'Daten werden verschlüsselt …',
      decrypt: 'Sicherung wird entschlüsselt …',
      check: 'Sicherung wird geprüft …',
      write: 'Daten werden geschrieben …',
      snapshot: 'Schnellstart-Daten werden erneuert …',
      safety: 'Aktueller Stand wird gesichert …',
    },
    tables: {
      settings: 'Einstellungen',
      inquiries: 'Anfragen',
      followups: 'Wiedervorlagen',
      templates: 'Vorlagen',
      organisations: 'Organisationen',
      persons: 'Personen',
      activities: 'Aktivitäten',
    },
    errors: {
      empty: 'Die Datei ist leer.',
      tooLarge: 'Die Datei ist mit {{mb}} MB zu groß für eine Anlaufstelle-Sicherung.',
      notAge:
        'Die Datei ist keine Anlaufstelle-Sicherung (keine mit age verschlüsselte Datei). Bitte wählen Sie eine .age-Datei.',
      wrongPassphrase:
        'Die Passphrase passt nicht zu dieser Sicherung. Bitte prüfen Sie Groß- und Kleinschreibung.',
      damaged: 'Die Sicherungsdatei ist unvollständig oder beschädigt und kann nicht gelesen werden.',
      notBackup: 'Die Datei ist verschlüsselt, enthält aber keine Anlaufstelle-Sicherung.',
      newerFormat:
        'Diese Sicherung stammt aus einer neueren Version von Anlaufstelle (Format {{format}}). Bitte aktualisieren Sie Anlaufstelle und versuchen Sie es erneut.',
      checksum: 'Die Prüfsumme der Sicherung stimmt nicht: Die Daten wurden verändert oder sind beschädigt.',
      unknownTable:
        'Die Sicherung enthält Daten („{{table}}“), die diese Version nicht kennt. Bitte aktualisieren Sie Anlaufstelle.',
      duplicateId: 'Die Sicherung enthält doppelte Einträge und wird deshalb nicht übernommen.',
    },
  },
};
