// While the vault belongs to a team, every write is stamped for the merge: the fields it changes get
// this device's clock, and the record is marked as waiting for the server. A deletion notes, in the
// same transaction, that the server must learn of it.
import type { ErasedDoc } from '../../../shared/domain/team';
import { deviceSettingsId } from '../../../shared/domain/settings';
import type { RecordTable } from '../../../shared/storage/envelope';
import { settingsPayloadOf } from '../../../shared/storage/records';
import { HybridClock } from '../../../shared/sync/hlc';
import {
  markOfPayload,
  payloadOfVersion,
  versionOfPayload,
  withMark,
  type DocMark,
  type PayloadShape,
} from '../../../shared/sync/payloadVersion';
import { stampChange } from '../../../shared/sync/versioned';
import type { OpenVault } from '../vault';
import { readTeam, syncsRecord } from './teamState';

export function markOf(payload: unknown): DocMark | undefined {
  return markOfPayload(payload as PayloadShape | undefined);
}

/** The stamp for a change made on this device (vault.put), or the payload as it is for local records. */
export function stampLocalChange(
  clock: HybridClock,
  table: RecordTable,
  id: string,
  previous: unknown,
  payload: unknown,
): unknown {
  if (!syncsRecord(table, id)) return payload;
  const next = payload as PayloadShape;
  const before = previous ? versionOfPayload(previous as PayloadShape) : undefined;
  // A wall clock set back since the last change must not put this change before it.
  if (before) clock.observe(before.clock);
  const { sync: _old, ...info } = next.meta;
  const version = stampChange(before, next.data, clock.tick(Date.parse(next.meta.changedAt)), info);
  const stamped = payloadOfVersion(version);
  const mark = markOf(previous);
  return mark ? withMark(stamped, { ...mark, dirty: true }) : stamped;
}

const clocks = new WeakMap<OpenVault, HybridClock>();
const uninstalls = new WeakMap<OpenVault, () => void>();

/**
 * Installs the stamp once the vault belongs to a team (at unlock, before anything can write; after
 * setting up or joining) and returns this device's clock; undefined outside a team.
 */
export function ensureTeamStamp(vault: OpenVault): HybridClock | undefined {
  const installed = clocks.get(vault);
  if (installed) return installed;
  if (!readTeam(vault)) return undefined;
  const clock = new HybridClock(vault.deviceId);
  uninstalls.set(vault, installTeamStamp(vault, clock));
  clocks.set(vault, clock);
  return clock;
}

/** After leaving the team: saves are plain again. */
export function removeTeamStamp(vault: OpenVault): void {
  uninstalls.get(vault)?.();
  uninstalls.delete(vault);
  clocks.delete(vault);
}

/** Whether this vault's writes are stamped for a team (then it syncs while open). */
export function hasTeamStamp(vault: OpenVault): boolean {
  return clocks.has(vault);
}

/** Installs the stamp and the deletion note on the vault (undone by the returned function). */
function installTeamStamp(vault: OpenVault, clock: HybridClock): () => void {
  vault.payloadStamp = (table, id, previous, payload) =>
    stampLocalChange(clock, table, id, previous, payload);
  vault.removalNote = (removals) => {
    const noted: ErasedDoc[] = [];
    for (const { table, id } of removals) {
      const mark = markOf(vault.store.get(table, id)?.payload);
      if (mark) noted.push({ docId: mark.doc, table, id, leaves: mark.leaves, pushed: false });
    }
    if (noted.length === 0) return undefined;
    const deviceId = deviceSettingsId(vault.deviceId);
    const device = settingsPayloadOf('device', vault.store.get('settings', deviceId));
    if (!device?.data.team) return undefined;
    const erased = [
      ...(device.data.team.erased ?? []).filter((e) => !noted.some((n) => n.docId === e.docId)),
      ...noted,
    ];
    return {
      table: 'settings',
      id: deviceId,
      payload: { ...device, data: { ...device.data, team: { ...device.data.team, erased } } },
    };
  };
  return () => {
    vault.payloadStamp = undefined;
    vault.removalNote = undefined;
  };
}
