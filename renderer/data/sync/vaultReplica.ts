// The open vault as the replicator's local replica. A record's sync state (its clocks and what the
// server has of it) lives inside its encrypted payload (`meta.sync`), so the snapshot, re-keying and
// unlock carry it without knowing of it; records erased here are remembered in this device's team
// connection. Merges are written in one transaction per batch, unstamped (they are not new changes).
import type { ErasedDoc, TeamDevice } from '../../../shared/domain/team';
import type { RecordTable } from '../../../shared/storage/envelope';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { validateRecord } from '../../../shared/storage/records';
import {
  payloadOfVersion,
  versionOfPayload,
  withMark,
  type PayloadShape,
} from '../../../shared/sync/payloadVersion';
import type { LocalReplica, ReplicaEntry, StoreItem, SyncMark } from '../../../shared/sync/replicator';
import { docIdFor, type TeamKey } from '../../../shared/sync/syncDoc';
import { ERASED, isAnonymised, type LiveVersion } from '../../../shared/sync/versioned';
import { SETTINGS_ID } from '../../../shared/domain/settings';
import { nextBackgroundTask } from '../backgroundTask';
import type { OpenVault } from '../vault';
import { markOf } from './syncStamp';
import { readTeam, saveTeam, syncsRecord } from './teamState';

/** Erased entries have no record and no write number: they never change after the erasure. */
const ERASED_STAMP = -1;

export class VaultReplica implements LocalReplica {
  /** Document id → record, for every record that may travel. */
  private readonly byDoc = new Map<string, { table: RecordTable; id: string }>();
  /** Document ids of records not marked yet (a keyed hash each: computed once). */
  private readonly unmarked = new Map<string, string>();
  /**
   * Records whose state the server lacks ("table|id"), kept current from the store's changes: a
   * round every two seconds then looks at these, not at all 77,000 records.
   */
  private readonly unsent = new Map<string, { table: RecordTable; id: string }>();
  /** Records the registry refused (from a newer version, or tampered by a member): left out, counted. */
  refused = 0;
  /**
   * Records another member erased or anonymised that this vault held: their old content is still in
   * this computer's storage files until the vault is re-keyed (counted until taken).
   */
  private removedByTeam = 0;

  /** How many records the team erased or anonymised here since the last call. */
  takeRemovedByTeam(): number {
    const count = this.removedByTeam;
    this.removedByTeam = 0;
    return count;
  }

  constructor(
    private readonly vault: OpenVault,
    private readonly key: () => TeamKey,
  ) {}

  /** Builds the document index (a keyed hash per record never synced yet). */
  async index(onProgress?: (done: number) => void): Promise<void> {
    let done = 0;
    for (const table of RECORD_TABLES) {
      for (const record of this.vault.store.all(table)) {
        if (!syncsRecord(table, record.id)) continue;
        const mark = markOf(record.payload);
        const docId = mark?.doc ?? (await docIdFor(this.key(), table, record.id));
        this.byDoc.set(docId, { table, id: record.id });
        if (!mark || mark.dirty) this.unsent.set(`${table}|${record.id}`, { table, id: record.id });
        // Right after unlock: a pause now and then, so 100,000 records are no long task.
        if (++done % 2000 === 0) {
          onProgress?.(done);
          await nextBackgroundTask();
        }
      }
    }
    for (const erased of this.team().erased ?? []) {
      this.byDoc.set(erased.docId, { table: erased.table as RecordTable, id: erased.id });
    }
  }

  /** Keeps the list of unsent records current; returns the unsubscribe. */
  watch(): () => void {
    return this.vault.store.onRecordChange((table, id, record) => {
      if (!syncsRecord(table, id)) return;
      const mark = record && markOf(record.payload);
      if (record && (!mark || mark.dirty)) this.unsent.set(`${table}|${id}`, { table, id });
      else this.unsent.delete(`${table}|${id}`);
    });
  }

