// Texts of an event series' outputs: programme booklet, calendar files, checklist, press release.
export const eventExportsEn = {
  eventExports: {
    menu: 'Outputs',
    items: {
      booklet: 'View programme booklet and save as PDF …',
      bookletDocx: 'Programme booklet as Word file (press)',
      ics: 'Calendar file of all events (.ics)',
      csv: 'CSV for online event calendars',
      checklist: 'Partner checklist …',
      press: 'Press release (draft) …',
    },
    approvedCount_one: '{{count}} approved contribution',
    approvedCount_other: '{{count}} approved contributions',
    saved: '“{{file}}” saved.',
    failed: 'The file could not be created. Please try again.',
    close: 'Close',
    saveDocx: 'Save as Word file',
    saving: 'Saving …',
    booklet: {
      title: 'Programme booklet',
      format: 'Paper size',
      a5: 'A5 (booklet)',
      a4: 'A4',
      savePdf: 'Save as PDF',
      preview: 'Preview of the programme booklet',
      hintDesktop: 'The PDF holds only the programme booklet, in the chosen size.',
      hintBrowser: 'The browser opens its print dialog: choose “Save as PDF” there.',
      empty:
        'No contribution is approved yet. The booklet holds only contributions with the status “approved”.',
    },
    checklist: {
      title: 'Partner checklist',
      intro_one: '{{count}} partner, {{open}} with open items.',
      intro_other: '{{count}} partners, {{open}} with open items.',
      empty: 'No organisation has submitted a contribution yet.',
      saveXlsx: 'Save as Excel file',
      complete: 'complete',
      noContribution: 'No contribution submitted yet',
      asked: 'asked',
      open_one: '{{count}} open item',
      open_other: '{{count}} open items',
      done: 'all complete',
      columns: { contribution: 'Contribution', day: 'Date', status: 'Status', missing: 'Missing' },
    },
    press: {
      title: 'Press release (draft)',
      intro:
        'A draft from the series and its approved contributions. Fill in the parts in square brackets, highlighted yellow, in Word.',
      preview: 'Preview of the press release',
    },
  },
};
