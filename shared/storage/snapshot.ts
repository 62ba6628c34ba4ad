// The derived snapshot: every live record in one encrypted blob, so unlock pays one decrypt, not 50,000.
// It is a cache: rows stay the source of truth, and a missing or broken snapshot is rebuilt from them.
import { z } from 'zod';
import { DecryptionError, open, seal } from '../crypto/aead';
import { utf8Decode, utf8Encode } from '../crypto/bytes';
import { RECORD_TABLES, type RecordTable } from './envelope';
import { REGISTRY_VERSION, validateRecord } from './records';

export const SNAPSHOT_FORMAT = 1;

/** One live record as the in-memory store keeps it. */
export interface LiveRecord {
  id: string;
  seq: number;
  payload: unknown;
}

export type TableContents = Record<RecordTable, Map<string, LiveRecord>>;

export function emptyContents(): TableContents {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, new Map()])) as TableContents;
}

/** The row as stored (clear: bookkeeping only). */
export interface SnapshotRow {
  id: 'current';
  keyId: string;
  v: number;
  watermark: number;
  iv: Uint8Array;
  ct: Uint8Array;
}

const contentSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  /** The record registry's version its records were checked against (absent: written before it). */
  registry: z.number().int().optional(),
  watermark: z.number().int().nonnegative(),
  tables: z.record(z.string(), z.array(z.tuple([z.string(), z.number().int(), z.unknown()]))),
});

function snapshotAad(keyId: string, watermark: number): string {
  return `anlaufstelle/v1|snapshot|current|${keyId}|${watermark}`;
}

export async function sealSnapshot(
  key: CryptoKey,
  keyId: string,
  watermark: number,
  contents: TableContents,
): Promise<SnapshotRow> {
  const tables: Record<string, Array<[string, number, unknown]>> = {};
  for (const table of RECORD_TABLES) {
    tables[table] = Array.from(contents[table].values(), (r) => [r.id, r.seq, r.payload]);
  }
  const json = JSON.stringify({ format: SNAPSHOT_FORMAT, registry: REGISTRY_VERSION, watermark, tables });
  const { iv, ct } = await seal(key, utf8Encode(json), snapshotAad(keyId, watermark));
  return { id: 'current', keyId, v: SNAPSHOT_FORMAT, watermark, iv, ct };
}

/** What an opened snapshot holds; `rejected` counts records the registry refused (left out). */
export interface OpenedSnapshot {
  contents: TableContents;
  rejected: number;
  /** Its records were checked again (written under an older registry): it should be rewritten. */
  rechecked: boolean;
}

/**
 * Opens a snapshot; throws DecryptionError when it cannot be trusted (then rebuild from rows). Its
 * records entered memory through the registry, so they are checked again only when the snapshot
 * was written under an older registry version (then migrations and defaults apply too).
 */
export async function openSnapshot(key: CryptoKey, row: SnapshotRow): Promise<OpenedSnapshot> {
  if (row.v !== SNAPSHOT_FORMAT) throw new DecryptionError();
  const bytes = await open(key, row, snapshotAad(row.keyId, row.watermark));
  const parsed = contentSchema.safeParse(JSON.parse(utf8Decode(bytes)));
  if (!parsed.success || parsed.data.watermark !== row.watermark) throw new DecryptionError();
  const contents = emptyContents();
  const recheck = parsed.data.registry !== REGISTRY_VERSION;
  let rejected = 0;
  for (const table of RECORD_TABLES) {
    for (const [id, seq, payload] of parsed.data.tables[table] ?? []) {
      if (!recheck) {
        contents[table].set(id, { id, seq, payload });
        continue;
      }
      const checked = validateRecord(table, id, payload);
      if (checked.ok) contents[table].set(id, { id, seq, payload: checked.payload });
      else rejected++;
    }
  }
  return { contents, rejected, rechecked: recheck };
}
