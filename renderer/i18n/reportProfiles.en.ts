// Texts of the report profiles: the actions next to the profile choice, the editor, the profile file.
import type { reportProfilesDe } from './reportProfiles.de';

export const reportProfilesEn: typeof reportProfilesDe = {
  reportProfiles: {
    actions: {
      edit: 'Edit profile …',
      more: 'More profile actions',
      copy: 'Copy as a new profile …',
      export: 'Export profile',
      import: 'Import profile …',
      reset: 'Reset to as shipped',
      delete: 'Delete profile',
    },
    cancel: 'Cancel',
    problemTitle: 'Report profile',
    ok: 'OK',
    copy: {
      title: 'Copy as a new profile',
      text: 'The new profile takes the sections, tables and text blocks of “{{name}}”. You write its texts per period anew.',
      name: 'Name of the new profile',
      defaultName: '{{name}} (copy)',
      submit: 'Copy',
      nameTaken: 'A profile with this name already exists.',
      done: 'Profile “{{name}}” created.',
    },
    exported: 'Profile “{{name}}” exported.',
    exportFailed: 'The profile could not be exported. Please try again.',
    imported: 'Profile “{{name}}” imported.',
    importedAsCopy:
      'A profile with the same id exists already; the file was imported as the new profile “{{name}}”.',
    importFailed: '“{{file}}” was not imported: {{problem}} Nothing was changed.',
    importReplace: {
      title: 'Replace the profile?',
      textCustomised:
        'The file “{{file}}” holds a version of the profile “{{name}}”. It replaces your changes to this profile.',
      textShipped:
        'The file “{{file}}” holds a version of the profile “{{name}}”. It replaces the profile as shipped; “Reset to as shipped” brings it back.',
      confirm: 'Replace',
    },
    reset: {
      title: 'Reset the profile?',
      text: 'Your changes to the profile “{{name}}” are lost; it is again as shipped. Your texts per period stay.',
      confirm: 'Reset',
      done: 'Profile “{{name}}” reset.',
    },
    delete: {
      title: 'Delete the profile?',
      text: 'The profile “{{name}}” is deleted. Your texts per period stay stored.',
      confirm: 'Delete',
      done: 'Profile “{{name}}” deleted.',
    },
    editor: {
      title: 'Edit report profile: {{name}}',
      name: 'Profile name',
      docTitle: 'Report title',
      subtitle: 'Subtitle',
      sections: 'Sections',
      sectionsHint: 'Change the order with the arrows; sections switched off are left out of the report.',
      enabled: '“{{title}}” in the report',
      off: 'switched off',
      moveUp: 'Move “{{title}}” up',
      moveDown: 'Move “{{title}}” down',
      remove: 'Remove “{{title}}”',
      details: 'Settings of “{{title}}”',
      sectionTitle: 'Heading',
      intro: "The profile's text block",
      introHint: 'Printed in every report of this profile, such as what the funder asks for.',
      withText: 'Own text per period',
      tables: 'Tables',
      tablesHint: 'In the report in this order.',
      chart: 'Chart',
      add: 'Add section',
      newSection: 'New section',
      ownSection: 'own section',
      saved: 'Profile “{{name}}” saved.',
    },
    charts: {
      none: 'No chart',
      inquiryMonths: 'Inquiries per month',
      volunteerMonths: 'Active volunteers per month',
    },
    file: {
      tooLarge: 'The file is larger than {{max}} KB; a report profile is much smaller.',
      notJson: 'The file is not a JSON file.',
      wrongFormat: 'The file is not an Anlaufstelle report profile.',
      newerVersion:
        'The file comes from a newer version of Anlaufstelle (format {{version}}); please update Anlaufstelle.',
      unknownTable: 'It names an unknown table (“{{table}}”).',
      invalidSection: 'Section {{section}} is incomplete or faulty.',
      invalid: 'Its content is not a valid report profile.',
      tooLong: {
        name: 'The profile name is too long (at most {{max, number}} characters).',
        title: 'The report title is too long (at most {{max, number}} characters).',
        section: 'Section {{section}}: a text is too long (at most {{max, number}} characters).',
      },
    },
    invalid: {
      sectionKey: 'A section has an invalid id (allowed: lower-case letters, digits, dashes).',
      id: 'The profile has an invalid id (allowed: lower-case letters, digits, dashes).',
      duplicateKey: 'Two sections have the same id.',
    },
  },
};
