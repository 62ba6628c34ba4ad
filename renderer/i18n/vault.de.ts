// Texts for setting up and unlocking the Tresor, and for the separate Tresor with Beispieldaten.
export const vaultDe = {
  vault: {
    setupTitle: 'Tresor einrichten',
    setupIntro:
      'Anlaufstelle speichert alle Daten verschlüsselt auf diesem Gerät. Legen Sie ein Passwort fest, mit dem Sie den Tresor künftig entsperren. Ohne dieses Passwort sind die Daten nicht lesbar.',
    password: 'Passwort',
    passwordRepeat: 'Passwort wiederholen',
    create: 'Tresor anlegen',
    creating: 'Tresor wird angelegt …',
    strength: 'Stärke: {{label}}',
    strengthLabels: ['sehr schwach', 'schwach', 'mittel', 'stark', 'sehr stark'],
    minLength: 'Mindestens {{count, number}} Zeichen.',
    tooShort: 'Das Passwort muss mindestens {{count, number}} Zeichen lang sein.',
    weak: 'Das Passwort ist zu leicht zu erraten. Verwenden Sie mehrere Wörter, Zahlen oder Sonderzeichen.',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    unlockTitle: 'Entsperren',
    unlockIntro: 'Der Tresor ist gesperrt. Geben Sie Ihr Passwort ein.',
    unlock: 'Entsperren',
    unlocking: 'Wird entsperrt …',
    wrongPassword: 'Das Passwort ist falsch.',
    waitSeconds: 'Bitte warten Sie {{count, number}} Sekunden bis zum nächsten Versuch.',
    phase: {
      kdf: 'Passwort wird geprüft …',
      read: 'Daten werden gelesen …',
      decrypt: 'Daten werden entschlüsselt …',
      ready: 'Fertig.',
    },
    damaged:
      'Die Tresor-Daten auf diesem Gerät sind beschädigt und können nicht geöffnet werden. Bitte wenden Sie sich an Ihre IT und stellen Sie eine Sicherung wieder her.',
    failed: 'Der Vorgang ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    persistentStorageWarning:
      'Der Browser hat dauerhaften Speicher nicht zugesagt. Nutzen Sie für den Alltag die Desktop-Anwendung.',
  },
  demo: {
    try: 'Mit Beispieldaten ausprobieren',
    tryHint:
      'Öffnet einen getrennten Tresor mit erfundenen Daten aus zehn Jahren – Ihre echten Daten bleiben unberührt.',
    preparing: 'Beispieldaten werden erzeugt',
    preparingText: 'Zehn Jahre Beispieldaten werden erzeugt und verschlüsselt gespeichert …',
    badge: 'DEMO – Beispieldaten',
    leave: 'Beispieldaten verlassen',
    unlockHint: 'Dies ist der Tresor mit Beispieldaten. Sein Passwort lautet:',
  },
};
