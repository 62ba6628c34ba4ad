// Packs: many records sealed as one row, written where whole tables are written at once (a restore,
// a re-keying). The browser's storage engine costs about 0.1 ms per row however small, so 77,600
// single rows take 10 s to write; the same records in packs of 250 take well under a second. A pack
// is never rewritten: a later save or deletion of one of its records is an ordinary row with a
// higher write number, which wins. Layout and reasons: docs/storage.md.
import { DecryptionError, open, seal } from '../crypto/aead';
import { utf8Decode, utf8Encode } from '../crypto/bytes';
import { RECORD_TABLES, type RecordTable } from './envelope';
import { readRecordArrays, recordArrays, type LiveRecord } from './snapshot';

/** Records per pack: about 180 KB of JSON for inquiries, large enough that the row count stops mattering. */
export const PACK_RECORDS = 250;
export const PACK_FORMAT = 1;

/** A row of the `packs` table. In the clear: its id (table and first write number), key id, version, seq. */
export interface PackRow {
  /** `pack|<table>|<write number of its first record>` */
  id: string;
  keyId: string;
  v: number;
  /** The highest write number of its records, so unlock can read the packs newer than the snapshot. */
  seq: number;
  iv: Uint8Array;
  ct: Uint8Array;
}

export function packId(table: RecordTable, firstSeq: number): string {
  return `pack|${table}|${firstSeq}`;
}

export function parsePackId(id: string): RecordTable | undefined {
  const [tag, table, n] = id.split('|');
  if (tag !== 'pack' || !RECORD_TABLES.includes(table as RecordTable) || !/^\d+$/.test(n ?? '')) return;
  return table as RecordTable;
}

// The write number is bound too: a pack cannot be relabelled as newer than it is.
function packAad(keyId: string, id: string, seq: number): string {
  return `anlaufstelle/v2|pack|${id}|${seq}|${keyId}`;
}

/** Seals records of one table, each with its own write number (ascending), as one pack. */
export async function sealPack(
  key: CryptoKey,
  keyId: string,
  table: RecordTable,
  records: readonly LiveRecord[],
): Promise<PackRow> {
  const first = records[0];
  if (!first) throw new Error('empty pack');
  const id = packId(table, first.seq);
  const seq = records.reduce((max, r) => Math.max(max, r.seq), 0);
  // The segments' three arrays, as plain JSON, not their ASCII escaping: packs are written in bulk
  // and seldom read (a profile showed the escaping at about half of the sealing time of the bench's
  // restores).
  const { iv, ct } = await seal(
    key,
    utf8Encode(JSON.stringify(recordArrays(records))),
    packAad(keyId, id, seq),
  );
  return { id, keyId, v: PACK_FORMAT, seq, iv, ct };
}

export interface OpenedPack {
  table: RecordTable;
  records: LiveRecord[];
  /** Records the registry refused (skipped and reported, like a row that fails its check). */
  rejected: number;
}

/**
 * Opens a pack and checks every record against the registry (packs are the source of truth, like
 * rows). Throws DecryptionError when the pack does not open or is not shaped like one.
 */
export async function openPack(key: CryptoKey, row: PackRow): Promise<OpenedPack> {
  const table = parsePackId(row.id);
  if (!table || row.v !== PACK_FORMAT || !Number.isInteger(row.seq)) throw new DecryptionError();
  const bytes = await open(key, row, packAad(row.keyId, row.id, row.seq));
  const { records, rejected } = readRecordArrays(utf8Decode(bytes), table, { maxSeq: row.seq, check: true });
  return { table, records, rejected };
}

/** Splits a table's records into packs' worth, numbering them from `firstSeq` in order. */
export function packBatches(
  records: ReadonlyArray<{ id: string; payload: unknown }>,
  firstSeq: number,
): LiveRecord[][] {
  const batches: LiveRecord[][] = [];
  for (let i = 0; i < records.length; i += PACK_RECORDS) {
    batches.push(
      records
        .slice(i, i + PACK_RECORDS)
        .map((r, k) => ({ id: r.id, seq: firstSeq + i + k, payload: r.payload })),
    );
  }
  return batches;
}
