// Texts of the contact import (CSV and vCard): file, column mapping and preview.
import type { DeepStrings } from './deepStrings';
import type { contactImportDe } from './contactImport.de';

export const contactImportEn: DeepStrings<typeof contactImportDe> = {
  import: {
    title: 'Import contacts',
    choose: 'Choose a file (CSV or vCard)',
    intro:
      'CSV from Excel or Outlook (delimiter ; or ,) or vCard files (.vcf). Nothing is taken over before you confirm the preview.',
    encoding: 'Encoding: {{encoding}}',
    format: 'Format: {{format}}',
    mapping: 'Column mapping',
    column: 'Column for “{{field}}”',
    noColumn: '(none)',
    fields: {
      firstName: 'First name',
      lastName: 'Last name',
      fullName: 'Full name',
      organisation: 'Organisation',
      function: 'Function',
      email: 'E-mail',
      phone: 'Phone',
      mobile: 'Mobile phone',
      street: 'Street',
      postalCode: 'Postcode',
      city: 'City',
      notes: 'Notes',
    },
    addressToOrganisation: 'saved with the organisation',
    preview_one: 'Preview (1 contact)',
    preview_other: 'Preview ({{count, number}} contacts)',
    duplicate: 'possible duplicate of {{name}}',
    decision: 'Handling of line {{line}}',
    decisions: { new: 'create new', skip: 'skip', merge: 'merge' },
    apply: 'Take over',
    doneSkipped:
      '{{persons}} people and {{organisations}} organisations imported, {{merged}} merged. Faulty rows skipped: {{skipped}}.',
    previewWithProblems_one: 'Preview (1 contact, {{lines}} faulty)',
    previewWithProblems_other: 'Preview ({{count, number}} contacts, {{lines}} faulty)',
    lines_one: '1 row',
    lines_other: '{{count, number}} rows',
    badRow: 'not taken over',
    rowProblems: {
      name: 'Row {{line}}, name: the row has neither a name nor an organisation.',
      email: 'Row {{line}}, e-mail: “{{value}}” is not a valid e-mail address.',
    },
    cardProblems: {
      name: 'vCard {{line}}, name: the card has neither a name nor an organisation.',
      email: 'vCard {{line}}, e-mail: “{{value}}” is not a valid e-mail address.',
    },
    cardWithoutName:
      'vCard number {{line}} has neither a name nor an organisation. This card cannot be taken over.',
    cardBadEmail:
      'vCard number {{line}}: “{{value}}” is not a valid e-mail address. This card cannot be taken over.',
    moreProblems: '… and {{count, number}} more faulty rows (marked in the preview).',
    skipBad: 'Skip faulty rows and import only the valid contacts',
    applySkipping_one: 'Import 1 contact, skip {{lines}}',
    applySkipping_other: 'Import {{count, number}} contacts, skip {{lines}}',
    done: '{{persons}} people and {{organisations}} organisations imported, {{merged}} merged.',
    csvQuotes: 'The file is not valid CSV: line {{line}} lacks a closing quote.',
    csvEmpty: 'The file contains no contacts. Please save it from Excel or Outlook as CSV with a header row.',
    noNameColumn: 'No column for names or organisation found. Please check the column mapping.',
    rowWithoutName:
      'Line {{line}} contains neither a name nor an organisation. This row cannot be taken over.',
    rowBadEmail: 'Line {{line}}: “{{value}}” is not a valid e-mail address. This row cannot be taken over.',
    vcardNone: 'The file contains no vCard. Please choose a .vcf file.',
    vcardBroken: 'The vCard file is damaged and cannot be read. Nothing was imported.',
    vcardWithoutName: 'vCard number {{card}} contains no name. Nothing was imported.',
    binary: 'The file is not a text file (CSV or vCard). Please save it in Excel as “CSV UTF-8”.',
    tooLarge:
      'The file is too large ({{size}} MB). At most {{max}} MB can be read; please split the contacts into several files. Nothing was imported.',
    failed: 'The import failed. Nothing was changed.',
  },
};