  private team(): TeamDevice {
    const team = readTeam(this.vault);
    if (!team) throw new Error('not in a team');
    return team;
  }

  private async docIdOf(table: RecordTable, id: string, payload: unknown): Promise<string> {
    const known = markOf(payload)?.doc ?? this.unmarked.get(`${table}|${id}`);
    if (known) return known;
    const docId = await docIdFor(this.key(), table, id);
    this.byDoc.set(docId, { table, id });
    this.unmarked.set(`${table}|${id}`, docId);
    return docId;
  }

  /** Records written or changed here since the server last had them (how many, for the status). */
  waiting(): number {
    return (this.team().erased ?? []).filter((e) => !e.pushed).length + this.unsent.size;
  }

  async pending(limit: number, skip: ReadonlySet<string>): Promise<(ReplicaEntry & { docId: string })[]> {
    const out: (ReplicaEntry & { docId: string })[] = [];
    for (const erased of this.team().erased ?? []) {
      if (out.length >= limit) return out;
      if (!erased.pushed && !skip.has(erased.docId))
        out.push({ ...erasedEntry(erased), docId: erased.docId });
    }
    for (const { table, id } of this.unsent.values()) {
      if (out.length >= limit) return out;
      const record = this.vault.store.get(table, id);
      const mark = record && markOf(record.payload);
      if (!record || (mark && !mark.dirty)) continue; // (the watch takes it off the list)
      const docId = await this.docIdOf(table, id, record.payload);
      if (skip.has(docId)) continue;
      out.push({
        docId,
        table,
        id,
        version: versionOfPayload(record.payload as PayloadShape),
        mark: mark && { leaves: mark.leaves, closed: mark.closed, dirty: mark.dirty },
        stamp: record.seq,
      });
    }
    return out;
  }

  async entry(docId: string): Promise<ReplicaEntry | undefined> {
    const place = this.byDoc.get(docId);
    if (!place) return undefined;
    const record = this.vault.store.get(place.table, place.id);
    if (record) {
      const mark = markOf(record.payload);
      return {
        ...place,
        version: versionOfPayload(record.payload as PayloadShape),
        mark: mark && { leaves: mark.leaves, closed: mark.closed, dirty: mark.dirty },
        stamp: record.seq,
      };
    }
    const erased = (this.team().erased ?? []).find((e) => e.docId === docId);
    return erased ? erasedEntry(erased) : undefined;
  }

  async storeAll(items: StoreItem[]): Promise<string[]> {
    const refusedIds: string[] = [];
    const writes = new Map<RecordTable, { id: string; payload: unknown }[]>();
    const removals: { table: RecordTable; id: string }[] = [];
    const erasedNow: ErasedDoc[] = [];
    for (const { docId, next, stamp } of items) {
      const current = await this.entry(docId);
      if (current?.stamp !== stamp) {
        refusedIds.push(docId);
        continue;
      }
      if (!syncsRecord(next.table, next.id)) continue;
      this.byDoc.set(docId, { table: next.table, id: next.id });
      if (next.version.erased) {
        if (this.vault.store.get(next.table, next.id)) {
          removals.push({ table: next.table, id: next.id });
          this.removedByTeam++;
        }
        erasedNow.push(erasedDoc(docId, next));
        continue;
      }
      if (
        current &&
        !current.version.erased &&
        !isAnonymised(current.version.data) &&
        isAnonymised(next.version.data)
      ) {
        this.removedByTeam++;
      }
      const payload = withMark(payloadOfVersion(withLocalLanguage(next, current)), {
        doc: docId,
        ...next.mark!,
      });
      const checked = validateRecord(next.table, next.id, payload);
      if (!checked.ok) {
        this.refused++;
        continue;
      }
      writes.set(next.table, [...(writes.get(next.table) ?? []), { id: next.id, payload: checked.payload }]);
    }
    const teamWrite = erasedNow.length > 0 ? this.withErased(erasedNow) : undefined;
    const all = [...writes].map(([table, records]) => ({ table, records }));
    if (teamWrite) all.push(teamWrite);
    if (all.length > 0 || removals.length > 0) await this.vault.putAll(all, removals, 'background');
    return refusedIds;
  }

