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
  backup: {
    title: 'Backup',
    intro:
      'A backup holds all data of this vault, encrypted with its own passphrase. It can be opened without Anlaufstelle using the standard tool “age”. Keep backup and passphrase apart.',
    create: 'Create backup',
    createTitle: 'Create backup',
    createIntro:
      'The backup is encrypted with the passphrase below. Without it nobody can open the backup – not even you. Print or write down the passphrase.',
    passphrase: 'Backup passphrase',
    passphraseHelp:
      'Suggestion: generated at random. You may enter your own (at least {{count}} characters).',
    passphraseTooShort: 'The passphrase must be at least {{count}} characters long.',
    newSuggestion: 'New suggestion',
    printPassphrase: 'Print passphrase',
    printHeading: 'Anlaufstelle – passphrase of the backup of {{date}}',
    creating: 'Creating backup …',
    saved: 'Backup saved: {{name}}',
    cancelled: 'The backup was not saved.',
    failed: 'The backup could not be created. Please try again.',
    restore: 'Restore backup',
    restoreTitle: 'Restore backup',
    restoreIntro: 'Choose a backup file (.age) and enter its passphrase.',
    chooseFile: 'Choose backup file',
    noFile: 'No file chosen',
    check: 'Check backup',
    checking: 'Checking …',
    preview: 'Contents of the backup',
    createdAt: 'Created on',
    appVersion: 'Program version',
    replaceWarning:
      'The vault already holds data. Restoring replaces all current data with the backup. First a backup of the current state is saved automatically, encrypted with the same passphrase.',
    replaceConfirm: 'I want to replace the current data with the backup.',
    restoreNow: 'Restore',
    replaceNow: 'Back up current state and replace',
    safetyCancelled: 'The backup of the current state was not saved. Nothing was replaced.',
    restored: 'Backup restored',
    restoreFailed: 'Restoring failed. Nothing was changed.',
    close: 'Close',
    cancel: 'Cancel',
    progressLabel: 'Progress',
    phase: {
      collect: 'Collecting data …',
      encrypt: 'Encrypting data …',
      decrypt: 'Decrypting backup …',
      check: 'Checking backup …',
      write: 'Writing data …',
      snapshot: 'Renewing quick-start data …',
      safety: 'Backing up the current state …',
    },
    tables: {
      settings: 'Settings',
      inquiries: 'Inquiries',
      followups: 'Follow-ups',
      templates: 'Templates',
      organisations: 'Organisations',
      persons: 'Persons',
      activities: 'Activities',
    },
    errors: {
      empty: 'The file is empty.',
      tooLarge: 'At {{mb}} MB the file is too large for an Anlaufstelle backup.',
      notAge:
        'The file is not an Anlaufstelle backup (not an age-encrypted file). Please choose an .age file.',
      wrongPassphrase: 'The passphrase does not fit this backup. Please check upper and lower case.',
      damaged: 'The backup file is incomplete or damaged and cannot be read.',
      notBackup: 'The file is encrypted but holds no Anlaufstelle backup.',
      newerFormat:
        'This backup comes from a newer version of Anlaufstelle (format {{format}}). Please update Anlaufstelle and try again.',
      checksum: 'The backup checksum does not match: the data was altered or is damaged.',
      unknownTable:
        'The backup holds data (“{{table}}”) this version does not know. Please update Anlaufstelle.',
      duplicateId: 'The backup holds duplicate entries and is therefore not taken over.',
    },
  },
  dataExport: {
    title: 'Export all data',
    intro:
      'For moving to another program: all entries as a JSON file (complete) or as an Excel file (one sheet per kind).',
    button: 'Export all data',
    warning:
      'Caution: the export file is NOT encrypted. It holds all personal data in plain text. Store it only in a protected place and delete it as soon as it is no longer needed. For backups use “Create backup”.',
    format: 'Format',
    json: 'JSON (complete, for other programs)',
    xlsx: 'Excel (XLSX, one sheet per kind)',
    confirm: 'I understand that the file is not encrypted.',
    export: 'Export',
    exporting: 'Exporting …',
    saved: 'Export saved: {{name}}',
    cancelled: 'The export was not saved.',
    failed: 'The export failed. Please try again.',
    cancel: 'Cancel',
  },
};
