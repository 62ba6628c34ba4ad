// Texts for checked records: why a backup or import was refused, the screen error message, and the
// safety backup before a restore.
export const recordsDe = {
  records: {
    kinds: {
      settings: 'Einstellung',
      inquiries: 'Anfrage',
      followups: 'Wiedervorlage',
      templates: 'Vorlage',
      organisations: 'Organisation',
      persons: 'Person',
      activities: 'Aktivität',
      reports: 'Jahresbericht-Text',
      funding: 'Fördermittel-Eintrag',
      outreach: 'Eintrag der Öffentlichkeitsarbeit',
    },
    reasons: {
      notObject: 'der Eintrag ist leer oder hat keine Felder',
      missing: 'Feld ‚{{field}}‘ fehlt',
      wrongType: 'Feld ‚{{field}}‘ hat den falschen Typ',
      invalid: 'Feld ‚{{field}}‘ hat einen ungültigen Wert',
      unknownField: 'unbekanntes Feld ‚{{field}}‘',
      forbiddenKey: 'unzulässiges Feld ‚{{field}}‘',
      unknownSettings: 'unbekannte Einstellung ‚{{field}}‘',
    },
    importRefused:
      'Import abgelehnt: Kontakt Nr. {{position}} ergibt keinen gültigen Eintrag ({{reason}}). Es wurde nichts übernommen.',
  },
  screenError: {
    title: 'Diese Ansicht konnte nicht angezeigt werden',
    body: 'Beim Anzeigen ist ein Fehler aufgetreten. Ihre gespeicherten Daten sind davon nicht betroffen. Sie können eine andere Ansicht wählen, die Anwendung neu laden, eine Sicherung wiederherstellen oder alle Daten exportieren.',
    reload: 'Neu laden',
  },
  safetyBackup: {
    title: 'Sicherung des aktuellen Stands',
    intro:
      'Vor dem Ersetzen wird der aktuelle Stand als eigene Sicherung gespeichert, verschlüsselt mit dieser neuen Passphrase. Drucken oder notieren Sie sie: Ohne sie lässt sich der vorherige Stand nicht mehr öffnen.',
    passphrase: 'Passphrase für die Sicherung des aktuellen Stands',
    printHeading: 'Anlaufstelle – Sicherung vor der Wiederherstellung vom {{date}}',
  },
};
