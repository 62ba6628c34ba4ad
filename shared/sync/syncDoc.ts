// What the office's CouchDB database holds for a record: an envelope. The document id is a keyed
// hash of table and record id (random to the server, so neither the table nor an old time-ordered
// id shows), the revision ids are keyed hashes of their content, and the body is AES-256-GCM
// ciphertext under the team key. The server sees ids, revision trees, sizes, times — nothing else.
import { DecryptionError, open, seal } from '../crypto/aead';
import { fromBase64, toBase64, toHex, utf8Decode, utf8Encode } from '../crypto/bytes';
import { RECORD_TABLES, type RecordTable } from '../storage/envelope';
import { canonicalJson } from './canonicalJson';
import type { CouchDoc } from './couchClient';
import type { Version } from './versioned';

/**
 * A team key as stored and handed over: its id, 32 random bytes, and the team's id secret. The id
 * secret is made once per team and never changes, so a document keeps its id across re-keyings
 * (a removed member who knows it learns only the ids of records he has already seen).
 */
export interface TeamSecret {
  keyId: string;
  secret: Uint8Array;
  idSecret: Uint8Array;
}

export interface TeamKey {
  keyId: string;
  /** AES-256-GCM for the bodies. */
  cipher: CryptoKey;
  /** HMAC-SHA-256 for revision ids: only holders of this key can tell which content a revision has. */
  mac: CryptoKey;
  /** HMAC-SHA-256 for document ids, from the id secret. */
  ids: CryptoKey;
  /** A funding key (the funding file in the statistics database); absent: a team or statistics key. */
  purpose?: 'funding';
}

export async function teamKeyFromSecret(team: TeamSecret): Promise<TeamKey> {
  const subtle = globalThis.crypto.subtle;
  const derive = async (
    material: Uint8Array,
    salt: string,
    info: string,
    algorithm: AesKeyGenParams | HmacKeyGenParams,
    usages: KeyUsage[],
  ) => {
    const base = await subtle.importKey('raw', new Uint8Array(material), 'HKDF', false, ['deriveKey']);
    return subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: utf8Encode(salt), info: utf8Encode(info) },
      base,
      algorithm,
      false,
      usages,
    );
  };
  const hmac: HmacKeyGenParams = { name: 'HMAC', hash: 'SHA-256', length: 256 };
  const salt = `anlaufstelle/v1|team|${team.keyId}`;
  const [cipher, mac, ids] = await Promise.all([
    derive(team.secret, salt, 'anlaufstelle/v1|team-cipher', { name: 'AES-GCM', length: 256 }, [
      'encrypt',
      'decrypt',
    ]),
    derive(team.secret, salt, 'anlaufstelle/v1|team-mac', hmac, ['sign']),
    derive(team.idSecret, 'anlaufstelle/v1|team-ids', 'anlaufstelle/v1|doc-id', hmac, ['sign']),
  ]);
  return { keyId: team.keyId, cipher, mac, ids };
}

/** What a document's body says once opened. */
export type DocContent =
  | { table: RecordTable; id: string; version: Version }
  /** A branch closed after its content was merged into another one (CouchDB keeps it as a deleted leaf). */
  | { closed: true };

const REV_PATTERN = /^(\d+)-([0-9a-f]{32})$/;

async function keyedHash(key: CryptoKey, text: string): Promise<string> {
  const signature = await globalThis.crypto.subtle.sign('HMAC', key, utf8Encode(text));
  return toHex(new Uint8Array(signature).subarray(0, 16));
}

/** A record's document id: the same on every member's device and for every team key, meaningless to the server. */
export function docIdFor(key: TeamKey, table: RecordTable, id: string): Promise<string> {
  return keyedHash(key.ids, `doc|${table}|${id}`);
}

export function isRecordDocId(docId: string): boolean {
  return /^[0-9a-f]{32}$/.test(docId);
}

/**
 * The funding file for Haushalt lies in the statistics database under the funding key, its document
 * ids marked with "f": the lead's computer, which holds no funding key, passes them by in the
 * changes feed instead of stopping at a key it was never given.
 */
export const FUNDING_DOC_PREFIX = 'f';

export async function fundingDocIdFor(key: TeamKey, id: string): Promise<string> {
  return `${FUNDING_DOC_PREFIX}${await docIdFor(key, 'funding', id)}`;
}

