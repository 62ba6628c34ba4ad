// Texts of the Team view: the team's workload per member and for the office.
export const workloadDe = {
  workload: {
    title: 'Team: Arbeitsaufwand',
    intro:
      'Anfragen, Stunden, Aktivitäten und Wiedervorlagen je Teammitglied und für die ganze Stelle – dieselben Zahlen wie in der Auswertung und im Jahresbericht.',
    membersTitle: 'Je Teammitglied',
    membersNote:
      '{{range}}, darunter das Vorjahr. Anfragen nach „Bearbeitet von“, Aktivitäten nach der Person, die die Arbeit gemacht hat, Wiedervorlagen nach „Zuständig“ (offen und davon überfällig am Ende des Zeitraums).',
    office: 'Stelle gesamt',
    notAssigned: 'ohne Zuordnung',
    columns: {
      member: 'Teammitglied',
      followups: 'offene Wiedervorlagen (überfällig)',
      median: 'Tage bis erledigt (Median)',
      urgent: 'dringend',
    },
    previousYear: 'Vorjahr {{value}}',
    followupsValue: '{{open, number}} ({{overdue, number}})',
    urgentValue: '{{count, number}} ({{share}} %)',
    openInquiries_one: '1 Anfrage von {{name}} anzeigen',
    openInquiries_other: '{{count, number}} Anfragen von {{name}} anzeigen',
    openOffice_one: 'Die 1 Anfrage des Zeitraums anzeigen',
    openOffice_other: 'Alle {{count, number}} Anfragen des Zeitraums anzeigen',
    openNotAssigned_one: '1 Anfrage ohne Zuordnung anzeigen',
    openNotAssigned_other: '{{count, number}} Anfragen ohne Zuordnung anzeigen',
    measure: 'Im Diagramm',
    measures: {
      inquiries: 'Anfragen',
      hours: 'Stunden',
      activities: 'Aktivitäten',
      openFollowups: 'offene Wiedervorlagen',
      overdueFollowups: 'überfällige Wiedervorlagen',
    },
    chartTitle: '{{measure}} je Teammitglied',
    followupsNote: 'Stand am Ende jedes Zeitabschnitts, nach „Zuständig“.',
  },
};
