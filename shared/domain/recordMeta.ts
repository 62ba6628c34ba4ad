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
