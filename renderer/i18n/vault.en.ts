// Texts for setting up and unlocking the Tresor, and for the separate Tresor with Beispieldaten.
import type { DeepStrings } from './deepStrings';
import type { vaultDe } from './vault.de';

export const vaultEn: DeepStrings<typeof vaultDe> = {
  vault: {
    setupTitle: 'Set up the vault',
    setupIntro:
      'Anlaufstelle stores all data encrypted on this device. Choose a password to unlock the vault from now on. Without it the data cannot be read.',
    password: 'Password',
    passwordRepeat: 'Repeat password',
    create: 'Create vault',
    creating: 'Creating the vault …',
    strength: 'Strength: {{label}}',
    strengthLabels: ['very weak', 'weak', 'fair', 'strong', 'very strong'],
    minLength: 'At least {{count, number}} characters.',
    tooShort: 'The password must be at least {{count, number}} characters long.',
    weak: 'The password is too easy to guess. Use several words, digits or symbols.',
    mismatch: 'The passwords do not match.',
    unlockTitle: 'Unlock',
    unlockIntro: 'The vault is locked. Enter your password.',
    unlock: 'Unlock',
    unlocking: 'Unlocking …',
    wrongPassword: 'The password is wrong.',
    waitSeconds: 'Please wait {{count, number}} seconds before the next attempt.',
    phase: {
      kdf: 'Checking the password …',
      read: 'Reading data …',
      decrypt: 'Decrypting data …',
      ready: 'Done.',
    },
    damaged:
      'The vault data on this device is damaged and cannot be opened. Please contact your IT and restore a backup.',
    failed: 'The operation failed. Please try again.',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    persistentStorageWarning:
      'The browser did not grant persistent storage. Use the desktop application for everyday work.',
  },
  demo: {
    try: 'Try it with sample data',
    tryHint: 'Opens a separate vault with ten years of made-up data – your real data stays untouched.',
    preparing: 'Creating sample data',
    preparingText: 'Ten years of sample data are being generated and stored encrypted …',
    badge: 'DEMO – sample data',
    leave: 'Leave sample data',
    unlockHint: 'This is the vault with sample data. Its password is:',
  },
};
