// The change clock inside every encrypted payload: when, where and by whom a record last changed.
import { z } from 'zod';

export const recordMetaSchema = z.object({
  createdAt: z.string(),
  changedAt: z.string(),
  /** Random id of the installation that made the change (for a later sync). */
  deviceId: z.string(),
  /** Increments with every change of this record; with changedAt and deviceId it orders concurrent edits. */
  rev: z.number().int().nonnegative(),
  changedBy: z.string().optional(),
  /**
   * In a team's vault: the record's clocks for the field-by-field merge (shared/sync/payloadVersion.ts).
   * Absent in a vault that never joined a team.
   */
  sync: z
    .strictObject({
      /**
       * The latest write in this record (hybrid logical clock); absent when it is the one `changedAt`
       * and `deviceId` make (shared/sync/hlc.ts `legacyClock`), as for most records.
       */
      clock: z.string().optional(),
      /** The clock of every field not listed in `fields`; absent when it is `clock`. */
      base: z.string().optional(),
      fields: z.record(z.string(), z.string()).optional(),
      /**
       * Device id → the latest of its writes this record includes; absent when that is only the
       * device of `clock`, with `clock` (most records: the stored form is read at every unlock).
       */
      seen: z.record(z.string(), z.string()).optional(),
      /** Values that lost where two members changed the same field while apart. */
      conflicts: z
        .array(z.strictObject({ field: z.string(), value: z.unknown(), clock: z.string() }))
        .optional(),
      /**
       * What this device knows of the record's document on the server (shared/sync/replicator.ts), in
       * one string (shared/sync/payloadVersion.ts `encodeMark`); the object is the earlier form.
       */
      mark: z
        .union([
          z.string(),
          z.strictObject({
            doc: z.string(),
            leaves: z.array(z.string()),
            closed: z.array(z.string()),
            dirty: z.boolean(),
          }),
        ])
        .optional(),
    })
    .optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export function nextMeta(
  previous: RecordMeta | undefined,
  now: Date,
  deviceId: string,
  changedBy?: string,
): RecordMeta {
  const stamp = now.toISOString();
  return {
    createdAt: previous?.createdAt ?? stamp,
    changedAt: stamp,
    deviceId,
    rev: (previous?.rev ?? -1) + 1,
    ...(changedBy ? { changedBy } : {}),
  };
}
