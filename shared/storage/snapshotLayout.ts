// Which snapshot segment holds each record, and which segments changed since they were stored.
// A record keeps its segment for life; new records join their table's open segment until it holds
// SEGMENT_RECORDS, then a new one opens. So the records a coordinator adds and edits this week sit in
// a few segments, and a snapshot write re-seals those, not the whole log.
import { RECORD_TABLES, type RecordTable } from './envelope';
import {
  MANIFEST_ID,
  parseSegmentId,
  segmentId,
  type LiveRecord,
  type SegmentEntry,
  type TableContents,
} from './snapshot';

/** About 0.7 MB of JSON for inquiries: a few milliseconds to seal or open, no long task. */
export const SEGMENT_RECORDS = 1000;

/** A segment sealed for storing, with the version of its contents it was sealed from. */
export interface SealedSegment {
  version: number;
  iv: string;
}

export class SnapshotLayout {
  /** Per table: record id → segment number. */
  private readonly placement = Object.fromEntries(RECORD_TABLES.map((t) => [t, new Map()])) as Record<
    RecordTable,
    Map<string, number>
  >;
  private readonly counts = new Map<string, number>();
  /** Bumped on every change to a segment's records: a sealed copy of an older version is stale. */
  private readonly versions = new Map<string, number>();
  private readonly openNumber = {} as Record<RecordTable, number>;
  /** Segments changed since they were stored. */
  private readonly dirty = new Set<string>();
  /** Stored segments: id → IV (base64) of the version the stored manifest names. */
  private readonly stored = new Map<string, string>();
  /** Rows to delete at the next write: rows no manifest names and the format-1 blob. */
  private readonly strays = new Set<string>();

  private constructor() {
    for (const table of RECORD_TABLES) this.openNumber[table] = 0;
  }

  /** A layout for contents no stored snapshot covers: every segment to be written. */
  static fresh(contents: TableContents, strays: Iterable<string> = []): SnapshotLayout {
    const layout = new SnapshotLayout();
    for (const id of strays) if (id !== MANIFEST_ID) layout.strays.add(id);
    for (const table of RECORD_TABLES) {
      // In write order, so that recent records share the last segments.
      const records = [...contents[table].values()].sort((a, b) => a.seq - b.seq);
      for (const record of records) layout.noteSet(table, record.id);
    }
    return layout;
  }

  /**
   * The layout of a stored snapshot: its manifest's segments and the record ids each holds. Rows of
   * the `snapshots` table that the manifest does not name are deleted at the next write.
   */
  static stored(
    segments: ReadonlyArray<{ entry: SegmentEntry; ids: readonly string[] }>,
    rowIds: Iterable<string>,
  ): SnapshotLayout {
    const layout = new SnapshotLayout();
    for (const { entry, ids } of segments) {
      const where = parseSegmentId(entry.id);
      if (!where) continue;
      for (const id of ids) layout.placement[where.table].set(id, where.n);
      layout.counts.set(entry.id, ids.length);
      layout.stored.set(entry.id, entry.iv);
      layout.openNumber[where.table] = Math.max(layout.openNumber[where.table], where.n);
    }
    for (const id of rowIds) if (id !== MANIFEST_ID && !layout.stored.has(id)) layout.strays.add(id);
    return layout;
  }

  /** A record was added or changed (after its write committed). */
  noteSet(table: RecordTable, id: string): void {
    let n = this.placement[table].get(id);
    if (n === undefined) {
      n = this.openNumber[table];
      if ((this.counts.get(segmentId(table, n)) ?? 0) >= SEGMENT_RECORDS) n = this.openNumber[table] = n + 1;
      this.placement[table].set(id, n);
      const seg = segmentId(table, n);
      this.counts.set(seg, (this.counts.get(seg) ?? 0) + 1);
    }
    this.touch(segmentId(table, n));
  }

