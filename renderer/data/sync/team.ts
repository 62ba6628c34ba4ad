// Setting up a team, inviting a member, joining: the steps of Einstellungen → Team. Each step checks
// the server first (address, user, password, membership), so a mistake changes nothing here.
import { nextMeta } from '../../../shared/domain/recordMeta';
import { memberId, type MemberData, type MemberRole, type TeamDevice } from '../../../shared/domain/team';
import { LIST_ID_PREFIX, SETTINGS_ID } from '../../../shared/domain/settings';
import { addEntry } from '../../../shared/domain/lists';
import { randomBytes, toHex } from '../../../shared/crypto/bytes';
import { RETENTION_ID } from '../../../shared/retention/retention';
import { settingsPayloadOf } from '../../../shared/storage/records';
import { CouchClient, SyncError, type CouchAccount, type CouchDoc } from '../../../shared/sync/couchClient';
import { docIdFor, isRecordDocId, openDoc } from '../../../shared/sync/syncDoc';
import { RECORD_TABLES, type RecordTable } from '../../../shared/storage/envelope';
import { markOfPayload, withMark, type PayloadShape } from '../../../shared/sync/payloadVersion';
import type { TeamSecret } from '../../../shared/sync/syncDoc';
import {
  formatInvitationCode,
  invitationExpiry,
  newDeviceIdentity,
  newInvitationCode,
  newTeamSecret,
  nextTeamKey,
  wrapForDevice,
} from '../../../shared/sync/teamKeys';
import {
  pendingInvitations,
  publishInvitation,
  publishKeyDocs,
  consumeInvitation,
  peekInvitation,
  revokeInvitations,
} from '../../../shared/sync/teamServer';
import type { OpenVault } from '../vault';
import type { Invitation } from '../../../shared/sync/teamKeys';
import {
  announceLead,
  announcementMark,
  holdsFullRecords,
  LeadVaultNotEmptyError,
  shareStatisticsKey,
} from './lead';
import { readDeviceSettings, readSettings, saveDeviceSettings, saveSettings } from '../settings';
import { teamMembers } from './members';
import { removeTeamStamp } from './syncStamp';
import { decodeTeamSecret, encodeTeamSecret, readTeam, saveTeam, teamKeys } from './teamState';
import { syncFetch } from './transport';

export interface MemberProfile {
  name: string;
  role: MemberRole;
  device: string;
}

/** The office's database already holds another team's records: set-up refuses it. */
export class DatabaseInUseError extends Error {
  constructor() {
    super('the database already holds records');
    this.name = 'DatabaseInUseError';
  }
}

function client(account: CouchAccount): CouchClient {
  return new CouchClient(account, syncFetch);
}

/** Checks address, user, password and membership; throws SyncError with the reason. */
async function checkAccount(account: CouchAccount): Promise<CouchClient> {
  const couch = client(account);
  await couch.info();
  return couch;
}

async function saveMember(vault: OpenVault, member: MemberData, now: Date): Promise<void> {
  const id = memberId(vault.deviceId);
  const previous = settingsPayloadOf('member', vault.store.get('settings', id));
  await vault.put('settings', id, { data: member, meta: nextMeta(previous?.meta, now, vault.deviceId) });
}

/**
 * "Team einrichten": this vault becomes the team's. The database must be empty of records (a
 * database another team uses is refused); the upload itself is the sync engine's first round.
 */
export async function setUpTeam(
  vault: OpenVault,
  account: CouchAccount,
  office: string,
  profile: MemberProfile,
  now = new Date(),
): Promise<void> {
  const couch = await checkAccount(account);
  const { results } = await couch.changes('0', 50);
  if (results.some((row) => isRecordDocId(row.id) || row.id.startsWith('key-')))
    throw new DatabaseInUseError();
  const { identity, recipient } = await newDeviceIdentity();
  const team: TeamDevice = {
    ...account,
    office,
    identity,
    recipient,
    keys: [encodeTeamSecret(newTeamSecret())],
  };
  await saveTeam(vault, team);
  await saveMember(vault, { ...profile, recipient, joinedAt: now.toISOString() }, now);
  // One name for the office: the top bar shows what the team was set up as.
  const settings = readSettings(vault.store);
  if (settings.officeName !== office) await saveSettings(vault, { ...settings, officeName: office }, now);
  await adoptMemberName(vault, profile.name, now);
}

