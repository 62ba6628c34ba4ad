// Texts of the app shell: title bar, navigation and the search / command palette (Strg+K).
import type { DeepStrings } from './deepStrings';
import type { shellDe } from './shell.de';

export const shellEn: DeepStrings<typeof shellDe> = {
  app: {
    name: 'Anlaufstelle',
    skipToContent: 'Skip to content',
    navigation: 'Main navigation',
    lock: 'Lock',
    lockHint: 'Lock (Ctrl+L)',
    locking: 'Locking …',
    damagedRows: '{{count, number}} entries could not be read (damaged or altered). They are not shown.',
    snapshotFailed:
      'The quick-start copy could not be saved (for example because the disk is full). Your entries are saved; only unlocking takes longer. Anlaufstelle tries again every minute and when locking.',
  },
  nav: {
    today: 'Today',
    inquiries: 'Inquiries',
    followups: 'Follow-ups',
    network: 'Network',
    dashboard: 'Statistics',
    workload: 'Team',
    report: 'Reports',
    activities: 'Activities',
    funding: 'Funding',
    outreach: 'Public relations',
    settings: 'Settings',
  },
  search: {
    open: 'Search (Ctrl+K)',
    label: 'Search or type a command',
    placeholder: 'Inquiries, follow-ups, commands …',
    groups: {
      actions: 'Actions',
      inquiry: 'Inquiries',
      followup: 'Follow-ups',
      organisation: 'Organisations',
      person: 'People',
      activity: 'Activities',
    },
    noResults: 'Nothing found.',
    indexing: 'Building the search index … {{percent}} %',
    actions: {
      newInquiry: 'New inquiry',
      newFollowup: 'New follow-up',
      today: 'Open Today',
      inquiries: 'Open inquiries',
      followups: 'Open follow-ups',
      settings: 'Open settings',
      lock: 'Lock',
      network: 'Open network',
      activities: 'Open activities',
      newOrganisation: 'New organisation',
      newPerson: 'New person',
      newActivity: 'New activity',
    },
  },
};
