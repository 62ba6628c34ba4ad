// The statistics database: every coordinator's computer publishes the statistics projection of each
// record (shared/stats/projection.ts) to a second CouchDB database, sealed under the statistics key.
// The office lead's computer reads only that database and holds only that key: what the lead's
// computer could show is limited by the key, and what the lead's account could read by the server.
//
// Coordinators only push (they have the full records; the projection is computed from them), so they
// must know without reading the bodies whether the server's document already holds the projection.
// A statistics revision therefore says which content it holds: `N-<content 16 hex><path 16 hex>`,
// the first half a keyed hash of the content, the second of parent and content (so two branches
// with equal content stay distinct revisions). A branch closed after a conflict carries the closed
// content's hash, so it is recognised as closed from its revision alone.
import { canonicalJson } from './canonicalJson';
import type { CouchClient, CouchDoc } from './couchClient';
import { clockDevice, clockInstant, maxClock, plainClock } from './hlc';
import { compareRevs, revGeneration, sealDoc, type DocContent, type TeamKey } from './syncDoc';
import { ERASED, type LiveVersion, type Version } from './versioned';
import { isStatisticalField, projectData } from '../stats/projection';
import { toHex, utf8Encode } from '../crypto/bytes';
import type { RecordTable } from '../storage/envelope';

/**
 * The statistics version of a record's version: the projected data, each kept field with its clock,
 * the blanked ones with the oldest of those (so every coordinator computes the same from the same
 * merged record), no conflict values (they may be personal) and no author. Undefined: the record has
 * nothing statistical; an erased record stays erased.
 */
export function projectVersion(table: RecordTable, id: string, version: Version): Version | undefined {
  if (version.erased) return ERASED;
  const data = projectData(table, id, version.data);
  if (!data) return undefined;
  const blank = new Set<string>();
  const clocks: Record<string, string> = {};
  // Kept fields keep their clocks, also those the record removed (else an older value could win).
  for (const [field, clock] of Object.entries(version.clocks))
    if (isStatisticalField(table, id, field)) clocks[field] = clock;
  for (const field of Object.keys(data)) if (clocks[field] === undefined) blank.add(field);
  const kept = Object.values(clocks);
  const oldest = kept.length > 0 ? kept.reduce((a, b) => (a <= b ? a : b)) : version.clock;
  for (const field of blank) clocks[field] = oldest;
  const clock = Object.values(clocks).reduce(maxClock, oldest);
  const seen: Record<string, string> = {};
  for (const c of Object.values(clocks)) {
    const device = clockDevice(c);
    const plain = plainClock(c);
    if (!seen[device] || seen[device] < plain) seen[device] = plain;
  }
  const live: LiveVersion = {
    erased: false,
    data,
    clocks,
    seen,
    conflicts: [],
    clock,
    info: {
      createdAt: version.info.createdAt,
      changedAt: clockInstant(clock),
      deviceId: clockDevice(clock),
      rev: 0,
    },
  };
  return live;
}

// ---------- Revisions ----------

async function macHex(key: TeamKey, text: string): Promise<string> {
  const signature = await globalThis.crypto.subtle.sign('HMAC', key.mac, utf8Encode(text));
  return toHex(new Uint8Array(signature).subarray(0, 8));
}

/** The keyed hash of a document's content, as its revisions carry it (16 hex digits). */
export function statsContentHash(key: TeamKey, content: DocContent): Promise<string> {
  return macHex(key, `stat|${canonicalJson(content)}`);
}

export function contentHashOfRev(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1, rev.indexOf('-') + 17);
}

export async function statsRevision(
  key: TeamKey,
  parent: string | undefined,
  contentHash: string,
): Promise<string> {
  const generation = parent ? revGeneration(parent) + 1 : 1;
  return `${generation}-${contentHash}${await macHex(key, `path|${parent ?? ''}|${contentHash}`)}`;
}

// ---------- Publishing ----------

