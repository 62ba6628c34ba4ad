// One encrypted row per record saved on its own: the source of truth and the unit of a later office
// sync. Whole tables written at once (restore, re-keying) go into packs instead (pack.ts).
import { DecryptionError, open, seal } from '../crypto/aead';
import { utf8Decode, utf8Encode } from '../crypto/bytes';

export const ENVELOPE_VERSION = 1;

/** Logical tables. Each is a Dexie table of envelopes; the name is bound into the ciphertext. */
export const RECORD_TABLES = [
  'settings',
  'inquiries',
  'followups',
  'templates',
  'organisations',
  'persons',
  'activities',
  'reports',
  'funding',
  'outreach',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/** What lies on disk. Only ids, key id, version and the write sequence are in the clear. */
export interface EncryptedRow {
  id: string;
  keyId: string;
  v: number;
  /** Storage bookkeeping: a per-vault write counter, so unlock can read what is newer than the snapshot. */
  seq: number;
  iv?: Uint8Array;
  ct?: Uint8Array;
  /** A tombstone: the record was deleted; the row keeps no content. */
  deleted?: true;
}

export function recordAad(table: string, id: string, keyId: string): string {
  return `anlaufstelle/v1|${table}|${id}|${keyId}`;
}

/** A sealed row before the store gives it its write sequence (sealing runs outside any transaction). */
export type SealedRow = Omit<EncryptedRow, 'seq'>;

export async function sealRecord(
  key: CryptoKey,
  keyId: string,
  table: RecordTable,
  id: string,
  payload: unknown,
): Promise<SealedRow> {
  const { iv, ct } = await seal(key, utf8Encode(JSON.stringify(payload)), recordAad(table, id, keyId));
  return { id, keyId, v: ENVELOPE_VERSION, iv, ct };
}

export async function openRecord(key: CryptoKey, table: RecordTable, row: EncryptedRow): Promise<unknown> {
  if (row.v !== ENVELOPE_VERSION || !row.iv || !row.ct) throw new DecryptionError();
  const bytes = await open(key, { iv: row.iv, ct: row.ct }, recordAad(table, row.id, row.keyId));
  return JSON.parse(utf8Decode(bytes));
}
