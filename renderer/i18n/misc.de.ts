// Texts for smaller correctness findings: the takeover's lock reason, the recovery key reminder,
// "Demo ansehen" beside a real vault, date plausibility on edits, Löschfristen counts and progress.
export const miscDe = {
  misc: {
    password: {
      unchanged: 'Das neue Passwort ist dasselbe wie das aktuelle. Bitte wählen Sie ein anderes Passwort.',
    },
    window: {
      takenOverReason:
        'Dieses Fenster wurde gesperrt, weil Anlaufstelle in einem anderen Fenster mit „Hier weiterarbeiten“ übernommen wurde. Gespeicherte Einträge sind erhalten.',
    },
  },
};
