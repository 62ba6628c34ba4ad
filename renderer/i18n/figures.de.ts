// Texts for correct figures: "ohne Angabe" in charts, German amounts and plausible dates.
export const figuresDe = {
  figures: {
    otherReferrals_one: 'Weitere ({{count}} Verweisziel)',
    otherReferrals_other: 'Weitere ({{count}} Verweisziele)',
    period: {
      incomplete: 'Bitte ein Datum zwischen 1900 und 2199 eingeben (TT.MM.JJJJ).',
      order: '„Bis“ liegt vor „Von“.',
      stillShowing: 'Die Zahlen gelten weiter für {{range}}, bis beide Daten vollständig sind.',
    },
    folded: 'Weitere ({{n}})',
    hoursWithoutMember: 'Stunden ohne „Bearbeitet von“',
    hoursNote:
      'Stunden: Zeitaufwand der Anfragen und Arbeitszeit der Aktivitäten, je Teammitglied nach „Bearbeitet von“ (zusammen so viel wie die Spalte „Stunden“).',
    notSet: 'ohne Angabe',
    date: {
      impossible: 'Dieses Datum ist nicht möglich. Bitte prüfen Sie das Jahr.',
      farFuture: '„{{label}}“ ist der {{date}}, mehr als ein Jahr in der Zukunft.',
      beforeFirstUse: '„{{label}}“ ist der {{date}}, vor der ersten Nutzung dieses Tresors ({{firstUse}}).',
      confirmTitle: 'Datum prüfen',
      confirm: 'Trotzdem speichern',
      correct: 'Datum korrigieren',
    },
    number: {
      invalid_euro: 'Bitte einen Betrag wie 85,50 eingeben.',
      invalid_minutes: 'Bitte Minuten (90) oder Stunden (1,5 h) eingeben.',
      invalid_count: 'Bitte eine ganze Zahl eingeben.',
      tooPrecise_euro: 'Höchstens zwei Stellen nach dem Komma (Cent).',
      tooPrecise_minutes: 'Bitte ganze Minuten eingeben.',
      tooPrecise_count: 'Bitte eine ganze Zahl eingeben.',
      tooLarge: 'Die Zahl ist zu groß.',
      required: 'Bitte ausfüllen.',
    },
  },
};