/**
 * "Ich bin", "Bearbeitet von" and the history name people from the list "Team (Bearbeiter/innen)":
 * the member's name is put in it (an entry of that name is taken as it is) and this computer's
 * "Ich bin" set to it, unless it names somebody already. After joining: only once the first round
 * succeeded (a list written from the defaults before the office's arrived would win over theirs);
 * the sync engine does that (`TeamDevice.adoptName`).
 */
export async function adoptMemberName(vault: OpenVault, name: string, now = new Date()): Promise<void> {
  const label = name.trim();
  if (!label || readDeviceSettings(vault).currentUserId) return;
  const settings = readSettings(vault.store);
  const entries = settings.lists.teamMembers;
  let entry = entries.find((e) => e.label.toLocaleLowerCase('de') === label.toLocaleLowerCase('de'));
  if (!entry) {
    const id = `${LIST_ID_PREFIX.teamMembers}-${toHex(randomBytes(6))}`;
    const lists = { ...settings.lists, teamMembers: addEntry(entries, label, id) };
    await saveSettings(vault, { ...settings, lists }, now);
    entry = { id, label };
  }
  await saveDeviceSettings(vault, { currentUserId: entry.id }, now);
}

/** "Mitglied einladen": a one-time code for a new member's computer, valid seven days. */
export async function inviteMember(
  vault: OpenVault,
  now = new Date(),
): Promise<{ code: string; expiresAt: string; server: string; database: string }> {
  const team = readTeam(vault);
  if (!team) throw new Error('not in a team');
  const couch = await checkAccount(team);
  const code = newInvitationCode();
  const expiresAt = invitationExpiry(now);
  const me = settingsPayloadOf('member', vault.store.get('settings', memberId(vault.deviceId)))?.data;
  await publishInvitation(couch, code, {
    team: decodeTeamSecret(team.keys.at(-1)!),
    office: readSettings(vault.store).officeName || team.office,
    invitedBy: me?.name ?? '',
    expiresAt,
  });
  return { code: await formatInvitationCode(code), expiresAt, server: team.server, database: team.database };
}

/** How many invitations wait on the server (not used yet, expired ones too). */
export async function invitationsWaiting(vault: OpenVault): Promise<number> {
  const team = readTeam(vault);
  if (!team) return 0;
  return pendingInvitations(client(team));
}

/** "Einladungen zurückziehen": every code not used yet stops working. Returns how many. */
export async function withdrawInvitations(vault: OpenVault): Promise<number> {
  const team = readTeam(vault);
  if (!team) throw new Error('not in a team');
  return revokeInvitations(await checkAccount(team));
}

/**
 * "Einem Team beitreten": redeems the code (once), keeps the team key in this vault and adds this
 * member. The download is the sync engine's first round. A wrong, used or expired code changes
 * nothing (InvitationError).
 */
export async function joinTeam(
  vault: OpenVault,
  account: CouchAccount,
  typedCode: string,
  profile: MemberProfile,
  now = new Date(),
): Promise<{ office: string; invitedBy: string }> {
  if (readTeam(vault)) throw new Error('already in a team');
  const couch = await checkAccount(account);
  const { invitation, doc } = await peekInvitation(couch, typedCode, now);
  // A lead's vault holds no full records: checked before the code is used up.
  if (invitation.role && holdsFullRecords(vault)) throw new LeadVaultNotEmptyError();
  await consumeInvitation(couch, doc);
  if (invitation.role) return joinAsLead(vault, couch, account, invitation, profile, now);
  // The office's settings and Löschfristen are the team's: this vault's own give way to them.
  for (const id of [SETTINGS_ID, RETENTION_ID])
    if (vault.store.get('settings', id)) await vault.remove('settings', id);
  const { identity, recipient } = await newDeviceIdentity();
  await saveTeam(vault, {
    ...account,
    office: invitation.office,
    identity,
    recipient,
    keys: [encodeTeamSecret(invitation.team)],
    adoptName: profile.name,
  });
  await saveMember(vault, { ...profile, recipient, joinedAt: now.toISOString() }, now);
  return { office: invitation.office, invitedBy: invitation.invitedBy };
}

