// Texts of the Team view: the team's workload per member and for the office.
import type { DeepStrings } from './deepStrings';
import type { workloadDe } from './workload.de';

export const workloadEn: DeepStrings<typeof workloadDe> = {
  workload: {
    title: 'Team: workload',
    intro:
      'Inquiries, hours, activities and follow-ups per team member and for the whole office – the same figures as in Statistics and the annual report.',
    membersTitle: 'Per team member',
    membersNote:
      '{{range}}, with the previous year below. Inquiries by "Handled by", activities by the person who did the work, follow-ups by "Responsible" (open, and of those overdue, at the end of the period).',
    office: 'Whole office',
    notAssigned: 'not assigned',
    columns: {
      member: 'Team member',
      followups: 'Open follow-ups (overdue)',
      median: 'Days to done (median)',
      urgent: 'Urgent',
    },
    previousYear: 'previous year {{value}}',
    followupsValue: '{{open, number}} ({{overdue, number}})',
    urgentValue: '{{count, number}} ({{share}} %)',
    openInquiries_one: 'Show 1 inquiry of {{name}}',
    openInquiries_other: 'Show {{count, number}} inquiries of {{name}}',
    openOffice_one: 'Show the 1 inquiry of the period',
    openOffice_other: 'Show all {{count, number}} inquiries of the period',
    openNotAssigned_one: 'Show 1 inquiry not assigned',
    openNotAssigned_other: 'Show {{count, number}} inquiries not assigned',
    measure: 'In the chart',
    measures: {
      inquiries: 'Inquiries',
      hours: 'Hours',
      activities: 'Activities',
      openFollowups: 'Open follow-ups',
      overdueFollowups: 'Overdue follow-ups',
    },
    chartTitle: '{{measure}} per team member',
    followupsNote: 'As at the end of each period, by "Responsible".',
  },
};
