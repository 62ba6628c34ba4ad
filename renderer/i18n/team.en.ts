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
      databaseHelp: 'The office’s database (from IT)',
      user: 'User name (server)',
      password: 'Password (server)',
      passwordHelp: 'Stays on this computer; it is never synced or backed up.',
      office: 'Name of the office',
      name: 'Your name',
      role: 'Your role',
      device: 'This computer',
      deviceHelp: 'To tell them apart, e.g. “Office PC 2” or “Laptop”',
      code: 'Invitation code',
      codeHelp: '14 groups of four, as on the invitation; case does not matter',
    },
    roles: { koordination: 'Coordination', leitung: 'Lead', verwaltung: 'Administration' },
    setUpTitle: 'Set up a team',
    setUpIntro:
      'This vault becomes the office’s shared log. All entries are encrypted with a new team key and uploaded to the server; then you can invite colleagues.',
    setUpSubmit: 'Set up team',
    setUpWorking: 'Setting up …',
    joinTitle: 'Join a team',
    joinIntro:
      'Enter the access data from IT and the invitation code a team member made for you. The office’s log is then downloaded to this computer; entries already in this vault are added.',
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
    columns: { name: 'Name', role: 'Role', device: 'Computer', since: 'Member since' },
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
    cancel: 'Cancel',
    removed: '{{name}} was removed from the team. Ask IT to delete the server user as well.',
    removing: 'Removing …',
    actions: 'Actions',
    status: {
      syncing: 'Syncing …',
      syncingCount: 'Syncing … {{done, number}} entries',
      synced: 'Synced · {{ago}}',
      offline: 'Offline – {{waiting}}',
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
      notThisTeam:
        'This database does not hold this team’s log. Please check the server address and database. Nothing was changed.',
    },
  },
};
