// Texts of an event series' outputs: programme booklet, calendar files, checklist, press release.
export const eventExportsDe = {
  eventExports: {
    menu: 'Ausgaben',
  },
};
