// Writing the snapshot: the changed segments are sealed one by one — each a few milliseconds of
// main-thread work (JSON), the encryption itself runs off the thread and every await lets input and
// rendering in — then stored with a new manifest in one transaction, only if no write came in
// meanwhile (else the snapshot would not cover every row).
import { toBase64 } from '../../shared/crypto/bytes';
import { REGISTRY_VERSION } from '../../shared/storage/records';
import {
  LEGACY_SNAPSHOT_ID,
  sealManifest,
  sealSegment,
  type SnapshotRow,
  type TableContents,
} from '../../shared/storage/snapshot';
import { SnapshotLayout, type SealedSegment, type SnapshotPlan } from '../../shared/storage/snapshotLayout';
import type { AnlaufstelleDb } from './db';

export type SealedSegments = Map<string, SealedSegment & { row: SnapshotRow }>;

/**
 * Seals every changed segment that has no sealed copy of its current version. Records changed while
 * this runs make their segment due again, so it loops until nothing is due.
 */
export async function sealDueSegments(
  layout: SnapshotLayout,
  key: CryptoKey,
  keyId: string,
  contents: TableContents,
  sealed: SealedSegments,
): Promise<void> {
  for (let due = layout.due(sealed); due.length > 0; due = layout.due(sealed)) {
    const versions = due.map((seg) => layout.version(seg));
    const groups = layout.recordsOf(due, contents);
    for (let i = 0; i < due.length; i++) {
      const seg = due[i]!;
      const row = await sealSegment(key, keyId, seg, groups.get(seg)!);
      sealed.set(seg, { version: versions[i]!, iv: toBase64(row.iv), row });
    }
  }
}

/**
 * Stores the plan's segments, removals and a manifest at `watermark` in one transaction, if the write
 * counter still equals the watermark; else calls `overtaken` with the counter and stores nothing.
 */
export async function storeSnapshot(
  db: AnlaufstelleDb,
  key: CryptoKey,
  keyId: string,
  watermark: number,
  plan: SnapshotPlan,
  sealed: SealedSegments,
  overtaken: (seq: number) => void,
): Promise<boolean> {
  const manifest = await sealManifestOf(key, keyId, watermark, plan);
  const rows = plan.put.map((seg) => sealed.get(seg)!.row);
  return db.transaction('rw', db.meta, db.snapshots, async () => {
    const seq = Number((await db.meta.get('seq'))?.value ?? 0);
    if (seq !== watermark) {
      overtaken(seq);
      return false;
    }
    await db.snapshots.bulkDelete([...plan.remove, LEGACY_SNAPSHOT_ID]);
    // One put at a time: each copies its bytes on the main thread, so a full write stays in slices.
    for (const row of rows) await db.snapshots.put(row);
    await db.snapshots.put(manifest);
    return true;
  });
}

function sealManifestOf(key: CryptoKey, keyId: string, watermark: number, plan: SnapshotPlan) {
  return sealManifest(key, keyId, { watermark, registry: REGISTRY_VERSION, segments: plan.entries });
}

/**
 * A whole snapshot of `contents` for a new storage generation (re-keying): every segment and the
 * manifest, to be stored together; the layout describes them as stored.
 */
export async function sealWholeSnapshot(
  key: CryptoKey,
  keyId: string,
  watermark: number,
  contents: TableContents,
): Promise<{ layout: SnapshotLayout; rows: SnapshotRow[] }> {
  const layout = SnapshotLayout.fresh(contents);
  const sealed: SealedSegments = new Map();
  await sealDueSegments(layout, key, keyId, contents, sealed);
  const plan = layout.plan(sealed);
  const manifest = await sealManifestOf(key, keyId, watermark, plan);
  layout.committed(plan);
  return { layout, rows: [...plan.put.map((seg) => sealed.get(seg)!.row), manifest] };
}
