// The office lead (Leitung, nur Auswertung): invited by a coordinator into the statistics database,
// holding the statistics key only. Coordinators list the leads there and hand them each new
// statistics key; the lead's computer announces itself there when joining.
import { nextMeta } from '../../../shared/domain/recordMeta';
import {
  STATISTICS_ID,
  type FiguresRole,
  type StatisticsSettings,
  type TeamDevice,
} from '../../../shared/domain/team';
import { settingsPayloadOf } from '../../../shared/storage/records';
import { CouchClient, type CouchAccount } from '../../../shared/sync/couchClient';
import {
  fundingProof,
  holdsFundingKey,
  listLeads,
  publishLeadDoc,
  removeLeadDoc,
  sealLeadDoc,
  type Lead,
  type LeadProfile,
} from '../../../shared/sync/leadDocs';
import { teamKeyFromSecret, type TeamKey, type TeamSecret } from '../../../shared/sync/syncDoc';
import {
  formatInvitationCode,
  fundingSecret,
  invitationExpiry,
  newInvitationCode,
  statisticsSecret,
  wrapForDevice,
} from '../../../shared/sync/teamKeys';
import { publishInvitation, publishKeyDocs } from '../../../shared/sync/teamServer';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import type { OpenVault } from '../vault';
import { readSettings } from '../settings';
import { memberId } from '../../../shared/domain/team';
import { decodeTeamSecret, readTeam, saveTeam } from './teamState';
import { syncFetch } from './transport';

/** Where the office's statistics go, once a lead was invited (undefined before). */
export function readStatistics(vault: OpenVault): StatisticsSettings | undefined {
  return settingsPayloadOf('statistics', vault.store.get('settings', STATISTICS_ID))?.data;
}

/** The name IT is asked for first: the team's database with "-statistik". */
export function defaultStatisticsDatabase(team: Pick<TeamDevice, 'database'>): string {
  return `${team.database}-statistik`;
}

/** This computer is the office lead's: it reads figures only. */
export function isLeadDevice(vault: OpenVault): boolean {
  return readTeam(vault)?.role !== undefined;
}

function statsClient(team: TeamDevice, database: string): CouchClient {
  return new CouchClient({ ...accountOf(team), database }, syncFetch);
}

function accountOf(team: TeamDevice): CouchAccount {
  return { server: team.server, database: team.database, user: team.user, password: team.password };
}

/**
 * The statistics keys this computer can open documents with, and the one to seal with: on a
 * coordinator's computer derived from each team key, on the lead's the keys it was given.
 */
export async function statisticsKeys(
  team: TeamDevice,
): Promise<{ current: TeamKey; all: Map<string, TeamKey> }> {
  const all = new Map<string, TeamKey>();
  let current: TeamKey | undefined;
  for (const stored of team.keys) {
    const secret = decodeTeamSecret(stored);
    const key = await teamKeyFromSecret(team.role ? secret : await statisticsSecret(secret));
    all.set(key.keyId, key);
    current = key;
  }
  if (!current) throw new Error('no key');
  return { current, all };
}

/**
 * The funding keys this computer can open funding documents with, and the one to seal with: on a
 * coordinator's computer derived from each team key, on Haushalt's the keys it was given (none on
 * the lead's).
 */
export async function fundingKeys(
  team: TeamDevice,
): Promise<{ current?: TeamKey; all: Map<string, TeamKey> }> {
  const all = new Map<string, TeamKey>();
  let current: TeamKey | undefined;
  const stored = team.role ? (team.fundingKeys ?? []) : team.keys;
  for (const entry of stored) {
    const secret = decodeTeamSecret(entry);
    const key: TeamKey = {
      ...(await teamKeyFromSecret(team.role ? secret : await fundingSecret(secret))),
      purpose: 'funding',
    };
    all.set(key.keyId, key);
    current = key;
  }
  return { current, all };
}

/** This computer reads the funding file: a coordinator's, or Haushalt's. */
export function readsFunding(vault: OpenVault): boolean {
  const team = readTeam(vault);
  return !team?.role || team.role === 'verwaltung';
}

