// Texts of Öffentlichkeitsarbeit's frame: the screen and its tabs.
export const outreachEn = {
  outreach: {
    title: 'Public relations',
    tabs: {
      events: 'Events',
      guide: 'Guide',
      newsletter: 'Newsletter',
    },
  },
};
