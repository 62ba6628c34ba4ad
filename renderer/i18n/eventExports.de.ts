// Texts of an event series' outputs: programme booklet, calendar files, checklist, press release.
export const eventExportsDe = {
  eventExports: {
    menu: 'Ausgaben',
    items: {
      booklet: 'Programmheft ansehen und als PDF speichern …',
      bookletDocx: 'Programmheft als Word-Datei (Presse)',
      ics: 'Kalenderdatei aller Termine (.ics)',
      csv: 'CSV für Online-Veranstaltungskalender',
      checklist: 'Partner-Checkliste …',
      press: 'Pressemitteilung (Entwurf) …',
    },
    approvedCount_one: '{{count}} freigegebener Beitrag',
    approvedCount_other: '{{count}} freigegebene Beiträge',
    saved: '„{{file}}“ gespeichert.',
    failed: 'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.',
    close: 'Schließen',
    saveDocx: 'Als Word-Datei speichern',
    saving: 'Wird gespeichert …',
    booklet: {
      title: 'Programmheft',
      format: 'Papierformat',
      a5: 'A5 (Heft)',
      a4: 'A4',
      savePdf: 'Als PDF speichern',
      preview: 'Vorschau des Programmhefts',
      hintDesktop: 'Das PDF enthält nur das Programmheft, im gewählten Format.',
      hintBrowser: 'Im Browser öffnet sich der Druckdialog: dort „Als PDF speichern“ wählen.',
      empty:
        'Noch kein Beitrag ist freigegeben. Das Programmheft enthält nur Beiträge mit dem Status „freigegeben“.',
    },
    checklist: {
      title: 'Partner-Checkliste',
      intro_one: '{{count}} Partner, davon {{open}} mit offenen Punkten.',
      intro_other: '{{count}} Partner, davon {{open}} mit offenen Punkten.',
      empty: 'Noch hat keine Organisation einen Beitrag eingereicht.',
      saveXlsx: 'Als Excel-Datei speichern',
      complete: 'vollständig',
      noContribution: 'Noch kein Beitrag eingereicht',
      asked: 'angefragt',
      open_one: '{{count}} offener Punkt',
      open_other: '{{count}} offene Punkte',
      done: 'alles vollständig',
      columns: { contribution: 'Beitrag', day: 'Datum', status: 'Status', missing: 'Es fehlt' },
    },
    press: {
      title: 'Pressemitteilung (Entwurf)',
      intro:
        'Ein Entwurf aus der Reihe und ihren freigegebenen Beiträgen. Gelb markierte Stellen in eckigen Klammern ergänzen Sie in Word.',
      preview: 'Vorschau der Pressemitteilung',
    },
  },
};
