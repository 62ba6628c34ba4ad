// Texts of the Jahresbericht screen: period, export buttons and the office's own text.
export const reportDe = {
  report: {
    title: 'Berichte',
    tabs: { bericht: 'Bericht', kennzahlen: 'Kennzahlen (Landesvergleich)' },
    profile: 'Berichtsprofil',
    period: 'Berichtszeitraum',
    currentYear: '{{year}} (bis heute)',
    customPeriod: 'Eigener Zeitraum …',
    from: 'Von',
    to: 'Bis',
    periodInvalid: 'Bitte einen gültigen Zeitraum wählen: „Von“ muss vor oder gleich „Bis“ sein.',
    exportGroup: 'Exportieren',
    exportHintBrowser:
      'PDF: Im Druckdialog als Ziel „Als PDF speichern“ wählen. PDF und DOCX enthalten den ganzen Bericht mit Diagrammen, XLSX die Tabellen und Texte druckfertig, CSV nur die Tabellen (mit Stelle, Zeitraum und Erstellungsdatum im Kopf). XLSX, CSV und DOCX werden heruntergeladen. Nur zusammengefasste Zahlen und Ihre Texte.',
    exportHintDesktop:
      'PDF und DOCX enthalten den ganzen Bericht mit Diagrammen, XLSX die Tabellen und Texte druckfertig, CSV nur die Tabellen (mit Stelle, Zeitraum und Erstellungsdatum im Kopf). Nur zusammengefasste Zahlen und Ihre Texte.',
    exporting: '{{kind}} wird erstellt …',
    exported: {
      pdf: 'PDF erstellt.',
      xlsx: 'XLSX-Datei gespeichert.',
      csv: 'CSV-Datei gespeichert.',
      docx: 'DOCX-Datei gespeichert.',
    },
    exportFailed: 'Der Export ist fehlgeschlagen. Bitte erneut versuchen; Ihre Daten sind unverändert.',
    insertOutline: 'Gliederung nach Handlungsfeldern einfügen',
    textLabel: 'Eigener Text: {{section}}',
    textReadOnly:
      'Die Texte schreiben die Koordinator/innen; sie kommen mit den Zahlen und stehen in jedem Export.',
    textHelp:
      'Höhepunkte, Hintergründe, Einordnung – wird beim Verlassen des Feldes verschlüsselt gespeichert und erscheint in allen Exporten.',
    textSaving: 'Wird gespeichert …',
    textSaved: 'Gespeichert.',
    textFailed: 'Speichern fehlgeschlagen – der Text ist noch nicht gesichert. Bitte erneut versuchen.',
  },
};
