import type { DeepStrings } from './deepStrings';
import type { webModeDe } from './webMode.de';

export const webModeEn: DeepStrings<typeof webModeDe> = {
  webMode: {
    title: 'Browser mode',
    notice:
      'For trying the app out and for computers only you use – not for terminal servers: other users of the same computer could serve their own page at the same address. The desktop app is the tool for everyday work.',
  },
};
