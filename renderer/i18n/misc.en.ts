// Texts for smaller correctness findings (see misc.de.ts).
import type { DeepStrings } from './deepStrings';
import type { miscDe } from './misc.de';

export const miscEn: DeepStrings<typeof miscDe> = {
  misc: {
    demo: {
      view: 'View sample data',
    },
    recoveryReminder: {
      unconfirmed:
        'It was never confirmed that the recovery key is stored safely. Without it the data is lost if the password is forgotten. Create a new key and keep it safe.',
      missing: 'This vault has no recovery key. Without it the data is lost if the password is forgotten.',
      create: 'Create key',
      later: 'Later',
    },
    retention: {
      kinds: {
        inquiries_one: '{{count, number}} inquiry',
        inquiries_other: '{{count, number}} inquiries',
        followups_one: '{{count, number}} follow-up of these inquiries',
        followups_other: '{{count, number}} follow-ups of these inquiries',
        persons_one: '{{count, number}} person',
        persons_other: '{{count, number}} persons',
      },
      and: 'and',
      counts_one: 'Affected: {{list}} – {{count, number}} entry in all.',
      counts_other: 'Affected: {{list}} – {{count, number}} entries in all.',
      runningTitle: 'Anonymising entries',
      running_one:
        '{{count, number}} entry is being anonymised. The vault is re-encrypted afterwards. Please do not close the window.',
      running_other:
        '{{count, number}} entries are being anonymised. The vault is re-encrypted afterwards. Please do not close the window.',
    },
    password: {
      unchanged: 'The new password is the same as the current one. Please choose a different password.',
    },
    window: {
      takenOverReason:
        'This window was locked because Anlaufstelle was taken over in another window with “Continue here”. Saved entries are kept.',
    },
  },
};
