// Texts of the Jahresbericht screen: period, export buttons and the office's own text.
import type { DeepStrings } from './deepStrings';
import type { reportDe } from './report.de';

export const reportEn: DeepStrings<typeof reportDe> = {
  report: {
    title: 'Reports',
    tabs: { bericht: 'Report', kennzahlen: 'Key figures (state-wide comparison)' },
    profile: 'Report profile',
    period: 'Reporting period',
    currentYear: '{{year}} (to date)',
    customPeriod: 'Custom period …',
    from: 'From',
    to: 'To',
    periodInvalid: 'Please choose a valid period: “From” must be on or before “To”.',
    exportGroup: 'Export',
    exportHintBrowser:
      'PDF: in the print dialog, choose “Save as PDF” as the destination. PDF and DOCX hold the whole report with its charts, XLSX the tables and texts ready to print, CSV the tables only (with office, period and date of creation at the top). XLSX, CSV and DOCX are downloaded. Aggregated figures and your texts only.',
    exportHintDesktop:
      'PDF and DOCX hold the whole report with its charts, XLSX the tables and texts ready to print, CSV the tables only (with office, period and date of creation at the top). Aggregated figures and your texts only.',
    exporting: 'Creating {{kind}} …',
    exported: {
      pdf: 'PDF created.',
      xlsx: 'XLSX file saved.',
      csv: 'CSV file saved.',
      docx: 'DOCX file saved.',
    },
    exportFailed: 'The export failed. Please try again; your data is unchanged.',
    insertOutline: 'Insert an outline by field of action',
    textLabel: 'Your text: {{section}}',
    textReadOnly:
      'The coordinators write these texts; they come with the figures and are part of every export.',
    textHelp: 'Highlights, context – saved encrypted when you leave the field, and part of every export.',
    textSaving: 'Saving …',
    textSaved: 'Saved.',
    textFailed: 'Saving failed – the text is not stored yet. Please try again.',
  },
};
