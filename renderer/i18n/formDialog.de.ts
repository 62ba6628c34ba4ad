// Texts of the form dialog shell (components/form/FormDialog.tsx), shared by every form dialog.
export const formDialogDe = {
  formDialog: {
    discardTitle: 'Eingaben verwerfen?',
    discardText:
      'Ihre Eingaben sind noch nicht gespeichert. Wenn Sie das Fenster schließen, gehen sie verloren.',
    leaveScreenText:
      'Ihre Eingaben auf dieser Seite sind noch nicht gespeichert. Wenn Sie die Seite wechseln, gehen sie verloren.',
    discard: 'Verwerfen',
    keepEditing: 'Weiter bearbeiten',
  },
};
