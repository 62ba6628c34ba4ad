// Texts of the app shell: title bar, navigation and the search / command palette (Strg+K).
export const shellDe = {
  app: {
    name: 'Anlaufstelle',
    skipToContent: 'Zum Inhalt springen',
    navigation: 'Hauptnavigation',
    lock: 'Sperren',
    lockHint: 'Sperren (Strg+L)',
    locking: 'Wird gesperrt …',
    damagedRows:
      '{{count, number}} Einträge konnten nicht gelesen werden (beschädigt oder verändert). Sie werden nicht angezeigt.',
    snapshotFailed:
      'Die Schnellstart-Kopie konnte nicht gespeichert werden (zum Beispiel, weil der Datenträger voll ist). Ihre Einträge sind gespeichert; nur das Entsperren dauert länger. Anlaufstelle versucht es jede Minute und beim Sperren erneut.',
  },
  nav: {
    today: 'Heute',
    inquiries: 'Anfragen',
    followups: 'Wiedervorlagen',
    network: 'Netzwerk',
    dashboard: 'Auswertung',
    report: 'Jahresbericht',
    activities: 'Aktivitäten',
    settings: 'Einstellungen',
  },
  search: {
    open: 'Suche (Strg+K)',
    label: 'Suchen oder Befehl eingeben',
    placeholder: 'Anfragen, Wiedervorlagen, Befehle …',
    groups: {
      actions: 'Aktionen',
      inquiry: 'Anfragen',
      followup: 'Wiedervorlagen',
      organisation: 'Organisationen',
      person: 'Personen',
      activity: 'Aktivitäten',
    },
    noResults: 'Nichts gefunden.',
    indexing: 'Suchindex wird aufgebaut … {{percent}} %',
    actions: {
      newInquiry: 'Neue Anfrage',
      newFollowup: 'Neue Wiedervorlage',
      today: 'Heute öffnen',
      inquiries: 'Anfragen öffnen',
      followups: 'Wiedervorlagen öffnen',
      settings: 'Einstellungen öffnen',
      lock: 'Sperren',
      network: 'Netzwerk öffnen',
      activities: 'Aktivitäten öffnen',
      newOrganisation: 'Neue Organisation',
      newPerson: 'Neue Person',
      newActivity: 'Neue Aktivität',
    },
  },
};
