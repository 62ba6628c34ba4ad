// An in-memory replica of a vault for the sync tests: records as versions, with the marks the
// replicator keeps, and edits stamped as the app stamps them.
import type { RecordTable } from '../../../../shared/storage/envelope';
import { HybridClock } from '../../../../shared/sync/hlc';
import type { LocalReplica, ReplicaEntry, StoreItem } from '../../../../shared/sync/replicator';
import { docIdFor, type TeamKey } from '../../../../shared/sync/syncDoc';
import { stampChange, type LiveVersion } from '../../../../shared/sync/versioned';

export class MemoryReplica implements LocalReplica {
  entries = new Map<string, ReplicaEntry>();
  checkpoint: string | undefined;
  private stamps = 0;
  readonly clock: HybridClock;

  constructor(
    readonly device: string,
    public key: TeamKey,
  ) {
    this.clock = new HybridClock(device);
  }

  async edit(table: RecordTable, id: string, data: Record<string, unknown>): Promise<void> {
    const docId = await docIdFor(this.key, table, id);
    const current = this.entries.get(docId);
    const previous = current && !current.version.erased ? current.version : undefined;
    const now = new Date().toISOString();
    const version = stampChange(previous, data, this.clock.tick(), {
      createdAt: previous?.info.createdAt ?? now,
      changedAt: now,
      deviceId: this.device,
      rev: (previous?.info.rev ?? -1) + 1,
    });
    this.entries.set(docId, {
      table,
      id,
      version,
      mark: current?.mark && { ...current.mark, dirty: true },
      stamp: ++this.stamps,
    });
  }

  async erase(table: RecordTable, id: string): Promise<void> {
    const docId = await docIdFor(this.key, table, id);
    const current = this.entries.get(docId)!;
    this.entries.set(docId, {
      ...current,
      version: { erased: true },
      mark: current.mark && { ...current.mark, dirty: true },
      stamp: ++this.stamps,
    });
  }

  /** Every record to be sent again (under a new team key). */
  markAllDirty(): void {
    for (const [docId, entry] of this.entries) {
      if (entry.mark)
        this.entries.set(docId, { ...entry, mark: { ...entry.mark, dirty: true }, stamp: ++this.stamps });
    }
  }

  async record(table: RecordTable, id: string): Promise<LiveVersion | undefined> {
    const version = this.entries.get(await docIdFor(this.key, table, id))?.version;
    return version && !version.erased ? version : undefined;
  }

  async pending(limit: number, skip: ReadonlySet<string>) {
    return [...this.entries]
      .filter(([docId, entry]) => (!entry.mark || entry.mark.dirty) && !skip.has(docId))
      .slice(0, limit)
      .map(([docId, entry]) => ({ docId, ...entry }));
  }
  async entry(docId: string) {
    return this.entries.get(docId);
  }
  async storeAll(items: StoreItem[]) {
    const refused: string[] = [];
    for (const { docId, next, stamp } of items) {
      if (this.entries.get(docId)?.stamp !== stamp) {
        refused.push(docId);
        continue;
      }
      if (!next.version.erased) this.clock.observe(next.version.clock);
      this.entries.set(docId, { ...next, stamp: ++this.stamps });
    }
    return refused;
  }
  async pushedAll(items: { docId: string; leaves: string[]; stamp: number }[]) {
    for (const { docId, leaves, stamp } of items) {
      const current = this.entries.get(docId)!;
      const dirty = current.stamp !== stamp;
      this.entries.set(docId, { ...current, mark: { leaves, closed: current.mark?.closed ?? [], dirty } });
    }
  }
  async pullCheckpoint() {
    return this.checkpoint;
  }
  async setPullCheckpoint(seq: string) {
    this.checkpoint = seq;
  }
  /** What a user sees: every live record's table, id and data. */
  visible() {
    return [...this.entries.values()]
      .flatMap((e) => (e.version.erased ? [] : [{ table: e.table, id: e.id, data: e.version.data }]))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}