/**
 * The office lead's computer: it keeps the statistics key and the statistics database's access,
 * announces itself to the coordinators, and from then on only reads. The office's settings come
 * with the figures.
 */
async function joinAsLead(
  vault: OpenVault,
  couch: CouchClient,
  account: CouchAccount,
  invitation: Invitation,
  profile: MemberProfile,
  now: Date,
): Promise<{ office: string; invitedBy: string }> {
  if (vault.store.get('settings', SETTINGS_ID)) await vault.remove('settings', SETTINGS_ID);
  const { identity, recipient } = await newDeviceIdentity();
  await announceLead(
    couch,
    invitation.team,
    vault.deviceId,
    {
      name: profile.name,
      role: invitation.role,
      device: profile.device,
      recipient,
      joinedAt: now.toISOString(),
    },
    invitation.funding,
  );
  await saveTeam(vault, {
    ...account,
    office: invitation.office,
    identity,
    recipient,
    keys: [encodeTeamSecret(invitation.team)],
    role: invitation.role,
    ...(invitation.funding ? { fundingKeys: [encodeTeamSecret(invitation.funding)] } : {}),
    announced: announcementMark({
      keys: [invitation.team],
      fundingKeys: invitation.funding && [invitation.funding],
    }),
  });
  return { office: invitation.office, invitedBy: invitation.invitedBy };
}

/** The server does not hold this team's log (another database, or another team's). */
export class NotThisTeamError extends Error {
  constructor() {
    super('the database does not hold this team');
    this.name = 'NotThisTeamError';
  }
}

/**
 * "Zugangsdaten ändern": a new password from IT, or the office's database moved. The server must hold
 * this team's log (this member's own record opens with the team's keys); otherwise nothing changes.
 */
export async function changeAccess(vault: OpenVault, account: CouchAccount): Promise<void> {
  const team = readTeam(vault);
  if (!team) throw new Error('not in a team');
  const couch = await checkAccount(account);
  const { current, all } = await teamKeys(team);
  const doc = await couch.getDoc<CouchDoc>(await docIdFor(current, 'settings', memberId(vault.deviceId)));
  try {
    if (!doc) throw new NotThisTeamError();
    await openDoc(all, doc);
  } catch {
    throw new NotThisTeamError();
  }
  const moved = account.server !== team.server || account.database !== team.database;
  // Another server or database: its log is read from the start.
  await saveTeam(vault, { ...team, ...account, ...(moved ? { checkpoint: undefined } : {}) });
}

/**
 * "Mitglied entfernen": a new team key for the remaining members' devices only, the member marked as
 * removed, and every record marked to be sent again under the new key (the sync engine does that).
 * From then on the removed device can read nothing new; what it already has stays with it.
 */
export async function removeMember(vault: OpenVault, deviceId: string, now = new Date()): Promise<void> {
  await rekeyWithout(vault, deviceId, now, (member) => ({ ...member, removedAt: now.toISOString() }));
}

/**
 * "Zur Leitung machen": the member's computer gets no new team key, as when removed (what it already
 * has stays with it); the member record says "Leitung". The person then joins as lead with a new,
 * empty vault (a lead's computer holds figures only), by a lead's invitation.
 */
export async function makeLead(vault: OpenVault, deviceId: string, now = new Date()): Promise<void> {
  await rekeyWithout(vault, deviceId, now, (data) => ({
    ...data,
    role: 'leitung',
    removedAt: now.toISOString(),
  }));
}