/** Why a statistics database is refused: the office's own, or another while leads read from one. */
export class StatisticsDatabaseError extends Error {
  constructor(
    readonly problem: 'officeDatabase' | 'leadsElsewhere',
    readonly current = '',
  ) {
    super(`statistics database refused: ${problem}`);
    this.name = 'StatisticsDatabaseError';
  }
}

/**
 * "Leitung einladen": a one-time code in the statistics database (the lead's account reaches only
 * that one), holding the statistics key, not the team key. The database is checked first.
 */
export async function inviteLead(
  vault: OpenVault,
  database: string,
  role: FiguresRole = 'leitung',
  now = new Date(),
): Promise<{ code: string; expiresAt: string; server: string; database: string }> {
  const team = readTeam(vault);
  if (!team || team.role) throw new Error('not a coordinator');
  // The office's own database would get documents its members cannot open: every round would stop.
  if (database === team.database) throw new StatisticsDatabaseError('officeDatabase');
  const client = statsClient(team, database);
  await client.info();
  const previous = settingsPayloadOf('statistics', vault.store.get('settings', STATISTICS_ID));
  // One statistics database per office: while leads read from one, another would leave them without.
  if (previous && previous.data.database !== database && (await leadsOf(vault)).length > 0)
    throw new StatisticsDatabaseError('leadsElsewhere', previous.data.database);
  // The funding file is published from the first Haushalt's invitation on, not before.
  const funding = previous?.data.funding || role === 'verwaltung';
  if (previous?.data.database !== database || previous.data.funding !== funding) {
    const kept = previous?.data.database === database ? previous.data : { database };
    await vault.put('settings', STATISTICS_ID, {
      data: { ...kept, database, ...(funding ? { funding: true } : {}) },
      meta: nextMeta(previous?.meta, now, vault.deviceId),
    });
  }
  const code = newInvitationCode();
  const expiresAt = invitationExpiry(now);
  const me = settingsPayloadOf('member', vault.store.get('settings', memberId(vault.deviceId)))?.data;
  const current = decodeTeamSecret(team.keys.at(-1)!);
  await publishInvitation(client, code, {
    team: await statisticsSecret(current),
    office: readSettings(vault.store).officeName || team.office,
    invitedBy: me?.name ?? '',
    expiresAt,
    role,
    // Haushalt reads the funding file; the lead gets figures only.
    ...(role === 'verwaltung' ? { funding: await fundingSecret(current) } : {}),
  });
  return { code: await formatInvitationCode(code), expiresAt, server: team.server, database };
}

/** The lead joins with an empty vault: the figures arrive from the statistics database. */
export class LeadVaultNotEmptyError extends Error {
  constructor() {
    super('the vault already holds records');
    this.name = 'LeadVaultNotEmptyError';
  }
}

/** Records that only a coordinator's computer may hold (the lead's vault must have none). */
export function holdsFullRecords(vault: OpenVault): boolean {
  return RECORD_TABLES.some((table) => table !== 'settings' && vault.store.count(table) > 0);
}

/** The lead's computer after redeeming its invitation: announced to the coordinators. */
export async function announceLead(
  client: CouchClient,
  statistics: TeamSecret,
  deviceId: string,
  profile: Omit<LeadProfile, 'funding'>,
  /** Haushalt's funding key: its announcement proves it holds it. */
  funding?: TeamSecret,
): Promise<void> {
  const proof =
    funding && (await fundingProof(await teamKeyFromSecret(funding), deviceId, profile.recipient));
  await publishLeadDoc(
    client,
    await sealLeadDoc(await teamKeyFromSecret(statistics), deviceId, {
      ...profile,
      ...(proof ? { funding: proof } : {}),
    }),
  );
}

/** Which keys an announcement is made under (see `refreshAnnouncement`). */
export function announcementMark(team: {
  keys: readonly { keyId: string }[];
  fundingKeys?: readonly { keyId: string }[];
}): string {
  return `${team.keys.at(-1)?.keyId ?? ''}|${team.fundingKeys?.at(-1)?.keyId ?? ''}`;
}

/**
 * The lead's or Haushalt's announcement again, under the newest keys it was given (after a round that
 * brought one): coordinators who joined since can open it, and Haushalt's proof is under the funding
 * key now current — the only one a coordinator's next key change accepts.
 */
