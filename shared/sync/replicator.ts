// One round of replication between this device and the office's database, following CouchDB's
// replication protocol: pull the changes since the last checkpoint (_changes, _bulk_get), merge them
// into the local records, then push what the server lacks (_revs_diff, _bulk_docs new_edits=false).
//
// Several open leaves of one document (two members changed a record while apart) are merged field by
// field (merge.ts); the merge is written as a child of the winning leaf and the other leaves are
// closed with a deleted child. Revision ids come from the content (syncDoc.ts), so two members
// merging the same leaves write the same revision and the database settles instead of ping-ponging.
// A round that breaks off (server gone, window closed) leaves local records and checkpoints
// consistent: the next round re-sends only what the server still lacks.
import { DecryptionError } from '../crypto/aead';
import type { RecordTable } from '../storage/envelope';
import { canonicalJson } from './canonicalJson';
import { SyncError, type CouchClient, type CouchDoc } from './couchClient';
import { mergeVersions, type MergeRules } from './merge';
import {
  compareRevs,
  isRecordDocId,
  openDoc,
  revisionFor,
  sealDoc,
  type DocContent,
  type TeamKey,
} from './syncDoc';
import type { Version } from './versioned';

/** What this device knows of a record's document on the server. */
export interface SyncMark {
  /** The open leaves the local state includes (one, unless a merge is waiting to be pushed). */
  leaves: string[];
  /** Closed leaves already seen, so they are not fetched again. */
  closed: string[];
  /** The local state has something the server lacks: an edit here, or a merge of several leaves. */
  dirty: boolean;
}

export interface ReplicaEntry {
  table: RecordTable;
  id: string;
  version: Version;
  mark: SyncMark | undefined;
  /** Changes with every local write: a store with an older stamp is refused. */
  stamp: number;
}

export interface StoreItem {
  docId: string;
  next: Omit<ReplicaEntry, 'stamp'>;
  stamp: number | undefined;
}

/** The local store as the replicator sees it (the vault in the app, a Map in tests). */
export interface LocalReplica {
  /**
   * Up to `limit` records whose state the server lacks (never pushed, changed, or merged), leaving
   * out the documents in `skip` (on their way to the server).
   */
  pending(limit: number, skip: ReadonlySet<string>): Promise<(ReplicaEntry & { docId: string })[]>;
  entry(docId: string): Promise<ReplicaEntry | undefined>;
  /**
   * Stores states pulled or merged, each unless its record changed since its `stamp`; returns the
   * document ids refused that way (the caller merges them again).
   */
  storeAll(items: StoreItem[]): Promise<string[]>;
  /** Pushes reached the server: each record is clean unless it changed since its `stamp`. */
  pushedAll(items: { docId: string; leaves: string[]; stamp: number }[]): Promise<void>;
  pullCheckpoint(): Promise<string | undefined>;
  setPullCheckpoint(seq: string): Promise<void>;
}

