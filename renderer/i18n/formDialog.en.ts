// Texts of the form dialog shell (components/form/FormDialog.tsx), shared by every form dialog.
import type { DeepStrings } from './deepStrings';
import type { formDialogDe } from './formDialog.de';

export const formDialogEn: DeepStrings<typeof formDialogDe> = {
  formDialog: {
    discardTitle: 'Discard input?',
    discardText: 'Your input is not saved yet. Closing the window loses it.',
    leaveScreenText: 'Your input on this page is not saved yet. Leaving the page loses it.',
    discard: 'Discard',
    keepEditing: 'Keep editing',
  },
};
