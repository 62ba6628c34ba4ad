// Live sync while the vault is unlocked: a round right away, then whenever something was saved here
// (after a second of quiet) and every few seconds to see the others' changes. Offline is normal:
// the rounds fail quietly, count what waits, and go on when the server answers again.
import type { SyncFailure } from '../../../shared/sync/couchClient';
import { CouchClient, SyncError } from '../../../shared/sync/couchClient';
import { pullChanges, syncOnce, type SyncProgress, type SyncResult } from '../../../shared/sync/replicator';
import { teamKeyFromSecret, type TeamKey } from '../../../shared/sync/syncDoc';
import { fetchTeamKey } from '../../../shared/sync/teamServer';
import { nextMeta } from '../../../shared/domain/recordMeta';
import { memberId, type TeamDevice } from '../../../shared/domain/team';
import { settingsPayloadOf } from '../../../shared/storage/records';
import type { OpenVault } from '../vault';
import { ensureTeamStamp, markOf } from './syncStamp';
import { adoptMemberName } from './team';
import { encodeTeamSecret, mergeRulesFor, readTeam, saveTeam, syncsRecord, teamKeys } from './teamState';
import { syncFetch } from './transport';
import { VaultReplica } from './vaultReplica';
import { StatsPublisher } from './statsPublisher';
import { fundingKeys, refreshAnnouncement } from './lead';
import { isFundingDocId, isRecordDocId, openStatisticsDoc } from '../../../shared/sync/syncDoc';

export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing'; progress?: SyncProgress; waiting: number; lastSyncAt?: string }
  | {
      state: 'synced';
      lastSyncAt: string;
      waiting: number;
      /** The team's log is in sync, but the statistics for the lead could not be published. */
      statsFailure?: SyncFailure;
    }
  | { state: 'failed'; failure: SyncFailure; waiting: number; lastSyncAt?: string };

/** How often to look for the others' changes while nothing happens here. */
const POLL_MS = 2_000;
/** Quiet time after a save before it is sent. */
const AFTER_SAVE_MS = 800;

export class SyncEngine {
  private status: SyncStatus = { state: 'off' };
  private readonly listeners = new Set<() => void>();
  private replica: VaultReplica | undefined;
  private keys: Map<string, TeamKey> = new Map();
  private current: TeamKey | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private stopped = false;
  /** A key change is under way: no round starts. */
  private paused = false;
  /** When this session last completed a round. */
  private lastSyncAt: string | undefined;
  private failures = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly removalListeners = new Set<(count: number) => void>();
  private removedUntold = 0;
  /** What the last completed round moved (for the benchmark and tests). */
  lastRound: SyncResult | undefined;
  /** A coordinator's computer: the statistics for the office lead, published after each round. */
  private stats: StatsPublisher | undefined;
  /** Why the last publication of the statistics failed (undefined: it did not). */
  private statsFailure: SyncFailure | undefined;
  /** The office lead's computer: it only reads (the statistics database). */
  private readOnly = false;

  constructor(
    private readonly vault: OpenVault,
    private readonly fetchFn: typeof fetch = syncFetch,
  ) {}

  /** Starts when the vault belongs to a team (at unlock, and after setting up or joining); resolves after the first round. */
  async start(): Promise<void> {
    const team = readTeam(this.vault);
    if (!team || this.replica) return;
    this.stopped = false;
    // Usually installed at unlock already; after setting up or joining, here.
    ensureTeamStamp(this.vault);
    const { current, all } = await teamKeys(team);
    this.current = current;
    this.keys = all;
    // Haushalt opens the funding documents too (the lead's computer has no funding key).
    if (team.role) for (const [keyId, key] of (await fundingKeys(team)).all) this.keys.set(keyId, key);
    const replica = new VaultReplica(this.vault, () => this.current!);
    this.readOnly = team.role !== undefined;
    // Watching first: a save during the index is not missed.
    const offUnsent = replica.watch();
    this.stats = this.readOnly ? undefined : new StatsPublisher(this.vault, this.fetchFn);
    const offStats = this.stats?.watch();
    await replica.index();
    this.replica = replica;
    // A change made here (not a merge written by the sync itself) is sent after a moment of quiet.
    const offChange = this.vault.store.onRecordChange((table, id, record) => {
      if (!syncsRecord(table, id)) return;
      const mark = record && markOf(record.payload);
      if (!record || !mark || mark.dirty) this.soon(AFTER_SAVE_MS);
    });
    // Back online (the computer's network returned): at once, not after the back-off.
    const online = () => {
      this.failures = 0;
      this.soon(0);
    };
    globalThis.addEventListener?.('online', online);
    this.unsubscribe = () => {
      offUnsent();
      offStats?.();
      offChange();
      globalThis.removeEventListener?.('online', online);
    };
    this.setStatus({ state: 'syncing', waiting: replica.waiting(), lastSyncAt: team.lastSyncAt });
    await this.syncNow();
  }

