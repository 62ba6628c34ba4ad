// Texts of Berichte → Kennzahlen: the export of this office's figures and the comparison of offices.
export const kennzahlenDe = {
  kennzahlen: {
    exportTitle: 'Kennzahlen exportieren',
    exportIntro:
      'Eine kleine Datei mit zusammengefassten Zahlen Ihrer Stelle für den Landesvergleich: je Quartal die Anfragen nach anfragender Stelle, Thema, Kanal, Zielgruppe, Handlungsfeld und Ergebnis, die Aktivitäten nach Art, die aktiven Ehrenamtlichen und die Stunden – mit Name, Landkreis und Einwohnerzahl Ihrer Stelle.',
    exportPrivacy:
      'Werte von 1 bis 4 stehen als „<5“ in der Datei, damit niemand erkennbar wird; ließe sich ein solcher Wert aus der Summe errechnen, wird ein weiterer Wert als „x“ zurückgehalten. Namen, Betreffe, Notizen und andere Freitexte stehen nie darin.',
    formatNote:
      'Format „{{format}}“, Version {{version}}; für die Stelle, die die Zahlen sammelt, ist es in der Dokumentation von Anlaufstelle beschrieben (docs/kennzahlen.md).',
    year: 'Jahr',
    currentYear: '{{year}} (bis heute)',
    exportJson: 'Kennzahlen exportieren (JSON)',
    exportCsv: 'Kennzahlen exportieren (CSV)',
    exportGroup: 'Kennzahlen exportieren',
    exported: { json: 'JSON-Datei gespeichert.', csv: 'CSV-Datei gespeichert.' },
    exportFailed: 'Der Export ist fehlgeschlagen. Bitte erneut versuchen; Ihre Daten sind unverändert.',
    noPopulation:
      'Tipp: Mit der Einwohnerzahl des Landkreises (Einstellungen, „Einwohnerzahl“) lassen sich die Zahlen je 10.000 Einwohner vergleichen.',
    populationLabel: 'Einwohnerzahl (für Kennzahlen je 10.000 Einwohner)',
    populationRange: 'Bitte eine ganze Zahl von 1 bis 100.000.000 eingeben.',
    compareTitle: 'Kennzahlen vergleichen',
    compareIntro:
      'Laden Sie die Kennzahlen-Dateien mehrerer Stellen (JSON oder CSV), etwa aus einer Ideenwerkstatt: Sie sehen sie nebeneinander und zusammen. Die Dateien bleiben nur in diesem Fenster; gespeichert wird nichts.',
    chooseFiles: 'Kennzahlen-Dateien wählen …',
    addOwn: 'Eigene Kennzahlen ({{year}}) hinzufügen',
    ownName: 'Eigene Stelle',
    loadedTitle: 'Geladene Stellen',
    none: 'Noch keine Datei geladen.',
    fileProblem: '„{{name}}“: {{problem}}',
    errors: {
      empty: 'Die Datei ist leer.',
      notReadable: 'Die Datei ist unvollständig oder kein gültiges JSON.',
      wrongFormat: 'Das ist keine Kennzahlen-Datei.',
      newerVersion: 'Die Datei stammt aus einer neueren Version; bitte Anlaufstelle aktualisieren.',
      invalid:
        'Die Datei passt nicht zur Beschreibung des Formats (z. B. ein Wert von 1 bis 4 oder ein fehlendes Feld).',
      tooLarge: 'Die Datei ist zu groß für eine Kennzahlen-Datei.',
      duplicate:
        'Die Zahlen dieser Stelle für dieses Jahr sind schon geladen (als JSON, CSV oder „Eigene Kennzahlen“).',
    },
    columns: {
      office: 'Stelle',
      district: 'Landkreis',
      year: 'Jahr',
      quarters: 'Quartale',
      population: 'Einwohner',
      actions: 'Aktionen',
      category: 'Kategorie',
      total: 'Gesamt',
      figure: 'Kennzahl',
    },
    populationFor: 'Einwohnerzahl für {{office}}',
    remove: 'Entfernen',
    removeOffice: '{{office}} entfernen',
    measures: {
      inquiries: 'Anfragen',
      activities: 'Aktivitäten',
      volunteersActive: 'Aktive Ehrenamtliche (höchstes Quartal)',
      hours: 'Stunden (Anfragen und Aktivitäten)',
    },
    perCapita: '{{measure}} je 10.000 Einwohner',
    overviewTitle: 'Überblick',
    dimensions: {
      requesterType: 'Anfragen nach anfragender Stelle',
      topics: 'Anfragen nach Thema',
      channel: 'Anfragen nach Kanal',
      targetGroup: 'Anfragen nach Zielgruppe',
      fieldOfAction: 'Anfragen nach Handlungsfeld',
      result: 'Anfragen nach Ergebnis',
      activityType: 'Aktivitäten nach Art',
    },
    atLeast: 'mind. {{value}}',
    lowerBoundNote:
      '„mind.“: Die Summe enthält zurückgehaltene Werte („<5“ zählt als 1, „x“ als 0). Kategorien werden über ihre Bezeichnung zusammengeführt (ohne Groß-/Kleinschreibung und Leerzeichen).',
    yearsDiffer: 'Die Dateien betreffen verschiedene Jahre ({{years}}).',
    comparisonTitle: 'Kennzahlen im Vergleich',
    exportComparison: 'Vergleich exportieren',
    exportedComparison: { pdf: 'PDF erstellt.', xlsx: 'XLSX-Datei gespeichert.' },
    comparisonFileName: 'Kennzahlen-Vergleich',
  },
};
