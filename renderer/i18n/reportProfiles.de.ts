// Texts of the Berichtsprofile: the actions next to the profile choice, the editor, the profile file.
export const reportProfilesDe = {
  reportProfiles: {
    actions: {
      edit: 'Profil bearbeiten …',
      more: 'Weitere Profilaktionen',
      copy: 'Als neues Profil kopieren …',
      export: 'Profil exportieren',
      import: 'Profil importieren …',
      reset: 'Auf Auslieferung zurücksetzen',
      delete: 'Profil löschen',
    },
    cancel: 'Abbrechen',
    problemTitle: 'Berichtsprofil',
    ok: 'OK',
    copy: {
      title: 'Als neues Profil kopieren',
      text: 'Das neue Profil übernimmt Abschnitte, Tabellen und Textbausteine von „{{name}}“. Die Texte je Zeitraum schreiben Sie darin neu.',
      name: 'Name des neuen Profils',
      defaultName: '{{name}} (Kopie)',
      submit: 'Kopieren',
      nameTaken: 'Ein Profil mit diesem Namen gibt es schon.',
      done: 'Profil „{{name}}“ angelegt.',
    },
    exported: 'Profil „{{name}}“ exportiert.',
    exportFailed: 'Das Profil konnte nicht exportiert werden. Bitte erneut versuchen.',
    imported: 'Profil „{{name}}“ importiert.',
    importedAsCopy:
      'Ein Profil mit derselben Kennung gibt es schon; die Datei wurde als neues Profil „{{name}}“ importiert.',
    importFailed: '„{{file}}“ wurde nicht importiert: {{problem}} Es wurde nichts geändert.',
    importReplace: {
      title: 'Profil ersetzen?',
      textCustomised:
        'Die Datei „{{file}}“ enthält eine Fassung des Profils „{{name}}“. Sie ersetzt Ihre Anpassungen an diesem Profil.',
      textShipped:
        'Die Datei „{{file}}“ enthält eine Fassung des Profils „{{name}}“. Sie ersetzt das Profil, wie es ausgeliefert wird; „Auf Auslieferung zurücksetzen“ holt es zurück.',
      confirm: 'Ersetzen',
    },
    reset: {
      title: 'Profil zurücksetzen?',
      text: 'Ihre Anpassungen am Profil „{{name}}“ gehen verloren; es wird wieder, wie es ausgeliefert wird. Ihre Texte je Zeitraum bleiben.',
      confirm: 'Zurücksetzen',
      done: 'Profil „{{name}}“ zurückgesetzt.',
    },
    delete: {
      title: 'Profil löschen?',
      text: 'Das Profil „{{name}}“ wird gelöscht. Ihre Texte je Zeitraum bleiben gespeichert.',
      confirm: 'Löschen',
      done: 'Profil „{{name}}“ gelöscht.',
    },
    editor: {
      title: 'Berichtsprofil bearbeiten: {{name}}',
      name: 'Name des Profils',
      docTitle: 'Titel des Berichts',
      subtitle: 'Untertitel',
      sections: 'Abschnitte',
      sectionsHint:
        'Die Reihenfolge ändern Sie mit den Pfeilen; ausgeschaltete Abschnitte erscheinen nicht im Bericht.',
      enabled: '„{{title}}“ im Bericht',
      off: 'ausgeschaltet',
      moveUp: '„{{title}}“ nach oben',
      moveDown: '„{{title}}“ nach unten',
      remove: '„{{title}}“ entfernen',
      details: 'Einstellungen von „{{title}}“',
      sectionTitle: 'Überschrift',
      intro: 'Textbaustein des Profils',
      introHint: 'Steht in jedem Bericht dieses Profils, etwa was der Fördergeber erfragt.',
      withText: 'Eigener Text je Zeitraum',
      tables: 'Tabellen',
      tablesHint: 'Im Bericht in dieser Reihenfolge.',
      chart: 'Diagramm',
      add: 'Abschnitt hinzufügen',
      newSection: 'Neuer Abschnitt',
      ownSection: 'eigener Abschnitt',
      saved: 'Profil „{{name}}“ gespeichert.',
    },
    charts: {
      none: 'Kein Diagramm',
      inquiryMonths: 'Anfragen je Monat',
      volunteerMonths: 'Aktive Lotsen je Monat',
    },
    file: {
      tooLarge: 'Die Datei ist größer als {{max}} KB; ein Berichtsprofil ist viel kleiner.',
      notJson: 'Die Datei ist keine JSON-Datei.',
      wrongFormat: 'Die Datei ist kein Berichtsprofil von Anlaufstelle.',
      newerVersion:
        'Die Datei stammt aus einer neueren Version von Anlaufstelle (Format {{version}}); bitte Anlaufstelle aktualisieren.',
      unknownTable: 'Sie nennt eine unbekannte Tabelle („{{table}}“).',
      invalidSection: 'Abschnitt {{section}} ist unvollständig oder fehlerhaft.',
      invalid: 'Ihr Inhalt ist kein gültiges Berichtsprofil.',
      tooLong: {
        name: 'Der Name des Profils ist zu lang (höchstens {{max, number}} Zeichen).',
        title: 'Der Titel des Berichts ist zu lang (höchstens {{max, number}} Zeichen).',
        subtitle: 'Der Untertitel des Berichts ist zu lang (höchstens {{max, number}} Zeichen).',
        sectionTitle:
          'Abschnitt {{section}}: die Überschrift ist zu lang (höchstens {{max, number}} Zeichen).',
        sectionText:
          'Abschnitt {{section}}: der Textbaustein ist zu lang (höchstens {{max, number}} Zeichen).',
      },
    },
    invalid: {
      sectionKey:
        'Ein Abschnitt hat eine ungültige Kennung (erlaubt: Kleinbuchstaben, Ziffern, Bindestriche).',
      id: 'Das Profil hat eine ungültige Kennung (erlaubt: Kleinbuchstaben, Ziffern, Bindestriche).',
      duplicateKey: 'Zwei Abschnitte haben dieselbe Kennung.',
    },
  },
};
