// Texts for "one unlocked window per vault": the second window's notice and the takeover.
export const windowDe = {
  window: {
    otherTitle: 'Anlaufstelle ist bereits in einem anderen Fenster geöffnet',
    otherText:
      'Der Tresor ist immer nur in einem Fenster entsperrt, damit keine Einträge verloren gehen. Wenn Sie hier weiterarbeiten, wird das andere Fenster gesperrt. Was dort gespeichert ist, bleibt erhalten; Eingaben, die dort noch nicht gespeichert sind, gehen verloren.',
    continueHere: 'Hier weiterarbeiten',
    takingOver: 'Das andere Fenster wird gesperrt …',
    takenOverTitle: 'In einem anderen Fenster geöffnet',
    takenOverText: 'Anlaufstelle wurde in einem anderen Fenster geöffnet. Dieses Fenster wird gesperrt …',
    refusedWrite:
      'Eine Änderung in diesem Fenster wurde nicht gespeichert, weil Anlaufstelle inzwischen in einem anderen Fenster geöffnet wurde. Bitte prüfen Sie nach dem Entsperren Ihre letzte Eingabe.',
    refusedClose: 'Hinweis schließen',
  },
};