/** One record's statistics document as it should be: its content (a projected version or an erasure). */
export interface StatsEntry {
  docId: string;
  table: RecordTable;
  id: string;
  version: Version;
  /** The key it is sealed with, when not the ledger's (a funding record's: the funding key). */
  key?: TeamKey;
}

export interface PublishResult {
  /** Documents written (new content or a closed conflict). */
  written: number;
  /** Documents already as they should be. */
  unchanged: number;
}

/**
 * What the statistics database holds, as far as pushing needs it: the open leaves of each document
 * (from the changes feed, revisions only, no bodies). One per session and database.
 */
export class StatsLedger {
  private readonly leaves = new Map<string, string[]>();
  private checkpoint = '0';
  /** The closed content's hash per key id. */
  private readonly closedHashes = new Map<string, string>();

  constructor(
    private readonly client: CouchClient,
    private readonly key: TeamKey,
  ) {}

  /** Reads the changes since the last call (the whole feed the first time). */
  async refresh(batch = 5000): Promise<void> {
    for (;;) {
      const { results, last_seq } = await this.client.changes(this.checkpoint, batch);
      for (const row of results)
        this.leaves.set(
          row.id,
          row.changes.map((c) => c.rev),
        );
      this.checkpoint = String(last_seq);
      if (results.length < batch) return;
    }
  }

  /** Open (not closed) leaves of a document sealed with `key`. */
  private async openLeaves(docId: string, key: TeamKey): Promise<string[]> {
    let closed = this.closedHashes.get(key.keyId);
    if (!closed) {
      closed = await statsContentHash(key, { closed: true });
      this.closedHashes.set(key.keyId, closed);
    }
    return (this.leaves.get(docId) ?? []).filter((rev) => contentHashOfRev(rev) !== closed);
  }

  /**
   * Writes what the server lacks: each entry as a child of its document's winning open leaf (other open
   * leaves closed), nothing where the only open leaf already holds this content. Erasing a document
   * the server never had writes nothing.
   */
  async publish(entries: Iterable<StatsEntry>, batchSize = 500): Promise<PublishResult> {
    let written = 0;
    let unchanged = 0;
    let docs: CouchDoc[] = [];
    /** The content's revision per document of the batch: its one open leaf once sent. */
    let heads = new Map<string, string>();
    const flush = async () => {
      if (docs.length === 0) return;
      const revs: Record<string, string[]> = {};
      for (const doc of docs) (revs[doc._id] ??= []).push(doc._rev);
      const diff = await this.client.revsDiff(revs);
      const missing = docs.filter((doc) => diff[doc._id]?.missing.includes(doc._rev));
      if (missing.length > 0) await this.client.bulkDocs(missing);
      for (const [docId, rev] of heads) this.leaves.set(docId, [rev]);
      docs = [];
      heads = new Map();
    };
    for (const entry of entries) {
      const key = entry.key ?? this.key;
      const content: DocContent = { table: entry.table, id: entry.id, version: entry.version };
      const hash = await statsContentHash(key, content);
      const open = (await this.openLeaves(entry.docId, key)).sort(compareRevs);
      const current = open.length === 1 && contentHashOfRev(open[0]!) === hash;
      if (current || (entry.version.erased && open.length === 0)) {
        unchanged++;
        continue;
      }
      const parent = open.at(-1);
      const rev = await statsRevision(key, parent, hash);
      docs.push(await sealDoc(key, entry.docId, parent ? [rev, parent] : [rev], content));
      for (const other of open.slice(0, -1)) {
        const closed: DocContent = { closed: true };
        const closedRev = await statsRevision(key, other, await statsContentHash(key, closed));
        docs.push(await sealDoc(key, entry.docId, [closedRev, other], closed));
      }
      heads.set(entry.docId, rev);
      written++;
      if (docs.length >= batchSize) await flush();
    }
    await flush();
    return { written, unchanged };
  }
}
