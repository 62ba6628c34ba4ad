// Texts every form shares: the save and cancel buttons and the validation messages.
import type { DeepStrings } from './deepStrings';
import type { commonDe } from './common.de';

export const commonEn: DeepStrings<typeof commonDe> = {
  form: {
    save: 'Save',
    saveHint: 'Save (Ctrl+Enter)',
    cancel: 'Cancel',
    saving: 'Saving …',
  },
  validation: {
    titleRequired: 'Please enter a title.',
    nameRequired: 'Please enter a name.',
    email: 'Please enter a valid e-mail address.',
    consentPurpose: 'Please state the purpose of the consent.',
    month: 'Please give the month as MM/YYYY.',
    time: 'Please give a time from 00:00 to 23:59 (hh:mm).',
    monthsRange: 'Please enter a value between 1 and 60 months.',
    notNegative: 'Please do not enter a negative number.',
    tooLarge: 'The number is too large.',
    required: 'Please choose one.',
    topicRequired: 'Please choose at least one topic.',
    subjectRequired: 'Please enter a subject.',
    dateRequired: 'Please enter date and time.',
    dateInvalid: 'Please enter a valid date as DD/MM/YYYY hh:mm.',
    tooLong: 'The text is too long.',
    number: 'Please enter a number.',
    wholeNumber: 'Please enter a whole number.',
    autoLockRange: 'Please enter a value between 1 and 240 minutes.',
    invalid: 'Please check the input.',
  },
};
