// Texts of the contact import (CSV and vCard): file, column mapping and preview.
export const contactImportDe = {
  import: {
    title: 'Kontakte importieren',
    choose: 'Datei auswählen (CSV oder vCard)',
    intro:
      'CSV aus Excel oder Outlook (Trennzeichen ; oder ,) oder vCard-Dateien (.vcf). Nichts wird übernommen, bevor Sie die Vorschau bestätigen.',
    encoding: 'Zeichenkodierung: {{encoding}}',
    format: 'Format: {{format}}',
    mapping: 'Spaltenzuordnung',
    column: 'Spalte für „{{field}}“',
    noColumn: '(keine)',
    fields: {
      firstName: 'Vorname',
      lastName: 'Nachname',
      fullName: 'Name (vollständig)',
      organisation: 'Organisation',
      function: 'Funktion',
      email: 'E-Mail',
      phone: 'Telefon',
      mobile: 'Mobiltelefon',
      street: 'Straße',
      postalCode: 'PLZ',
      city: 'Ort',
      notes: 'Notizen',
    },
    addressToOrganisation: 'wird bei der Organisation gespeichert',
    preview_one: 'Vorschau (1 Kontakt)',
    preview_other: 'Vorschau ({{count, number}} Kontakte)',
    duplicate: 'mögliche Dublette von {{name}}',
    decision: 'Übernahme für Zeile {{line}}',
    decisions: { new: 'neu anlegen', skip: 'überspringen', merge: 'zusammenführen' },
    apply: 'Übernehmen',
    done: '{{persons}} Personen und {{organisations}} Organisationen importiert, {{merged}} zusammengeführt.',
    doneSkipped:
      '{{persons}} Personen und {{organisations}} Organisationen importiert, {{merged}} zusammengeführt. Fehlerhafte Zeilen übersprungen: {{skipped}}.',
    previewWithProblems_one: 'Vorschau (1 Kontakt, {{lines}} fehlerhaft)',
    previewWithProblems_other: 'Vorschau ({{count, number}} Kontakte, {{lines}} fehlerhaft)',
    lines_one: '1 Zeile',
    lines_other: '{{count, number}} Zeilen',
    badRow: 'wird nicht übernommen',
    rowProblems: {
      name: 'Zeile {{line}}, Name: Die Zeile enthält weder einen Namen noch eine Organisation.',
      email: 'Zeile {{line}}, E-Mail: „{{value}}“ ist keine gültige E-Mail-Adresse.',
    },
    cardProblems: {
      name: 'vCard {{line}}, Name: Die Karte enthält weder einen Namen noch eine Organisation.',
      email: 'vCard {{line}}, E-Mail: „{{value}}“ ist keine gültige E-Mail-Adresse.',
    },
    cardWithoutName:
      'Die {{line}}. vCard enthält weder einen Namen noch eine Organisation. Diese Karte kann nicht übernommen werden.',
    cardBadEmail:
      'Die {{line}}. vCard: „{{value}}“ ist keine gültige E-Mail-Adresse. Diese Karte kann nicht übernommen werden.',
    moreProblems: '… und {{count, number}} weitere fehlerhafte Zeilen (in der Vorschau markiert).',
    skipBad: 'Fehlerhafte Zeilen überspringen und nur die gültigen Kontakte importieren',
    applySkipping_one: '1 Kontakt importieren, {{lines}} überspringen',
    applySkipping_other: '{{count, number}} Kontakte importieren, {{lines}} überspringen',
    csvQuotes:
      'Die Datei ist keine gültige CSV-Datei: In Zeile {{line}} fehlt ein schließendes Anführungszeichen.',
    csvEmpty:
      'Die Datei enthält keine Kontakte. Bitte in Excel oder Outlook als CSV mit Kopfzeile speichern.',
    noNameColumn: 'Keine Spalte für Namen oder Organisation gefunden. Bitte die Spaltenzuordnung prüfen.',
    rowWithoutName:
      'Zeile {{line}} enthält weder einen Namen noch eine Organisation. Diese Zeile kann nicht übernommen werden.',
    rowBadEmail:
      'Zeile {{line}}: „{{value}}“ ist keine gültige E-Mail-Adresse. Diese Zeile kann nicht übernommen werden.',
    vcardNone: 'Die Datei enthält keine vCard. Bitte eine .vcf-Datei wählen.',
    vcardBroken: 'Die vCard-Datei ist beschädigt und kann nicht gelesen werden. Es wurde nichts importiert.',
    vcardWithoutName: 'Die {{card}}. vCard enthält keinen Namen. Es wurde nichts importiert.',
    binary: 'Die Datei ist keine Text-Datei (CSV oder vCard). Bitte in Excel als „CSV UTF-8“ speichern.',
    tooLarge:
      'Die Datei ist zu groß ({{size}} MB). Höchstens {{max}} MB können eingelesen werden; bitte teilen Sie die Kontakte auf mehrere Dateien auf. Es wurde nichts importiert.',
    failed: 'Der Import ist fehlgeschlagen. Es wurde nichts geändert.',
  },
};
