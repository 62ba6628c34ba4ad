// The in-memory store of decrypted records. Lists, search and statistics read from here only.
import { emptyContents, type LiveRecord, type TableContents } from '../../shared/storage/snapshot';
import type { RecordTable } from '../../shared/storage/envelope';

type Listener = () => void;
/** Told of each single change (a record set, or deleted when `record` is undefined). */
export type RecordListener = (table: RecordTable, id: string, record: LiveRecord | undefined) => void;

export class RecordStore {
  private contents: TableContents;
  private version = 0;
  private listeners = new Set<Listener>();
  private recordListeners = new Set<RecordListener>();

  constructor(contents: TableContents = emptyContents()) {
    this.contents = contents;
  }

  get(table: RecordTable, id: string): LiveRecord | undefined {
    return this.contents[table].get(id);
  }

  all(table: RecordTable): IterableIterator<LiveRecord> {
    return this.contents[table].values();
  }

  count(table: RecordTable): number {
    return this.contents[table].size;
  }

  /** Only called after the write committed. */
  set(table: RecordTable, record: LiveRecord): void {
    this.contents[table].set(record.id, record);
    for (const listener of this.recordListeners) listener(table, record.id, record);
    this.changed();
  }

  delete(table: RecordTable, id: string): void {
    if (!this.contents[table].delete(id)) return;
    for (const listener of this.recordListeners) listener(table, id, undefined);
    this.changed();
  }

  /** Replaces every record at once (a restore), after the write committed; listeners hear each change. */
  replaceAll(contents: TableContents): void {
    const previous = this.contents;
    this.contents = contents;
    for (const table of Object.keys(previous) as RecordTable[]) {
      for (const id of previous[table].keys()) {
        if (contents[table].has(id)) continue;
        for (const listener of this.recordListeners) listener(table, id, undefined);
      }
      for (const record of contents[table].values()) {
        for (const listener of this.recordListeners) listener(table, record.id, record);
      }
    }
    this.changed();
  }

  onRecordChange(listener: RecordListener): () => void {
    this.recordListeners.add(listener);
    return () => this.recordListeners.delete(listener);
  }

  snapshotContents(): TableContents {
    return this.contents;
  }

  getVersion = (): number => this.version;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