  async pushedAll(items: { docId: string; leaves: string[]; stamp: number }[]): Promise<void> {
    const writes = new Map<RecordTable, { id: string; payload: unknown }[]>();
    const erasedNow: ErasedDoc[] = [];
    for (const { docId, leaves, stamp } of items) {
      const place = this.byDoc.get(docId);
      if (!place) continue;
      const record = this.vault.store.get(place.table, place.id);
      if (!record) {
        const erased = (this.team().erased ?? []).find((e) => e.docId === docId);
        // Pushed as a record and deleted here meanwhile: the erasure is still to be sent.
        erasedNow.push(
          erased && stamp === ERASED_STAMP
            ? { ...erased, leaves, pushed: true }
            : {
                docId,
                table: place.table,
                id: place.id,
                leaves,
                pushed: false,
              },
        );
        continue;
      }
      // (A record written before the team needs no clocks: it reads as written at its last change.)
      const next = withMark(record.payload as PayloadShape, {
        doc: docId,
        leaves,
        closed: [],
        dirty: record.seq !== stamp,
      });
      writes.set(place.table, [...(writes.get(place.table) ?? []), { id: place.id, payload: next }]);
    }
    const all = [...writes].map(([table, records]) => ({ table, records }));
    if (erasedNow.length > 0) all.push(this.withErased(erasedNow));
    if (all.length > 0) await this.vault.putAll(all, [], 'bookkeeping');
  }

  /** This device's team record with these erasure notes replacing earlier ones of the same documents. */
  private withErased(notes: ErasedDoc[]): {
    table: RecordTable;
    records: { id: string; payload: unknown }[];
  } {
    const id = `device-${this.vault.deviceId}`;
    const record = this.vault.store.get('settings', id)!;
    const payload = record.payload as { data: { team: TeamDevice }; meta: unknown };
    const erased = [
      ...(payload.data.team.erased ?? []).filter((e) => !notes.some((n) => n.docId === e.docId)),
      ...notes,
    ];
    return {
      table: 'settings',
      records: [
        { id, payload: { ...payload, data: { ...payload.data, team: { ...payload.data.team, erased } } } },
      ],
    };
  }

  async pullCheckpoint(): Promise<string | undefined> {
    return this.team().checkpoint;
  }

  async setPullCheckpoint(seq: string): Promise<void> {
    await saveTeam(this.vault, { ...this.team(), checkpoint: seq }, 'bookkeeping');
  }
}

function erasedEntry(erased: ErasedDoc): ReplicaEntry {
  const mark: SyncMark = { leaves: erased.leaves, closed: [], dirty: !erased.pushed };
  return { table: erased.table as RecordTable, id: erased.id, version: ERASED, mark, stamp: ERASED_STAMP };
}

function erasedDoc(docId: string, next: Omit<ReplicaEntry, 'stamp'>): ErasedDoc {
  return {
    docId,
    table: next.table,
    id: next.id,
    leaves: next.mark?.leaves ?? [],
    pushed: !next.mark?.dirty,
  };
}

/**
 * The UI language is each person's own, though it lives in the office's settings: a merge keeps this
 * computer's language (one member switching to English must not switch the others).
 */
function withLocalLanguage(
  next: Omit<ReplicaEntry, 'stamp'>,
  current: ReplicaEntry | undefined,
): LiveVersion {
  const version = next.version as LiveVersion;
  if (next.table !== 'settings' || next.id !== SETTINGS_ID || !current || current.version.erased)
    return version;
  const language = current.version.data.language;
  return language === undefined ? version : { ...version, data: { ...version.data, language } };
}
