// Texts only the desktop app shows: "Über Anlaufstelle" with the licences, and the global shortcut.
import type { DeepStrings } from './deepStrings';
import type { desktopDe } from './desktop.de';

export const desktopEn: DeepStrings<typeof desktopDe> = {
  desktop: {
    about: {
      title: 'About Anlaufstelle',
      paletteAction: 'About Anlaufstelle',
      version: 'Version {{version}}',
      desktopApp: 'Desktop app ({{platform}})',
      browserApp: 'Browser version',
      description:
        'Case and contact log for the integration coordination offices. All data stays encrypted on this device.',
      licences: 'Libraries used and their licences',
      licencesCount_one: '{{count, number}} library.',
      licencesCount_other: '{{count, number}} libraries.',
      runtimeLicences:
        'The licences of Chromium and Electron are in the installation folder (LICENSES.chromium.html, LICENSE.electron.txt).',
      licencesFailed: 'The licence list could not be loaded.',
      licenceUnknown: 'not stated',
      library: 'Library',
      libraryVersion: 'Version',
      licence: 'Licence',
      close: 'Close',
    },
    shortcut: {
      title: 'Shortcut for quick capture',
      intro:
        'Brings Anlaufstelle to the front and opens a new inquiry – even from another program, for instance during a phone call.',
      label: 'Global shortcut',
      help: 'Click into the field and press the keys, e.g. Ctrl+Alt+N.',
      active: 'Active: {{shortcut}}',
      none: 'No global shortcut set.',
      taken: '“{{shortcut}}” is already taken by another program. Please choose another combination.',
      invalid: 'Please choose a combination with Ctrl or Alt and a key.',
      apply: 'Apply',
      reset: 'Default',
      off: 'Turn off',
      saved: 'Shortcut saved',
      startupTaken:
        'The quick capture shortcut {{shortcut}} is taken by another program. You can change it under Settings.',
    },
    desktopOnly: 'Only in the desktop app.',
  },
};