export function isFundingDocId(docId: string): boolean {
  return docId.startsWith(FUNDING_DOC_PREFIX) && isRecordDocId(docId.slice(FUNDING_DOC_PREFIX.length));
}

/**
 * The revision id for this content on top of `parent`: equal content on the same parent gives the
 * same id on every device, so two members merging the same versions write one revision, not two.
 */
export async function revisionFor(
  key: TeamKey,
  parent: string | undefined,
  content: DocContent,
): Promise<string> {
  const generation = parent ? revGeneration(parent) + 1 : 1;
  return `${generation}-${await keyedHash(key.mac, `rev|${parent ?? ''}|${canonicalJson(content)}`)}`;
}

export function revGeneration(rev: string): number {
  return Number(REV_PATTERN.exec(rev)?.[1] ?? Number.parseInt(rev, 10));
}

/** The winning branch among several: the highest generation, then the highest id (as CouchDB picks). */
export function compareRevs(a: string, b: string): number {
  const ga = revGeneration(a);
  const gb = revGeneration(b);
  if (ga !== gb) return ga - gb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function aad(docId: string, rev: string, keyId: string): string {
  return `anlaufstelle/v1|sync|${docId}|${rev}|${keyId}`;
}

/** The document for one revision: ancestry `[rev, parent, …]` as CouchDB wants it with new_edits=false. */
export async function sealDoc(
  key: TeamKey,
  docId: string,
  ancestry: string[],
  content: DocContent,
): Promise<CouchDoc> {
  const rev = ancestry[0]!;
  const { iv, ct } = await seal(key.cipher, utf8Encode(JSON.stringify(content)), aad(docId, rev, key.keyId));
  const deleted = 'closed' in content || content.version.erased;
  return {
    _id: docId,
    _rev: rev,
    ...(deleted ? { _deleted: true } : {}),
    _revisions: { start: revGeneration(rev), ids: ancestry.map((r) => r.slice(r.indexOf('-') + 1)) },
    k: key.keyId,
    iv: toBase64(iv),
    ct: toBase64(ct),
  };
}

/**
 * Opens a document and checks that it belongs where it lies: the ciphertext is bound to its id,
 * revision and key, and a record's content to the id derived from its table and record id.
 * Throws DecryptionError for anything else (another key, a tampered or moved body).
 */
export async function openDoc(keys: ReadonlyMap<string, TeamKey>, doc: CouchDoc): Promise<DocContent> {
  const keyId = doc.k;
  const key = typeof keyId === 'string' ? keys.get(keyId) : undefined;
  if (!key || typeof doc.iv !== 'string' || typeof doc.ct !== 'string') throw new DecryptionError();
  const plain = await open(
    key.cipher,
    { iv: fromBase64(doc.iv), ct: fromBase64(doc.ct) },
    aad(doc._id, doc._rev, key.keyId),
  );
  const content = JSON.parse(utf8Decode(plain)) as DocContent;
  if ('closed' in content) return content;
  if (!(RECORD_TABLES as readonly string[]).includes(content.table) || typeof content.id !== 'string') {
    throw new DecryptionError();
  }
  const expected = await docIdFor(key, content.table, content.id);
  const published = content.table === 'funding' && doc._id === `${FUNDING_DOC_PREFIX}${expected}`;
  if (expected !== doc._id && !published) throw new DecryptionError();
  return content;
}

/**
 * A document of the statistics database as its readers open it: the funding file only under a
 * funding key at an "f" id, everything else only under a statistics key at a plain id. (A reader of
 * the statistics key — the lead — could otherwise write a funding record that Haushalt would take.)
 */
export async function openStatisticsDoc(
  keys: ReadonlyMap<string, TeamKey>,
  doc: CouchDoc,
): Promise<DocContent> {
  const content = await openDoc(keys, doc);
  const funding = isFundingDocId(doc._id);
  const key = keys.get(doc.k as string);
  if (funding !== (key?.purpose === 'funding')) throw new DecryptionError();
  if (!('closed' in content) && (content.table === 'funding') !== funding) throw new DecryptionError();
  return content;
}

/** The ancestry of a fetched revision, newest first, as `N-hash` strings. */
export function ancestryOf(doc: CouchDoc): string[] {
  const revisions = doc._revisions;
  if (!revisions) return [doc._rev];
  return revisions.ids.map((hash, index) => `${revisions.start - index}-${hash}`);
}
