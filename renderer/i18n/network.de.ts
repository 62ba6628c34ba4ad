// Texts for keeping the network clean: merging and deleting organisations, linking free-text
// referrals, same-named organisations, person dates and allowances, and the contact import's extras.
export const networkDe = {
  networkEdit: {
    merge: 'Zusammenführen …',
    delete: 'Löschen',
    mergeTitle: 'Organisation zusammenführen',
    mergeIntro:
      '„{{name}}“ geht in der Organisation auf, die Sie wählen: Personen, Anfragen (als anfragende Stelle und als Verweisziel) und Aktivitäten wechseln zu ihr, leere Angaben werden ergänzt. „{{name}}“ wird danach gelöscht und im Löschprotokoll vermerkt.',
    deleteLinkedTitle: 'Organisation löschen',
    deleteLinkedIntro:
      '„{{name}}“ ist noch verknüpft ({{links}}). Damit keine Verweise und Zahlen verloren gehen, wählen Sie eine Organisation, zu der diese Verknüpfungen wechseln; „{{name}}“ wird danach gelöscht.',
    links: {
      persons_one: '{{count}} Person',
      persons_other: '{{count}} Personen',
      requested_one: '{{count}} Anfrage von ihr',
      requested_other: '{{count}} Anfragen von ihr',
      referred_one: '{{count}} Verweis an sie',
      referred_other: '{{count}} Verweise an sie',
      activities_one: '{{count}} Aktivität',
      activities_other: '{{count}} Aktivitäten',
    },
    target: 'Organisation, die bleibt',
    sameName: 'gleicher Name',
    memberSince: 'Mitglied seit {{day}}',
    noLinks: 'keine Verknüpfungen',
    mergeConfirm: 'Zusammenführen und „{{name}}“ löschen',
    merged: '„{{from}}“ in „{{into}}“ zusammengeführt',
    deleteTitle: 'Organisation löschen?',
    deleteText:
      '„{{name}}“ wird gelöscht. Das Löschprotokoll vermerkt den Vorgang (ohne Inhalte). Das lässt sich nicht rückgängig machen.',
    deleteConfirm: 'Löschen',
    cancel: 'Abbrechen',
    deleted: 'Organisation „{{name}}“ gelöscht',
    failed: 'Das hat nicht geklappt. Es wurde nichts geändert.',
    referralTexts_one: '{{count}} Anfrage nennt ‚{{text}}‘ – mit dieser Organisation verknüpfen?',
    referralTexts_other: '{{count}} Anfragen nennen ‚{{text}}‘ – mit dieser Organisation verknüpfen?',
    linkReferrals: 'Verknüpfen',
    linked_one: '{{count}} Anfrage verknüpft',
    linked_other: '{{count}} Anfragen verknüpft',
    sameNameNew: 'Es gibt schon eine Organisation mit diesem Namen: {{names}}.',
    sameNameAgain: 'Erneut „Speichern“ legt sie trotzdem als neue Organisation an.',
    sameNameEdit:
      'Eine andere Organisation hat denselben Namen: {{names}}. Doppelte Einträge führen Sie auf der Seite der Organisation mit „Zusammenführen“ zusammen.',
    useExisting: 'Vorhandene verwenden',
    dayIncomplete: 'Das Datum ist unvollständig. Bitte als TT.MM.JJJJ eingeben oder das Feld leeren.',
    month: 'Monat (MM.JJJJ)',
    monthInvalid: 'Bitte den Monat als MM.JJJJ eingeben, z. B. 11.2026.',
    overCapTitle: 'Über der Obergrenze speichern?',
    overCapText:
      'Die Aufwandsentschädigung liegt über der monatlichen Obergrenze von {{cap}}: {{months}}. Trotzdem speichern?',
    overCapMonth: '{{month}}: {{sum}}',
    overCapConfirm: 'Trotzdem speichern',
    consentNone: 'nicht erfasst',
    consentNotRecorded: 'Einwilligung: nicht erfasst',
    mobileShort: 'mobil',
    importConsent: 'Einwilligung der neuen Personen',
    importConsentHint:
      'Importierte Personen haben zunächst keine Einwilligung („nicht erfasst“). Tragen Sie hier einen Zweck ein, gilt er für alle neu angelegten Personen dieses Imports (erteilt am Tag des Imports).',
    importConsentPurpose: 'Zweck (für alle neuen Personen)',
    importConsentGiven: 'Erteilt am',
  },
};