export async function refreshAnnouncement(
  vault: OpenVault,
  fetchFn: typeof fetch = syncFetch,
): Promise<void> {
  const team = readTeam(vault);
  if (!team?.role || team.announced === announcementMark(team)) return;
  const client = new CouchClient(accountOf(team), fetchFn);
  const own = (await listLeads(client, (await statisticsKeys(team)).all)).find(
    (lead) => lead.deviceId === vault.deviceId,
  );
  // Not announced (any more): taken out; nothing to renew.
  if (!own) return;
  const { deviceId: _device, funding: _proof, ...profile } = own;
  const funding = team.fundingKeys?.at(-1);
  await announceLead(
    client,
    decodeTeamSecret(team.keys.at(-1)!),
    vault.deviceId,
    profile,
    funding && decodeTeamSecret(funding),
  );
  await saveTeam(vault, { ...(readTeam(vault) ?? team), announced: announcementMark(team) }, 'bookkeeping');
}

/**
 * The office's leads (for Einstellungen → Team); none before a lead was invited. Computers taken out
 * are left out whatever they announce, and one that says "Haushalt" without having proved it holds a
 * funding key is shown as what it is: a lead.
 */
export async function leadsOf(vault: OpenVault): Promise<Lead[]> {
  const team = readTeam(vault);
  const statistics = readStatistics(vault);
  if (!team || team.role || !statistics) return [];
  const removed = new Set(statistics.removed ?? []);
  const funding = (await fundingKeys(team)).all;
  const leads: Lead[] = [];
  for (const lead of await listLeads(
    statsClient(team, statistics.database),
    (await statisticsKeys(team)).all,
  )) {
    if (removed.has(lead.deviceId)) continue;
    const haushalt = lead.role === 'verwaltung' && (await holdsFundingKey(lead, funding));
    leads.push({ ...lead, role: haushalt ? 'verwaltung' : 'leitung' });
  }
  return leads;
}

/**
 * After a new team key: the statistics key derived from it goes to every lead still in the team (a
 * key document per lead computer, in the statistics database), the funding key to Haushalt's
 * computers. `without`: leads to leave out.
 */
export async function shareStatisticsKey(
  vault: OpenVault,
  next: TeamSecret,
  without: readonly string[] = [],
): Promise<void> {
  const team = readTeam(vault);
  const statistics = readStatistics(vault);
  if (!team || !statistics) return;
  const client = statsClient(team, statistics.database);
  // Taken out for good: a computer removed now or before gets no key, whatever it announces later.
  const removed = [...new Set([...(statistics.removed ?? []), ...without])];
  const leads = (await listLeads(client, (await statisticsKeys(team)).all)).filter(
    (lead) => !removed.includes(lead.deviceId),
  );
  const secret = await statisticsSecret(next);
  const funding = await fundingSecret(next);
  // The proof must be under the funding key of the team key now current: one made with an older
  // key (a computer that held it once, e.g. a coordinator made lead) opens nothing new. Haushalt
  // proves it again under each new funding key it is given (SyncEngine, after its round).
  const current = decodeTeamSecret(team.keys.at(-1)!);
  const currentFunding: TeamKey = {
    ...(await teamKeyFromSecret(await fundingSecret(current))),
    purpose: 'funding',
  };
  const haushalt: Lead[] = [];
  for (const lead of leads)
    if (await holdsFundingKey(lead, new Map([[currentFunding.keyId, currentFunding]]))) haushalt.push(lead);
  await publishKeyDocs(client, [
    ...(await Promise.all(leads.map((l) => wrapForDevice(secret, l.deviceId, l.recipient)))),
    ...(await Promise.all(haushalt.map((l) => wrapForDevice(funding, l.deviceId, l.recipient)))),
  ]);
  for (const deviceId of without) await removeLeadDoc(client, deviceId);
  if (without.length > 0) {
    const stored = settingsPayloadOf('statistics', vault.store.get('settings', STATISTICS_ID));
    if (stored)
      await vault.put('settings', STATISTICS_ID, {
        data: { ...stored.data, removed },
        meta: nextMeta(stored.meta, new Date(), vault.deviceId),
      });
  }
}
