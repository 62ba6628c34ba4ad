// The in-memory store of decrypted records. Lists, search and statistics read from here only.
import { emptyContents, type LiveRecord, type TableContents } from '../../shared/storage/snapshot';
import { RECORD_TABLES, type RecordTable } from '../../shared/storage/envelope';

type Listener = () => void;
/**
 * What a write changed, for whom. `content`: what people see, told to the screens at once.
 * `background`: the same, arriving from the team sync in bursts of hundreds: the screens are told
 * at most every BACKGROUND_NOTIFY_MS (a first download would otherwise redraw the open screen after
 * every batch). `bookkeeping`: only the sync's notes of what the server has; nothing anybody sees
 * changed, so screens, search and figures are not told (the snapshot layout still is).
 */
export type StoreChange = 'content' | 'background' | 'bookkeeping';
/** Told of each single change (a record set, or deleted when `record` is undefined). */
export type RecordListener = (
  table: RecordTable,
  id: string,
  record: LiveRecord | undefined,
  change: StoreChange,
) => void;

/** Screens hear of a burst of background changes at once, then at most this often. */
export const BACKGROUND_NOTIFY_MS = 2000;

/** Changes remembered per table for lists that patch themselves (more: they rebuild). */
const CHANGE_LOG = 256;

export class RecordStore {
  private contents: TableContents;
  private version = 0;
  /** Per table: the store version of its last change. */
  private readonly tableVersions = Object.fromEntries(RECORD_TABLES.map((t) => [t, 0])) as Record<
    RecordTable,
    number
  >;
  /** Per table: the ids changed recently, with the version of each change (oldest first). */
  private readonly changeLogs = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as Record<
    RecordTable,
    Array<{ version: number; id: string }>
  >;
  /** Per table: changes at or below this version are not in the log any more. */
  private readonly logFloors = Object.fromEntries(RECORD_TABLES.map((t) => [t, 0])) as Record<
    RecordTable,
    number
  >;
  private listeners = new Set<Listener>();
  private recordListeners = new Set<RecordListener>();
  /** A background notice is due (the timer) or was just given (the time, for the throttle). */
  private backgroundTimer: ReturnType<typeof setTimeout> | undefined;
  private lastBackgroundNotice = -Infinity;

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
  set(table: RecordTable, record: LiveRecord, change: StoreChange = 'content'): void {
    this.contents[table].set(record.id, record);
    for (const listener of this.recordListeners) listener(table, record.id, record, change);
    this.changed(table, record.id, change);
  }

  delete(table: RecordTable, id: string, change: StoreChange = 'content'): void {
    if (!this.contents[table].delete(id)) return;
    for (const listener of this.recordListeners) listener(table, id, undefined, change);
    this.changed(table, id, change);
  }

  /** The store version of the table's last change: lists of one table need not follow the others. */
  tableVersion(table: RecordTable): number {
    return this.tableVersions[table];
  }

  /** The ids of `table` changed after `version`, or undefined when that is too long ago to tell. */
  changedSince(table: RecordTable, version: number): string[] | undefined {
    if (version < this.logFloors[table]) return undefined;
    const ids = new Set<string>();
    for (const change of this.changeLogs[table]) if (change.version > version) ids.add(change.id);
    return [...ids];
  }

  /** Replaces every record at once (a restore), after the write committed; listeners hear each change. */
  replaceAll(contents: TableContents): void {
    const previous = this.contents;
    this.contents = contents;
    for (const table of Object.keys(previous) as RecordTable[]) {
      for (const id of previous[table].keys()) {
        if (contents[table].has(id)) continue;
        for (const listener of this.recordListeners) listener(table, id, undefined, 'content');
      }
      for (const record of contents[table].values()) {
        for (const listener of this.recordListeners) listener(table, record.id, record, 'content');
      }
    }
    this.version++;
    for (const table of RECORD_TABLES) {
      this.tableVersions[table] = this.logFloors[table] = this.version;
      this.changeLogs[table] = [];
    }
    this.notify();
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

  private changed(table: RecordTable, id: string, change: StoreChange): void {
    if (change === 'bookkeeping') return;
    this.version++;
    this.tableVersions[table] = this.version;
    const log = this.changeLogs[table];
    log.push({ version: this.version, id });
    if (log.length > CHANGE_LOG)
      this.logFloors[table] = log.splice(0, log.length - CHANGE_LOG).at(-1)!.version;
    if (change === 'content') this.notify();
    else this.notifySoon();
  }

  /** The first background change is told at once (one colleague's save shows without delay). */
  private notifySoon(): void {
    if (this.backgroundTimer !== undefined) return;
    const wait = this.lastBackgroundNotice + BACKGROUND_NOTIFY_MS - Date.now();
    if (wait <= 0) {
      // Still after the write's other changes (a batch is told once, not per record).
      this.backgroundTimer = setTimeout(() => this.notify(), 0);
      return;
    }
    this.backgroundTimer = setTimeout(() => this.notify(), wait);
  }

  private notify(): void {
    if (this.backgroundTimer !== undefined) {
      clearTimeout(this.backgroundTimer);
      this.backgroundTimer = undefined;
      this.lastBackgroundNotice = Date.now();
    }
    for (const listener of this.listeners) listener();
  }
}