  /** Stops the rounds (locking reloads the page anyway; tests stop it). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribe?.();
  }

  /** Stops for good (this computer leaves the team): after the round under way, the status is "off". */
  async leave(): Promise<void> {
    this.stop();
    while (this.running) await this.running.catch(() => {});
    this.replica = undefined;
    this.setStatus({ state: 'off' });
  }

  // Arrow properties: handed to useSyncExternalStore as they are.
  readonly getStatus = (): SyncStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Tells `listener` when records this vault held were erased or anonymised by another member: the
   * window re-keys the vault then, so their old content leaves this computer's files too.
   */
  readonly onRemovedByTeam = (listener: (count: number) => void): (() => void) => {
    this.removalListeners.add(listener);
    // Removals merged before anyone listened (right after unlock) are told now.
    if (this.removedUntold > 0) {
      const count = this.removedUntold;
      this.removedUntold = 0;
      queueMicrotask(() => listener(count));
    }
    return () => this.removalListeners.delete(listener);
  };

  private setStatus(status: SyncStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private soon(delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.syncNow(), delay);
  }

  /** One round now ("Jetzt synchronisieren"); while one runs, one more follows it (resolves after that). */
  syncNow(): Promise<void> {
    if (this.running) {
      this.queued ??= this.running.then(() => {
        this.queued = undefined;
        return this.syncNow();
      });
      return this.queued;
    }
    this.running = this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<void> {
    const replica = this.replica;
    const team = readTeam(this.vault);
    if (!replica || !team || this.stopped || this.paused) return;
    clearTimeout(this.timer);
    const client = new CouchClient(team, this.fetchFn);
    // The vault keeps the time once a minute; this session's last round is newer.
    const lastSyncAt = this.lastSyncAt ?? team.lastSyncAt;
    // Counted once per round: a count per batch was a scan of every record per 500 sent.
    // (The lead's computer sends nothing: nothing of it waits.)
    const waiting = this.readOnly ? 0 : replica.waiting();
    this.setStatus({ state: 'syncing', waiting, lastSyncAt });
    try {
      const options = {
        client,
        replica,
        key: this.current!,
        keys: this.keys,
        rules: mergeRulesFor,
        batchSize: 1000,
        resolveKey: (keyId: string, docId: string) => this.resolveKey(client, keyId, docId),
        readsDoc: team.role === 'verwaltung' ? readsForHaushalt : undefined,
        // The statistics database's readers: each key opens only its own kind of document.
        opens: this.readOnly ? openStatisticsDoc : undefined,
        passesUnknownKey: team.role === 'verwaltung' ? isFundingDocId : undefined,
        onProgress: (progress: SyncProgress) =>
          this.setStatus({ state: 'syncing', progress, waiting, lastSyncAt }),
      };
      if (this.readOnly) {
        const { count, unreadable } = await pullChanges(options);
        this.lastRound = { pulled: count, pushed: 0, unreadable };
        // A new key came: announce again under it (a failure is tried again next round).
        await refreshAnnouncement(this.vault, this.fetchFn).catch(() => {});
      } else {
        // Goes out with this round (seen by the others only if it succeeds).
        await noteMemberSync(this.vault, new Date().toISOString());
        this.lastRound = await syncOnce(options);
        await this.publishStatistics(team);
      }
      const at = new Date().toISOString();
      this.lastSyncAt = at;
      // Kept in the vault once a minute, not after every round (a write every two seconds).
      const latest = readTeam(this.vault);
      const persisted = Date.parse(latest?.lastSyncAt ?? '');
      if (latest && !(Date.parse(at) - persisted < 60_000))
        await saveTeam(this.vault, { ...latest, lastSyncAt: at }, 'bookkeeping');
      await this.adoptNameAfterJoining();
      const removed = replica.takeRemovedByTeam();
      if (removed > 0 && this.removalListeners.size === 0) this.removedUntold += removed;
      else if (removed > 0) for (const listener of this.removalListeners) listener(removed);
      this.failures = 0;
      this.setStatus({
        state: 'synced',
        lastSyncAt: at,
        waiting: this.readOnly ? 0 : replica.waiting(),
        ...(this.statsFailure ? { statsFailure: this.statsFailure } : {}),
      });
      this.soon(POLL_MS);
    } catch (error) {
      const failure: SyncFailure = error instanceof SyncError ? error.failure : 'server';
      this.failures++;
      this.setStatus({
        state: 'failed',
        failure,
        waiting: this.readOnly ? 0 : replica.waiting(),
        lastSyncAt,
      });
      // Offline or a server problem: try again, a little less often the longer it lasts.
      // (At most 8 s: a restarted server is found again within seconds.)
      this.soon(Math.min(8_000, 2_000 * 2 ** Math.min(this.failures - 1, 2)));
    }
  }

  /**
   * The statistics for the office lead, after the team's round (the records are merged by then). A
   * failure does not fail the round: the team's log is in sync; it is shown beside the status.
   */
  private async publishStatistics(team: TeamDevice): Promise<void> {
    try {
      await this.stats?.publish(readTeam(this.vault) ?? team);
      this.statsFailure = undefined;
    } catch (error) {
      this.statsFailure = error instanceof SyncError ? error.failure : 'server';
    }
  }

  /** How many records wait to be published to the statistics database (for the bench and tests). */
  statsWaiting(): number {
    return this.stats?.waiting() ?? 0;
  }

  /** A new member's first completed round has brought the office's list: their name becomes "Ich bin". */
  private async adoptNameAfterJoining(): Promise<void> {
    const team = readTeam(this.vault);
    if (!team?.adoptName) return;
    await adoptMemberName(this.vault, team.adoptName);
    const { adoptName: _done, ...rest } = readTeam(this.vault) ?? team;
    await saveTeam(this.vault, rest);
  }

  /**
   * Runs `change` (a new team key: a member removed) with no round under way, then seals with the
   * newest key from the first round after it: nothing written afterwards can go out under the old one.
   */
  async withKeyChange(change: () => Promise<void>): Promise<void> {
    this.paused = true;
    clearTimeout(this.timer);
    try {
      while (this.running) await this.running.catch(() => {});
      await change();
      const team = readTeam(this.vault);
      if (team) {
        const { current, all } = await teamKeys(team);
        for (const [keyId, key] of all) this.keys.set(keyId, key);
        this.current = current;
      }
    } finally {
      this.paused = false;
    }
    await this.syncNow();
  }

  /**
   * A new team key: the key document for this device, kept in the vault from then on. (Haushalt: a
   * new funding key for a funding document, kept beside the statistics keys.)
   */
  private async resolveKey(client: CouchClient, keyId: string, docId: string): Promise<TeamKey | undefined> {
    const team = readTeam(this.vault);
    if (!team) return undefined;
    const secret = await fetchTeamKey(client, keyId, this.vault.deviceId, team.identity);
    if (!secret) return undefined;
    if (team.role && isFundingDocId(docId)) {
      const held = (team.fundingKeys ?? []).filter((k) => k.keyId !== keyId);
      await saveTeam(this.vault, { ...team, fundingKeys: [...held, encodeTeamSecret(secret)] });
      return { ...(await teamKeyFromSecret(secret)), purpose: 'funding' };
    }
    await saveTeam(this.vault, {
      ...team,
      keys: [...team.keys.filter((k) => k.keyId !== keyId), encodeTeamSecret(secret)],
    });
    const key = await teamKeyFromSecret(secret);
    this.current = key;
    return key;
  }
}

/** Haushalt reads the statistics and the funding file. */
function readsForHaushalt(docId: string): boolean {
  return isRecordDocId(docId) || isFundingDocId(docId);
}

const engines = new WeakMap<OpenVault, SyncEngine>();

/** The vault's sync engine (one per open vault). */
export function syncEngineFor(vault: OpenVault): SyncEngine {
  let engine = engines.get(vault);
  if (!engine) {
    engine = new SyncEngine(vault);
    engines.set(vault, engine);
  }
  return engine;
}

/**
 * The members table shows when each computer last synced: noted in its member record at the start of
 * a round, at most every 15 minutes (not a new revision every two seconds).
 */
const MEMBER_SYNC_NOTE_MS = 15 * 60_000;

async function noteMemberSync(vault: OpenVault, at: string): Promise<void> {
  const id = memberId(vault.deviceId);
  const member = settingsPayloadOf('member', vault.store.get('settings', id));
  if (!member || member.data.removedAt) return;
  if (Date.parse(at) - Date.parse(member.data.lastSyncAt ?? '') < MEMBER_SYNC_NOTE_MS) return;
  await vault.put('settings', id, {
    data: { ...member.data, lastSyncAt: at },
    meta: nextMeta(member.meta, new Date(at), vault.deviceId),
  });
}
