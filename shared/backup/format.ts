// The backup format, inside the age encryption: one line of manifest JSON, a newline, then the
// payload JSON (all records). The manifest carries the SHA-256 of exactly those payload bytes, so
// `age -d backup.age | tail -n +2` gives the records and `sha256sum` can check them.
import { z } from 'zod';
import { toHex, utf8Decode, utf8Encode } from '../crypto/bytes';
import { RECORD_TABLES, type RecordTable } from '../storage/envelope';
import { validateRecord, type RecordProblem } from '../storage/records';

export const BACKUP_KIND = 'anlaufstelle-backup';
export const BACKUP_FORMAT = 1;

/** Every German message a backup can end in is one of these i18n keys (under `backup.errors`). */
export type BackupErrorKey =
  | 'empty'
  | 'tooLarge'
  | 'notAge'
  | 'wrongPassphrase'
  | 'damaged'
  | 'notBackup'
  | 'newerFormat'
  | 'checksum'
  | 'unknownTable'
  | 'duplicateId'
  | 'invalidRecord'
  | 'workFactor';

export class BackupError extends Error {
  constructor(
    public readonly key: BackupErrorKey,
    public readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'BackupError';
  }

  /** The i18n key of the German message. */
  get messageKey(): string {
    return `backup.errors.${this.key}`;
  }
}

/** A record that does not match the registry: which table, which one (1-based, in file order), and why. */
export class InvalidRecordError extends BackupError {
  constructor(
    public readonly table: RecordTable,
    public readonly position: number,
    public readonly problem: RecordProblem,
  ) {
    super('invalidRecord', { table, position, reason: problem.reason, field: problem.field });
  }
}

export interface BackupRecord {
  id: string;
  payload: unknown;
}

export type BackupTables = Record<RecordTable, BackupRecord[]>;

const countsSchema = z.record(z.string(), z.number().int().nonnegative());

export const manifestSchema = z.object({
  kind: z.literal(BACKUP_KIND),
  format: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  counts: countsSchema,
  payloadBytes: z.number().int().nonnegative(),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const payloadSchema = z.object({
  format: z.number().int().positive(),
  tables: z.record(z.string(), z.array(z.object({ id: z.string().min(1), payload: z.unknown() }).loose())),
});

export interface DecodedBackup {
  manifest: BackupManifest;
  tables: BackupTables;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}

export function countRecords(tables: Partial<Record<string, readonly unknown[]>>): Record<string, number> {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, tables[t]?.length ?? 0]));
}

/** The plaintext that goes into the age file. */
export async function encodeBackup(
  tables: BackupTables,
  info: { appVersion: string; createdAt: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const ordered = Object.fromEntries(
    RECORD_TABLES.map((t) => [t, tables[t].map((r) => ({ id: r.id, payload: r.payload }))]),
  );
  const payload = utf8Encode(JSON.stringify({ format: BACKUP_FORMAT, tables: ordered }));
  const manifest: BackupManifest = {
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    appVersion: info.appVersion,
    createdAt: info.createdAt.toISOString(),
    counts: countRecords(tables),
    payloadBytes: payload.length,
    payloadSha256: await sha256Hex(payload),
  };
  const head = utf8Encode(JSON.stringify(manifest) + '\n');
  const out = new Uint8Array(head.length + payload.length);
  out.set(head);
  out.set(payload, head.length);
  return out;
}

/** Reads only the manifest line (for a preview before the records are checked). */
export function decodeManifest(plaintext: Uint8Array): { manifest: BackupManifest; payloadStart: number } {
  const newline = plaintext.indexOf(0x0a);
  if (newline <= 0 || newline > 64 * 1024) throw new BackupError('notBackup');
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Decode(plaintext.subarray(0, newline)));
  } catch {
    throw new BackupError('notBackup');
  }
  const kind = z.object({ kind: z.literal(BACKUP_KIND), format: z.number() }).safeParse(raw);
  if (!kind.success) throw new BackupError('notBackup');
  if (kind.data.format > BACKUP_FORMAT) throw new BackupError('newerFormat', { format: kind.data.format });
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError('notBackup');
  return { manifest: parsed.data, payloadStart: newline + 1 };
}

/**
 * Checks every record against the registry, all before anything is written: the first invalid one
 * refuses the whole set. Returns the validated payloads (defaults filled in).
 */
export function validateTables(
  tables: Partial<Record<RecordTable, ReadonlyArray<{ id: string; payload: unknown }>>>,
): BackupTables {
  const out = {} as BackupTables;
  for (const table of RECORD_TABLES) {
    const records = tables[table] ?? [];
    const ids = new Set<string>();
    for (const r of records) {
      if (ids.has(r.id)) throw new BackupError('duplicateId', { table });
      ids.add(r.id);
    }
    out[table] = records.map((r, i) => {
      const result = validateRecord(table, r.id, r.payload);
      if (!result.ok) throw new InvalidRecordError(table, i + 1, result.problem);
      return { id: r.id, payload: result.payload };
    });
  }
  return out;
}

/** Checks the manifest, the SHA-256 and every record against the registry; anything off throws a BackupError. */
export async function decodeBackup(plaintext: Uint8Array): Promise<DecodedBackup> {
  const { manifest, payloadStart } = decodeManifest(plaintext);
  const payload = new Uint8Array(plaintext.subarray(payloadStart));
  if (payload.length !== manifest.payloadBytes || (await sha256Hex(payload)) !== manifest.payloadSha256) {
    throw new BackupError('checksum');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Decode(payload));
  } catch {
    throw new BackupError('checksum');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError('notBackup');
  if (parsed.data.format > BACKUP_FORMAT)
    throw new BackupError('newerFormat', { format: parsed.data.format });
  const known = new Set<string>(RECORD_TABLES);
  for (const table of Object.keys(parsed.data.tables)) {
    if (!known.has(table)) throw new BackupError('unknownTable', { table });
  }
  for (const table of RECORD_TABLES) {
    if ((parsed.data.tables[table] ?? []).length !== (manifest.counts[table] ?? 0)) {
      throw new BackupError('checksum');
    }
  }
  return { manifest, tables: validateTables(parsed.data.tables) };
}
