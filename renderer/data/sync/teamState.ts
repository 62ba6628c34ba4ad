// This device's team connection (a device secret inside the vault) and the keys made from it.
import { fromBase64, toBase64 } from '../../../shared/crypto/bytes';
import type { TeamDevice } from '../../../shared/domain/team';
import type { RecordTable } from '../../../shared/storage/envelope';
import { settingsKindOf } from '../../../shared/storage/records';
import type { MergeRules } from '../../../shared/sync/merge';
import { teamKeyFromSecret, type TeamKey, type TeamSecret } from '../../../shared/sync/syncDoc';
import { readDeviceSettings, readSettings, saveDeviceSettings } from '../settings';
import { SETTINGS_ID } from '../../../shared/domain/settings';
import type { OpenVault } from '../vault';

export function readTeam(vault: OpenVault): TeamDevice | undefined {
  return readDeviceSettings(vault).team;
}

/**
 * The office's name as the app shows it. A new member's vault has no office settings until the first
 * round brings the office's: meanwhile the name from the invitation, not the default's.
 */
export function shownOfficeName(vault: OpenVault): string {
  const team = readTeam(vault);
  if (team && !vault.store.get('settings', SETTINGS_ID)) return team.office;
  return readSettings(vault.store).officeName || team?.office || '';
}

export async function saveTeam(
  vault: OpenVault,
  team: TeamDevice | undefined,
  /** `bookkeeping`: only where the sync got to (checkpoint, last round): no screen redraws. */
  kind: 'content' | 'bookkeeping' = 'content',
): Promise<void> {
  await saveDeviceSettings(vault, { team }, new Date(), kind);
}

/** Records of this device only never travel: its settings (with the team connection itself). */
export function syncsRecord(table: RecordTable, id: string): boolean {
  return table !== 'settings' || settingsKindOf(id) !== 'device';
}

const HISTORY: MergeRules = { appendOnly: new Set(['history']) };
const LOG: MergeRules = { appendOnly: new Set(['entries']) };

/** Logs keep both members' entries: an inquiry's history, the deletion log. */
export function mergeRulesFor(table: RecordTable, id: string): MergeRules {
  if (table === 'inquiries') return HISTORY;
  if (table === 'settings' && settingsKindOf(id) === 'retentionLog') return LOG;
  return {};
}

export function encodeTeamSecret(team: TeamSecret): TeamDevice['keys'][number] {
  return { keyId: team.keyId, secret: toBase64(team.secret), idSecret: toBase64(team.idSecret) };
}

export function decodeTeamSecret(stored: TeamDevice['keys'][number]): TeamSecret {
  return { keyId: stored.keyId, secret: fromBase64(stored.secret), idSecret: fromBase64(stored.idSecret) };
}

/** Every key this device holds, and the current one (the last). */
export async function teamKeys(team: TeamDevice): Promise<{ current: TeamKey; all: Map<string, TeamKey> }> {
  const all = new Map<string, TeamKey>();
  for (const stored of team.keys) all.set(stored.keyId, await teamKeyFromSecret(decodeTeamSecret(stored)));
  const current = all.get(team.keys.at(-1)!.keyId)!;
  return { current, all };
}
