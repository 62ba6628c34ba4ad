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
};
