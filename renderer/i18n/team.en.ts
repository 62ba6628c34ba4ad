// Texts of the office team: Settings → Team, its dialogs, and the sync status in the top bar.
import type { DeepStrings } from './deepStrings';
import type { teamDe } from './team.de';

export const teamEn: DeepStrings<typeof teamDe> = {
  team: {
    title: 'Team',
    intro:
      'Several colleagues keep one shared log: each works at their own computer, also without a network; the changes are exchanged through the district’s CouchDB server. The server stores only encrypted data – no names, dates or texts.',
    notInTeam: 'This vault does not belong to a team.',
    setUp: 'Set up a team …',
    join: 'Join a team …',
    office: 'Office',
    server: 'Server',
    database: 'Database',
    fields: {
      server: 'Server address',
      serverHelp: 'From IT, e.g. https://couchdb.district.example:6984',
      database: 'Database',
      databaseHelp: 'The office’s database (from IT); as lead or budget office: the statistics database',
      statsDatabase: 'Statistics database',
      statsDatabaseHelp:
        'Created by IT. Access: all coordinators, the lead and the budget office – not the office’s database.',
      user: 'User name (server)',
      password: 'Password (server)',
      passwordHelp: 'Stays on this computer; it is never synced or backed up.',
      office: 'Name of the office',
      name: 'Your name',
      invitedRole: 'Role of the person invited',
      device: 'This computer',
      deviceHelp: 'To tell them apart, e.g. “Office PC 2” or “Laptop”',
      code: 'Invitation code',
      codeHelp: '14 groups of four, as on the invitation; case does not matter',
    },
    roles: {
      koordination: 'Coordination',
      leitung: 'Lead (figures only)',
      verwaltung: 'Budget (figures and funding)',
    },
    setUpTitle: 'Set up a team',
    setUpIntro:
      'This vault becomes the office’s shared log. All entries are encrypted with a new team key and uploaded to the server; then you can invite colleagues.',
    setUpSubmit: 'Set up team',
    setUpWorking: 'Setting up …',
    joinTitle: 'Join a team',
    joinIntro:
      'Enter the access data from IT and the invitation code a team member made for you. The office’s log is then downloaded to this computer; entries already in this vault are added. The role comes with the invitation: a code for the lead brings the figures only, one for the budget office the figures and the funding file – both with the statistics database.',
    joinSubmit: 'Join',
    joinWorking: 'Joining …',
    joined: 'You joined the team “{{office}}”.',
    setUpDone: 'The team “{{office}}” is set up.',
    access: 'Change access data …',
    accessTitle: 'Change access data',
    accessIntro:
      'If IT gave you a new password or moved the office’s database: enter the new access data. The server is checked first; it must hold this team’s log.',
    accessSubmit: 'Save',
    accessWorking: 'Checking …',
    accessChanged: 'The new access data is saved.',
    invite: 'Invite a member …',
    inviteTitle: 'Invite a member',
    inviteIntro:
      'Enter this code on the new computer under “Join a team”, together with the access data IT created for this person. The code works once and until {{date}}.',
    inviteWarning:
      'Whoever has the code and access to the server can read the log: hand it over in person only, not by e-mail.',
    inviteWhere: 'Server: {{server}} · Database: {{database}}',
    inviting: 'Creating the invitation …',
    print: 'Print',
    close: 'Close',
    members: 'Members',
    columns: {
      name: 'Name',
      role: 'Role',
      device: 'Computer',
      since: 'Member since',
      lastSync: 'Last synced',
    },
    thisDevice: 'this computer',
    removedOn: 'removed on {{date}}',
    rekeyIntro_one:
      'A team member deleted or anonymised {{count, number}} entry. So that the removed content is no longer readable in this computer’s storage files either, the vault is now written anew with a new key.',
    rekeyIntro_other:
      'A team member deleted or anonymised {{count, number}} entries. So that the removed content is no longer readable in this computer’s storage files either, the vault is now written anew with a new key.',
    syncNow: 'Sync now',
    remove: 'Remove …',
    removeLabel: 'Remove {{name}} from the team',
    removeTitle: 'Remove {{name}} from the team?',
    removeText:
      'The log is encrypted with a new team key that only the remaining members get: {{name}} cannot read what is written from now on. What is already on the computer of {{name}} cannot be taken back. Ask IT to delete this person’s server user as well.',
    removeConfirm: 'Remove',
    makeLead: 'Make lead …',
    makeLeadLabel: 'Make {{name}} lead',
    makeLeadTitle: 'Make {{name}} lead?',
    makeLeadText:
      'The log gets a new team key that the computer of {{name}} does not receive: it can no longer read new entries. What is already on that computer cannot be taken back. Then invite {{name}} with “Invite the lead …”; the lead joins with a new, empty vault and receives the figures only. Ask IT to take the server user of {{name}} out of the office’s database and add it to the statistics database.',
    makeLeadConfirm: 'Make lead',
    madeLead:
      'The computer of {{name}} receives no new entries. Now invite {{name}} as lead with “Invite the lead …”.',
    removeLeadLabel: 'Remove {{name}} ({{role}})',
    removeLeadTitle: 'Remove {{name}}?',
    removeLeadText:
      'The figures and the funding file get new keys that the computer of {{name}} does not receive: it can read no new figures or funding records; what it already has stays there. Ask IT to delete the server user of {{name}}.',
    statsFailed:
      'The figures for the lead were not published: {{reason}} (statistics database: {{database}}). The team’s log is in sync; please ask IT whether the database exists and you have access.',
    inviteLead: 'Invite the lead …',
    inviteLeadTitle: 'Invite the lead or budget office',
    inviteLeadIntro:
      'The lead and the budget office see the office’s figures – statistics, team, annual report – but no names, subjects, notes or free text. The budget office also reads the funding file (projects, receipts, payment requests, deadlines) without changing it. The figures are kept in a database of their own, encrypted with a key of their own, the funding file with a second key that only the budget office receives. IT creates the database and gives them access to it alone.',
    inviteLeadSubmit: 'Create code',
    inviteLeadWarning:
      'With this code and access to the statistics database the office’s figures can be read (no names). Hand it over in person only. The lead joins with a new, empty vault.',
    inviteHaushaltWarning:
      'With this code and access to the statistics database the office’s figures and the funding file can be read, with the names on the receipts. Hand it over in person only. The budget office joins with a new, empty vault.',
    haushaltIntro:
      'This computer is the budget office’s: it receives the office’s figures and the funding file from the statistics database – no names, subjects, notes or free text of the inquiries. Entries and changes are made on the coordinators’ computers.',
    leadIntro:
      'This computer is the lead’s: it receives the office’s figures from the statistics database – no names, subjects, notes or free text. Entries are made on the coordinators’ computers.',
    cancel: 'Cancel',
    removed: '{{name}} was removed from the team. Ask IT to delete the server user as well.',
    everywhere: 'You work in a team: this applies on every computer of the team once they sync.',
    leave: 'Leave the team …',
    leaveTitle: 'Leave the team?',
    leaveText:
      'This computer stops syncing; every record stays here. The server access data and the team’s keys are deleted from this computer. Ask another member to remove you from the team (the team then gets a new key), and IT to delete your server user.',
    leaveTextLead:
      'This computer stops syncing. The figures and funding records it received from the statistics database are deleted from it, as are the access data and keys. Ask the coordinators to remove you from the team, and IT to delete your server user.',
    leaveConfirm: 'Leave the team',
    left: 'You left the team. This computer no longer syncs.',
    removing: 'Removing …',
    actions: 'Actions',
    invitations: {
      waiting_one: '1 invitation has not been used yet (or has expired).',
      waiting_other: '{{count, number}} invitations have not been used yet (or have expired).',
      withdraw: 'Withdraw invitations …',
      withdrawTitle: 'Withdraw invitations?',
      withdrawText:
        'Every invitation code not used yet stops working. Members who already joined stay in the team.',
      withdrawConfirm: 'Withdraw',
      withdrawn_one: '1 invitation withdrawn',
      withdrawn_other: '{{count, number}} invitations withdrawn',
    },
    conflicts: {
      title_one: '1 record with a conflict',
      title_other: '{{count, number}} records with conflicts',
      text: 'Two members changed the same field while apart. The later change applies; the other value is noted with name and time in the record (in an inquiry’s history).',
      entry_one: '1 value replaced, last on {{at}}',
      entry_other: '{{count, number}} values replaced, last on {{at}}',
      more: '… and {{count, number}} more',
      inRecord: 'Conflict: a value was replaced by a later change',
      untitled: 'untitled',
      seen: 'Seen',
      seenHint: 'Hides these notes; new conflicts appear again. The records’ history keeps them.',
      seenDone: 'Conflicts marked as seen',
    },
    status: {
      syncing: 'Syncing …',
      syncingCount: 'Syncing … {{done, number}} entries',
      synced: 'Synced · {{ago}}',
      offline: 'Offline – {{waiting}}',
      offlineSince: 'Offline – {{waiting}} · last synced {{ago}}',
      serverAway: 'Server not reachable – {{waiting}}',
      serverAwaySince: 'Server not reachable – {{waiting}} · last synced {{ago}}',
      failed: 'Not synced: {{reason}}',
      waiting_one: '{{count, number}} change waiting',
      waiting_other: '{{count, number}} changes waiting',
      nothingWaiting: 'no change waiting',
      justNow: 'just now',
      minutesAgo: '{{count, number}} min ago',
      hoursAgo: '{{count, number}} h ago',
      at: 'on {{date}}',
      never: 'never',
      label: 'Sync status',
    },
    failure: {
      unreachable: 'Server not reachable',
      certificate: 'The server’s certificate is not trusted',
      unauthorized: 'Wrong user name or password',
      forbidden: 'No access to the office’s database',
      notFound: 'There is no such database on the server',
      notCouch: 'No CouchDB server answers at this address. Please check the server address',
      revoked: 'This computer was removed from the team',
      server: 'The server reports an error',
    },
    errors: {
      required: 'Please fill in.',
      invalidUrl: 'Please give a complete address, e.g. https://couchdb.district.example:6984',
      httpsRequired:
        'Please give an address with https://. Without encryption only a server on this computer itself works (localhost).',
      databaseInUse:
        'This database already holds a team’s log. Please join that team or use an empty database from IT.',
      malformed: 'The invitation code is incomplete or has a typo.',
      wrongOrUsed:
        'This invitation code does not exist or was used already. Please ask a team member for a new one.',
      expired: 'This invitation code has expired (after 7 days). Please ask a team member for a new one.',
      failed: 'That did not work: {{reason}}. Nothing was changed.',
      officeDatabase:
        'That is the office’s database. The lead needs a statistics database of its own, created by IT (access: the coordinators and the lead). Nothing was changed.',
      leadsElsewhere:
        'The lead already reads from the database “{{current}}”. Please invite further people into the same database. Nothing was changed.',
      leadVaultNotEmpty:
        'This code is for the lead, who joins with an empty vault so that only figures are on this computer. This vault already holds entries. Please create a new vault on this computer. Nothing was changed; the code still works.',
      notThisTeam:
        'This database does not hold this team’s log. Please check the server address and database. Nothing was changed.',
    },
  },
};
