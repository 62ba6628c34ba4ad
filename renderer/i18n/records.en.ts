import type { DeepStrings } from './deepStrings';
import type { recordsDe } from './records.de';

export const recordsEn: DeepStrings<typeof recordsDe> = {
  records: {
    kinds: {
      settings: 'Setting',
      inquiries: 'Inquiry',
      followups: 'Follow-up',
      templates: 'Template',
      organisations: 'Organisation',
      persons: 'Person',
      activities: 'Activity',
      reports: 'Annual report text',
      funding: 'Funding entry',
      outreach: 'Public relations entry',
    },
    reasons: {
      notObject: 'the entry is empty or has no fields',
      missing: "field '{{field}}' is missing",
      wrongType: "field '{{field}}' has the wrong type",
      invalid: "field '{{field}}' has an invalid value",
      unknownField: "unknown field '{{field}}'",
      forbiddenKey: "forbidden field '{{field}}'",
      unknownSettings: "unknown setting '{{field}}'",
    },
    importRefused:
      'Import refused: contact no. {{position}} does not make a valid entry ({{reason}}). Nothing was imported.',
  },
  screenError: {
    title: 'This view could not be shown',
    body: 'An error occurred while showing it. Your saved data is not affected. You can choose another view, reload the application, restore a backup or export all data.',
    reload: 'Reload',
  },
  safetyBackup: {
    title: 'Backup of the current state',
    intro:
      'Before replacing, the current state is saved as a backup of its own, encrypted with this new passphrase. Print or write it down: without it the previous state cannot be opened again.',
    passphrase: 'Passphrase for the backup of the current state',
    printHeading: 'Anlaufstelle – backup before the restore of {{date}}',
  },
};
