// Texts of Öffentlichkeitsarbeit's frame: the screen and its tabs.
export const outreachDe = {
  outreach: {
    title: 'Öffentlichkeitsarbeit',
    tabs: {
      events: 'Veranstaltungen',
      guide: 'Wegweiser',
      newsletter: 'Newsletter',
    },
  },
};
