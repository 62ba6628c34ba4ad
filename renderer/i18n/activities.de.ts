// Texts of the Aktivitäten screen and its dialog: series (edit or cancel one date, the rest or all),
// deleting, and limits that name their number.
export const activitiesDe = {
  activities: {
    title: 'Aktivitäten',
    new: 'Neue Aktivität',
    edit: 'Aktivität bearbeiten',
    empty:
      'Noch keine Aktivitäten. Erfassen Sie Netzwerktreffen, Veranstaltungen, Schulbesuche oder Pressearbeit.',
    saved: 'Aktivität gespeichert',
    savedSeries: '{{count, number}} Termine gespeichert',
    fields: {
      date: 'Datum',
      startTime: 'Beginn (hh:mm)',
      duration: 'Dauer (Min.)',
      type: 'Aktivitätsart',
      title: 'Titel',
      organisations: 'Beteiligte Organisationen',
      volunteers: 'Beteiligte Integrationslotsen',
      participants: 'Teilnehmende',
      municipality: 'Gemeinde',
      minutes: 'Zeitaufwand der Stelle (Min.)',
      notes: 'Notizen',
    },
    recurrence: 'Wiederholung',
    recurrences: { none: 'keine', weekly: 'wöchentlich', biweekly: 'alle zwei Wochen', monthly: 'monatlich' },
    occurrences: 'Anzahl Termine',
    withFollowup: 'Wiedervorlage anlegen',
    filter: 'Suche in Aktivitäten',
    shown: '{{shown}} von {{total}}',
  },
  activitySeries: {
    partOf: 'Termin einer Reihe',
    position: 'Termin {{position}} von {{count, number}} einer Reihe',
    editTitle: 'Termin einer Reihe ändern',
    deleteTitle: 'Termin einer Reihe löschen',
    intro:
      'Diese Aktivität gehört zu einer Reihe mit {{count, number}} Terminen. Welche Termine sind gemeint?',
    scopes: {
      one: 'Nur diesen Termin',
      following: 'Diesen und alle folgenden',
      all: 'Alle Termine der Reihe',
    },
    dates_one: '{{count, number}} Termin',
    dates_other: '{{count, number}} Termine',
    participantsKept: 'Die erfassten Teilnehmerzahlen der einzelnen Termine bleiben erhalten.',
    deleteHint:
      'Gelöschte Termine zählen in keiner Auswertung mehr. Das Löschen wird im Löschprotokoll vermerkt.',
    save: 'Speichern',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    deleteOneTitle: 'Aktivität löschen?',
    deleteOneText:
      '„{{title}}“ am {{date}} wird gelöscht und zählt in keiner Auswertung mehr. Das Löschen wird im Löschprotokoll vermerkt.',
    deleted_one: 'Aktivität gelöscht',
    deleted_other: '{{count, number}} Termine gelöscht',
    deleteFailed: 'Das Löschen ist fehlgeschlagen. Es wurde nichts geändert.',
  },
  validationLimits: {
    chars: 'Bitte höchstens {{max}} Zeichen eingeben.',
    minutes: 'Bitte höchstens {{max}} Minuten ({{hours}} Stunden) eingeben.',
    number: 'Bitte höchstens {{max}} eingeben.',
  },
};