  /** A record was deleted (after its write committed). */
  noteDelete(table: RecordTable, id: string): void {
    const n = this.placement[table].get(id);
    if (n === undefined) return;
    this.placement[table].delete(id);
    const seg = segmentId(table, n);
    this.counts.set(seg, (this.counts.get(seg) ?? 1) - 1);
    this.touch(seg);
  }

  /** Every segment is sealed again at the next write (records checked under a newer registry). */
  touchAll(): void {
    for (const seg of this.counts.keys()) this.touch(seg);
  }

  private touch(seg: string): void {
    this.versions.set(seg, (this.versions.get(seg) ?? 0) + 1);
    this.dirty.add(seg);
  }

  version(seg: string): number {
    return this.versions.get(seg) ?? 0;
  }

  /** True when nothing changed since the stored snapshot. */
  get clean(): boolean {
    return this.dirty.size === 0 && this.strays.size === 0;
  }

  /** Changed segments that still hold records and have no sealed copy of their current version. */
  due(sealed: ReadonlyMap<string, SealedSegment>): string[] {
    return [...this.dirty].filter(
      (seg) => (this.counts.get(seg) ?? 0) > 0 && sealed.get(seg)?.version !== this.version(seg),
    );
  }

  /** The records of the given segments, read in one pass over each table concerned. */
  recordsOf(segments: readonly string[], contents: TableContents): Map<string, LiveRecord[]> {
    const out = new Map<string, LiveRecord[]>(segments.map((seg) => [seg, []]));
    const byTable = new Map<RecordTable, Set<number>>();
    for (const seg of segments) {
      const where = parseSegmentId(seg);
      if (!where) continue;
      const numbers = byTable.get(where.table) ?? new Set<number>();
      numbers.add(where.n);
      byTable.set(where.table, numbers);
    }
    for (const [table, numbers] of byTable) {
      const placement = this.placement[table];
      for (const record of contents[table].values()) {
        const n = placement.get(record.id);
        if (n !== undefined && numbers.has(n)) out.get(segmentId(table, n))!.push(record);
      }
    }
    return out;
  }

  /**
   * What a write stores: the manifest's entries (every segment with records, at its sealed or stored
   * version), the sealed segments to put, the rows to delete, and the changed segments it settles (with
   * their versions now). Call only when `due(sealed)` is empty.
   */
  plan(sealed: ReadonlyMap<string, SealedSegment>): SnapshotPlan {
    const entries: SegmentEntry[] = [];
    const put: string[] = [];
    const settles = new Map<string, number>();
    for (const [seg, count] of this.counts) {
      if (count === 0) continue;
      const fresh = this.dirty.has(seg) ? sealed.get(seg) : undefined;
      const iv = fresh?.iv ?? this.stored.get(seg);
      if (iv === undefined) throw new Error(`snapshot segment ${seg} is not sealed`);
      if (fresh) {
        put.push(seg);
        settles.set(seg, fresh.version);
      }
      entries.push({ id: seg, iv, count });
    }
    // A stray that is also a segment of this layout (a rebuild after an untrusted snapshot) is overwritten.
    const remove = [...this.strays].filter((seg) => !this.counts.get(seg));
    for (const seg of this.dirty) {
      if ((this.counts.get(seg) ?? 0) > 0) continue;
      settles.set(seg, this.version(seg));
      if (this.stored.has(seg)) remove.push(seg);
    }
    return { entries, put, remove, settles };
  }

  /** After the write committed: what it stored is the stored state; what changed meanwhile stays due. */
  committed(plan: SnapshotPlan): void {
    for (const seg of plan.remove) this.stored.delete(seg);
    this.strays.clear();
    for (const entry of plan.entries) this.stored.set(entry.id, entry.iv);
    for (const [seg, version] of plan.settles) if (this.version(seg) === version) this.dirty.delete(seg);
  }
}

export interface SnapshotPlan {
  entries: SegmentEntry[];
  put: string[];
  remove: string[];
  settles: Map<string, number>;
}
