// Texts of an event series' outputs: programme booklet, calendar files, checklist, press release.
export const eventExportsEn = {
  eventExports: {
    menu: 'Outputs',
  },
};
