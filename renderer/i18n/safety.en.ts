import type { safetyDe } from './safety.de';

type DeepStrings<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends string[] ? string[] : DeepStrings<T[K]>;
};

export const safetyEn: DeepStrings<typeof safetyDe> = {
  recovery: {
    title: 'Recovery key',
    intro:
      'This key opens the vault if the password is forgotten. It is shown only now. Print it or write it down and keep it locked away, apart from the device.',
    keyLabel: 'Your recovery key',
    print: 'Print',
    printHeading: 'Anlaufstelle – recovery key',
    printCreated: 'Created on {{date}}',
    stored: 'I have printed or written down the recovery key and keep it in a safe place.',
    continue: 'Continue',
    forgot: 'Forgot your password?',
    resetTitle: 'Unlock with the recovery key',
    resetIntro: 'Enter the recovery key and choose a new password. The old password stops working.',
    keyInput: 'Recovery key',
    keyHelp: '14 groups of four characters, e.g. ABCD-EFGH-…',
    newPassword: 'New password',
    newPasswordRepeat: 'Repeat the new password',
    resetSubmit: 'Unlock and set the password',
    backToPassword: 'Back to the password',
    invalidKey: 'The recovery key is incomplete or has a typo. Please check each group.',
    wrongKey: 'This recovery key does not belong to this vault. Perhaps a new one was created since.',
  },
  security: {
    title: 'Password and recovery',
    intro:
      'The password unlocks the vault on this device. The recovery key helps when the password is forgotten.',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    wrongCurrent: 'The current password is wrong.',
    passwordChanged: 'The password was changed.',
    working: 'Changing …',
    newRecoveryKey: 'Create a new recovery key',
    newRecoveryKeyIntro: 'The previous recovery key stops working. Confirm with your password.',
    create: 'Create',
    noRecoveryKey:
      'This vault has no recovery key yet. Create one so the data is not lost if the password is forgotten.',
    done: 'Done',
    cancel: 'Cancel',
  },
};
