// Texts of the form dialog shell (components/form/FormDialog.tsx), shared by every form dialog.
export const formDialogEn = {
  formDialog: {
    discardTitle: 'Discard input?',
    discardText: 'Your input is not saved yet. Closing the window loses it.',
    discard: 'Discard',
    keepEditing: 'Keep editing',
  },
};