/**
 * A new team key for the coordinators' computers other than `deviceId`, the member record changed
 * by `change`, the new statistics key for the leads (and `lead`, a member made lead), and every
 * record marked to be sent again under the new key (the sync engine does that).
 */
async function rekeyWithout(
  vault: OpenVault,
  deviceId: string,
  now: Date,
  change: (member: MemberData) => MemberData,
): Promise<void> {
  const team = readTeam(vault);
  if (!team || team.role || deviceId === vault.deviceId) throw new Error('cannot remove');
  const couch = await checkAccount(team);
  const current = decodeTeamSecret(team.keys.at(-1)!);
  const next: TeamSecret = { ...nextTeamKey(), idSecret: current.idSecret };
  const remaining = teamMembers(vault.store).filter(
    (m) => !m.removedAt && m.role === 'koordination' && m.deviceId !== deviceId,
  );
  await publishKeyDocs(
    couch,
    await Promise.all(remaining.map((m) => wrapForDevice(next, m.deviceId, m.recipient))),
  );
  // The leads' key first: a lead removed here is left out of it.
  await shareStatisticsKey(vault, next, [deviceId]);
  const id = memberId(deviceId);
  const member = settingsPayloadOf('member', vault.store.get('settings', id));
  if (member) {
    await vault.put('settings', id, {
      data: change(member.data),
      meta: nextMeta(member.meta, now, vault.deviceId),
    });
  }
  await saveTeam(vault, { ...team, keys: [...team.keys, encodeTeamSecret(next)] });
  await markAllForUpload(vault);
}

/**
 * "Team verlassen" (after the engine stopped): this computer keeps every record but no longer syncs.
 * Its notes of the server's documents go (a team set up later starts afresh), then its connection —
 * server password, team keys, key pair — leaves the vault, and saves are plain again.
 */
export async function leaveTeam(vault: OpenVault): Promise<void> {
  const team = readTeam(vault);
  if (!team) return;
  if (team.role) {
    // The lead's or Haushalt's computer holds copies for reading only (inquiries without words): they
    // go with the connection, or the vault would turn into a coordinator's log of empty inquiries.
    const removals = RECORD_TABLES.filter((table) => table !== 'settings').flatMap((table) =>
      [...vault.store.all(table)].map((record) => ({ table, id: record.id })),
    );
    if (removals.length > 0) await vault.putAll([], removals);
    await saveTeam(vault, undefined);
    removeTeamStamp(vault);
    await vault.writeSnapshot();
    return;
  }
  const writes: { table: RecordTable; records: { id: string; payload: unknown }[] }[] = [];
  for (const table of RECORD_TABLES) {
    const records: { id: string; payload: unknown }[] = [];
    for (const record of vault.store.all(table)) {
      const payload = record.payload as PayloadShape;
      if (!markOfPayload(payload)) continue;
      records.push({ id: record.id, payload: withMark(payload, undefined) });
    }
    if (records.length > 0) writes.push({ table, records });
  }
  if (writes.length > 0) await vault.putAll(writes, [], 'bookkeeping');
  await saveTeam(vault, undefined);
  removeTeamStamp(vault);
}

/** Every synced record is to be sent again (under a new team key): its mark says the server lacks it. */
async function markAllForUpload(vault: OpenVault): Promise<void> {
  const writes: { table: RecordTable; records: { id: string; payload: unknown }[] }[] = [];
  for (const table of RECORD_TABLES) {
    const records: { id: string; payload: unknown }[] = [];
    for (const record of vault.store.all(table)) {
      const payload = record.payload as PayloadShape;
      const mark = markOfPayload(payload);
      if (!mark || mark.dirty) continue;
      records.push({ id: record.id, payload: withMark(payload, { ...mark, dirty: true }) });
    }
    if (records.length > 0) writes.push({ table, records });
  }
  if (writes.length > 0) await vault.putAll(writes, [], 'bookkeeping');
}

export { SyncError, teamMembers };
