// Texts only the desktop app shows: "Über Anlaufstelle" with the licences, and the global shortcut.
export const desktopDe = {
  desktop: {
    about: {
      title: 'Über Anlaufstelle',
      paletteAction: 'Über Anlaufstelle',
      version: 'Version {{version}}',
      desktopApp: 'Desktop-App ({{platform}})',
      browserApp: 'Browser-Version',
      description:
        'Fall- und Kontaktprotokoll für die Koordinierungsstellen für Integration. Alle Daten bleiben verschlüsselt auf diesem Gerät.',
      licences: 'Verwendete Bibliotheken und ihre Lizenzen',
      licencesCount_one: '{{count, number}} Bibliothek.',
      licencesCount_other: '{{count, number}} Bibliotheken.',
      runtimeLicences:
        'Die Lizenzen von Chromium und Electron liegen im Installationsordner (LICENSES.chromium.html, LICENSE.electron.txt).',
      licencesFailed: 'Die Lizenzliste konnte nicht geladen werden.',
      licenceUnknown: 'keine Angabe',
      library: 'Bibliothek',
      libraryVersion: 'Version',
      licence: 'Lizenz',
      close: 'Schließen',
    },
    shortcut: {
      title: 'Tastenkürzel für die Schnellerfassung',
      intro:
        'Holt Anlaufstelle nach vorn und öffnet eine neue Anfrage – auch aus einem anderen Programm heraus, etwa während eines Telefonats.',
      label: 'Globales Tastenkürzel',
      help: 'In das Feld klicken und die Tasten drücken, z. B. Strg+Alt+N.',
      active: 'Aktiv: {{shortcut}}',
      none: 'Kein globales Tastenkürzel eingestellt.',
      taken:
        '„{{shortcut}}“ ist schon von einem anderen Programm belegt. Bitte wählen Sie eine andere Kombination.',
      invalid: 'Bitte eine Kombination mit Strg oder Alt und einer Taste wählen.',
      apply: 'Übernehmen',
      reset: 'Standard',
      off: 'Ausschalten',
      saved: 'Tastenkürzel gespeichert',
      startupTaken:
        'Das Tastenkürzel {{shortcut}} für die Schnellerfassung ist von einem anderen Programm belegt. Sie können es unter Einstellungen ändern.',
    },
    desktopOnly: 'Nur in der Desktop-App.',
  },
};