export interface SyncOptions {
  client: CouchClient;
  replica: LocalReplica;
  /** The key new revisions are sealed with. */
  key: TeamKey;
  /** Every key this device may open documents with (the current one and older ones); grows. */
  keys: Map<string, TeamKey>;
  /**
   * A document under a key id this device does not have: a new team key (after a member was
   * removed) that waits for it in a key document. Undefined: this device was not given it.
   */
  resolveKey?: (keyId: string, docId: string) => Promise<TeamKey | undefined>;
  /**
   * The documents this device reads from the changes feed (default: the records'). Haushalt reads
   * the funding documents of the statistics database too; the lead's computer passes them by.
   */
  readsDoc?: (docId: string) => boolean;
  /** How a document is opened (default: openDoc; the statistics database's readers check more). */
  opens?: (keys: ReadonlyMap<string, TeamKey>, doc: CouchDoc) => Promise<DocContent>;
  /**
   * Documents whose unknown key is not this device's removal: counted unreadable and passed by
   * (Haushalt's funding documents — nobody else can make Haushalt stop with one).
   */
  passesUnknownKey?: (docId: string) => boolean;
  rules: (table: RecordTable, id: string) => MergeRules;
  batchSize?: number;
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncProgress {
  phase: 'pull' | 'push';
  /** Documents handled so far in this phase. */
  done: number;
}

export interface SyncResult {
  /** Documents with revisions new to this device. */
  pulled: number;
  pushed: number;
  /** Documents that did not open (another key, tampered): left alone and counted. */
  unreadable: number;
}

export async function syncOnce(options: SyncOptions): Promise<SyncResult> {
  const pulled = await pullChanges(options);
  const pushed = await pushChanges(options);
  return { pulled: pulled.count, pushed, unreadable: pulled.unreadable };
}

/** Pull only: the server's changes since the checkpoint, merged into the local records. */
export async function pullChanges({
  client,
  replica,
  keys,
  resolveKey,
  readsDoc = isRecordDocId,
  opens = openDoc,
  passesUnknownKey,
  rules,
  batchSize = 200,
  onProgress,
}: SyncOptions) {
  let count = 0;
  let unreadable = 0;
  /** One batch of the changes feed and the revisions of it this device lacks. */
  const fetchBatch = async (from: string) => {
    const { results, last_seq } = await client.changes(from, batchSize);
    const rows = results.filter((row) => readsDoc(row.id));
    const wanted: { id: string; rev: string }[] = [];
    for (const row of rows) {
      const mark = (await replica.entry(row.id))?.mark;
      for (const { rev } of row.changes) {
        if (!mark?.leaves.includes(rev) && !mark?.closed.includes(rev)) wanted.push({ id: row.id, rev });
      }
    }
    const fetched = wanted.length > 0 ? await client.bulkGet(wanted) : [];
    return {
      seen: results.length,
      more: results.length >= batchSize,
      since: String(last_seq),
      rows,
      fetched,
    };
  };
  let next = fetchBatch((await replica.pullCheckpoint()) ?? '0');
  for (;;) {
    const { seen, more, since, rows, fetched } = await next;
    if (seen === 0) break;
    // The next batch is fetched while this one is opened and stored: the server works meanwhile.
    // (A document in both batches was changed on the server in between; fetching a revision
    // twice is harmless, merging is idempotent.)
    if (more) {
      next = fetchBatch(since);
      next.catch(() => {}); // a failure is met when it is awaited
    }
    const opened = new Map<string, { rev: string; content: DocContent }[]>();
    const broken = new Set<string>();
    for (const doc of fetched) {
      const keyId = typeof doc.k === 'string' ? doc.k : '';
      if (keyId && !keys.has(keyId)) {
        const key = await resolveKey?.(keyId, doc._id);
        if (!key && passesUnknownKey?.(doc._id)) {
          broken.add(doc._id);
          continue;
        }
        // Never skip past documents this device should be able to read: stop, keep the checkpoint.
        if (!key) throw new SyncError('revoked');
        keys.set(keyId, key);
      }
      try {
        const content = await opens(keys, doc);
        opened.set(doc._id, [...(opened.get(doc._id) ?? []), { rev: doc._rev, content }]);
      } catch (error) {
        if (!(error instanceof DecryptionError) && !(error instanceof SyntaxError)) throw error;
        broken.add(doc._id);
      }
    }
    const usable = rows.filter((row) => !broken.has(row.id));
    unreadable += rows.length - usable.length;
    // Merged in batches; a record changed here meanwhile is merged again with its new state.
    let todo = usable;
    for (let attempt = 0; todo.length > 0 && attempt < 10; attempt++) {
      const merged: StoreItem[] = [];
      for (const row of todo) {
        const entry = await replica.entry(row.id);
        const leafRevs = row.changes.map((change) => change.rev);
        const next = mergeLeaves(entry, leafRevs, opened.get(row.id) ?? [], rules);
        if (next) merged.push({ docId: row.id, next, stamp: entry?.stamp });
      }
      const refused = new Set(await replica.storeAll(merged));
      todo = todo.filter((row) => refused.has(row.id));
    }
    count += usable.filter((row) => opened.has(row.id)).length;
    await replica.setPullCheckpoint(since);
    onProgress?.({ phase: 'pull', done: count });
    if (!more) break;
  }
  return { count, unreadable };
}

/** The local record with the newly fetched leaves of its document merged in (undefined: nothing to store). */
function mergeLeaves(
  entry: ReplicaEntry | undefined,
  leafRevs: string[],
  fetched: { rev: string; content: DocContent }[],
  rules: SyncOptions['rules'],
): Omit<ReplicaEntry, 'stamp'> | undefined {
  const known = entry?.mark;
  const closed = leafRevs.filter(
    (rev) => known?.closed.includes(rev) || fetched.some((f) => f.rev === rev && 'closed' in f.content),
  );
  const open = leafRevs.filter((rev) => !closed.includes(rev));
  const records = fetched.flatMap((f) => ('closed' in f.content ? [] : [{ rev: f.rev, ...f.content }]));
  const first = records[0];
  if (!entry && !first) return undefined; // only closed branches of a record this device never had
  const table = entry?.table ?? first!.table;
  const id = entry?.id ?? first!.id;
  let version = entry?.version;
  for (const record of records) {
    version = version ? mergeVersions(version, record.version, rules(table, id)) : record.version;
  }
  // Clean: the server's one open leaf is exactly this state.
  const single = open.length === 1 ? records.find((r) => r.rev === open[0]) : undefined;
  const dirty =
    open.length !== 1 ||
    (single
      ? single.version !== version && canonicalJson(single.version) !== canonicalJson(version)
      : (known?.dirty ?? true));
  return { table, id, version: version!, mark: { leaves: open, closed, dirty } };
}

/** Push only: what the server lacks, as children of the leaves this device knows. */
export async function pushChanges({
  client,
  replica,
  key,
  batchSize = 200,
  onProgress,
}: SyncOptions): Promise<number> {
  let count = 0;
  /** The batch on its way: sent, then noted as pushed. The next one is sealed meanwhile. */
  let sending: { docIds: Set<string>; done: Promise<void> } | undefined;
  // A record edited again while its push was under way comes back as pending: bounded, so a
  // user typing fast cannot keep one round going forever.
  for (let round = 0; round < 1000; round++) {
    const pending = await replica.pending(batchSize, sending?.docIds ?? new Set());
    const batch = pending.length > 0 ? await sealBatch(key, pending) : undefined;
    await sending?.done;
    sending = undefined;
    if (!batch) break;
    const done = sendBatch(client, replica, batch).then(() => {
      count += batch.written.length;
      onProgress?.({ phase: 'push', done: count });
    });
    done.catch(() => {}); // a failure is met when it is awaited
    sending = { docIds: new Set(batch.written.map((w) => w.docId)), done };
  }
  await sending?.done;
  return count;
}

interface SealedBatch {
  docs: CouchDoc[];
  written: { docId: string; leaves: string[]; stamp: number }[];
}

/** The documents for these records: each a child of its newest known leaf; other leaves closed. */
async function sealBatch(key: TeamKey, pending: (ReplicaEntry & { docId: string })[]): Promise<SealedBatch> {
  const docs: CouchDoc[] = [];
  const written: SealedBatch['written'] = [];
  for (const entry of pending) {
    const leaves = [...(entry.mark?.leaves ?? [])].sort(compareRevs);
    if (entry.version.erased && leaves.length === 0) {
      // Made and erased before it ever reached the server: nothing to tell it.
      written.push({ docId: entry.docId, leaves: [], stamp: entry.stamp });
      continue;
    }
    const parent = leaves.at(-1);
    const content: DocContent = { table: entry.table, id: entry.id, version: entry.version };
    const rev = await revisionFor(key, parent, content);
    docs.push(await sealDoc(key, entry.docId, parent ? [rev, parent] : [rev], content));
    for (const other of leaves.slice(0, -1)) {
      const closedRev = await revisionFor(key, other, { closed: true });
      docs.push(await sealDoc(key, entry.docId, [closedRev, other], { closed: true }));
    }
    written.push({ docId: entry.docId, leaves: [rev], stamp: entry.stamp });
  }
  return { docs, written };
}

async function sendBatch(client: CouchClient, replica: LocalReplica, { docs, written }: SealedBatch) {
  if (docs.length > 0) {
    // A push that broke off and is repeated sends only what the server has not stored yet.
    const revs: Record<string, string[]> = {};
    for (const doc of docs) (revs[doc._id] ??= []).push(doc._rev);
    const diff = await client.revsDiff(revs);
    const missing = docs.filter((doc) => diff[doc._id]?.missing.includes(doc._rev));
    if (missing.length > 0) await client.bulkDocs(missing);
  }
  await replica.pushedAll(written);
}
