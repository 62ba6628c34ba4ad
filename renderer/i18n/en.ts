import type { Resources } from './de';

type DeepStrings<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends string[] ? string[] : DeepStrings<T[K]>;
};

export const en: DeepStrings<Resources> = {
  app: {
    name: 'Anlaufstelle',
    skipToContent: 'Skip to content',
    navigation: 'Main navigation',
    lock: 'Lock',
    lockHint: 'Lock (Ctrl+L)',
    locking: 'Locking …',
    damagedRows: '{{count}} entries could not be read (damaged or altered). They are not shown.',
  },
  nav: {
    inquiries: 'Inquiries',
    settings: 'Settings',
  },
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
    minLength: 'At least {{count}} characters.',
    tooShort: 'The password must be at least {{count}} characters long.',
    weak: 'The password is too easy to guess. Use several words, digits or symbols.',
    mismatch: 'The passwords do not match.',
    unlockTitle: 'Unlock',
    unlockIntro: 'The vault is locked. Enter your password.',
    unlock: 'Unlock',
    unlocking: 'Unlocking …',
    wrongPassword: 'The password is wrong.',
    waitSeconds: 'Please wait {{count}} seconds before the next attempt.',
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
  inquiries: {
    title: 'Inquiries',
    new: 'New inquiry',
    newHint: 'New inquiry (Ctrl+N)',
    edit: 'Edit inquiry',
    count_one: '{{formatted}} inquiry',
    count_other: '{{formatted}} inquiries',
    emptyTitle: 'No inquiries yet',
    emptyText:
      'All inquiries that reach the office appear here – calls, e-mails, visits. Log the first one with “New inquiry” or Ctrl+N.',
    saved: 'Saved',
    saveFailed: 'The inquiry could not be saved. Your input is still here – please try again.',
    listLabel: 'List of inquiries',
    open: 'Open inquiry: {{subject}}',
    fields: {
      receivedAt: 'Received',
      channel: 'Channel',
      requesterType: 'Requested by',
      topics: 'Topics',
      subject: 'Subject',
      notes: 'Notes',
      status: 'Status',
    },
    status: {
      offen: 'open',
      'in-bearbeitung': 'in progress',
      wartet: 'waiting for reply',
      erledigt: 'done',
    },
    closedAt: 'Closed on {{date}}',
    createdChanged: 'Created {{created}} · changed {{changed}}',
  },
  form: {
    save: 'Save',
    saveHint: 'Save (Ctrl+Enter)',
    cancel: 'Cancel',
    saving: 'Saving …',
  },
  validation: {
    required: 'Please choose one.',
    topicRequired: 'Please choose at least one topic.',
    subjectRequired: 'Please enter a subject.',
    dateRequired: 'Please enter date and time.',
    dateInvalid: 'Please enter a valid date as DD.MM.YYYY hh:mm.',
    tooLong: 'The text is too long.',
    number: 'Please enter a number.',
    wholeNumber: 'Please enter a whole number.',
    autoLockRange: 'Please enter a value between 1 and 240 minutes.',
  },
  settings: {
    title: 'Settings',
    officeName: 'Name of the office',
    officeNameHelp: 'Shown in the title bar.',
    autoLock: 'Lock automatically after (minutes)',
    autoLockHelp: 'Without input the vault locks after this time.',
    language: 'Language',
    languages: { de: 'Deutsch', en: 'English' },
    saved: 'Settings saved',
  },
};
