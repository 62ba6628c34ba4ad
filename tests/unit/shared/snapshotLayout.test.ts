import { describe, expect, it } from 'vitest';
import { emptyContents } from '../../../shared/storage/snapshot';
import { SEGMENT_RECORDS, SnapshotLayout, type SealedSegment } from '../../../shared/storage/snapshotLayout';

function contentsWith(count: number) {
  const contents = emptyContents();
  for (let i = 0; i < count; i++) contents.inquiries.set(`i-${i}`, { id: `i-${i}`, seq: i + 1, payload: {} });
  return contents;
}

/** Seals every due segment (as the writer does) and returns the plan it would store. */
function sealAll(layout: SnapshotLayout, sealed: Map<string, SealedSegment>) {
  for (const seg of layout.due(sealed))
    sealed.set(seg, { version: layout.version(seg), iv: `iv-${seg}-${layout.version(seg)}` });
  return layout.plan(sealed);
}

describe('snapshot layout', () => {
  it('puts records in write order into segments of SEGMENT_RECORDS; a new record joins the open segment', () => {
    const contents = contentsWith(SEGMENT_RECORDS * 2 + 5);
    const layout = SnapshotLayout.fresh(contents);
    const sealed = new Map<string, SealedSegment>();
    const plan = sealAll(layout, sealed);
    expect(plan.entries.map((e) => [e.id, e.count])).toEqual([
      ['seg|inquiries|0', SEGMENT_RECORDS],
      ['seg|inquiries|1', SEGMENT_RECORDS],
      ['seg|inquiries|2', 5],
    ]);
    const groups = layout.recordsOf(['seg|inquiries|2'], contents);
    expect(groups.get('seg|inquiries|2')!.map((r) => r.id)).toEqual(
      [0, 1, 2, 3, 4].map((k) => `i-${SEGMENT_RECORDS * 2 + k}`),
    );
    layout.committed(plan);
    expect(layout.clean).toBe(true);

    // A change to an old record re-seals its segment only; a new record goes to the open one.
    layout.noteSet('inquiries', 'i-3');
    layout.noteSet('inquiries', 'neu');
    expect(layout.due(sealed).sort()).toEqual(['seg|inquiries|0', 'seg|inquiries|2']);
    const next = sealAll(layout, sealed);
    expect(next.put.sort()).toEqual(['seg|inquiries|0', 'seg|inquiries|2']);
    expect(next.entries.find((e) => e.id === 'seg|inquiries|1')).toEqual(plan.entries[1]);
    expect(next.entries.find((e) => e.id === 'seg|inquiries|2')!.count).toBe(6);
  });

  it('a segment changed again while its write ran stays due; one emptied is deleted', () => {
    const layout = SnapshotLayout.fresh(contentsWith(3));
    const sealed = new Map<string, SealedSegment>();
    const plan = sealAll(layout, sealed);
    layout.noteSet('inquiries', 'i-1'); // after sealing, before the commit
    layout.committed(plan);
    expect(layout.due(sealed)).toEqual(['seg|inquiries|0']);
    sealAll(layout, sealed);
    layout.committed(layout.plan(sealed));
    expect(layout.clean).toBe(true);

    for (const id of ['i-0', 'i-1', 'i-2']) layout.noteDelete('inquiries', id);
    const emptied = layout.plan(sealed);
    expect(emptied.entries).toEqual([]);
    expect(emptied.remove).toEqual(['seg|inquiries|0']);
    layout.committed(emptied);
    expect(layout.clean).toBe(true);
  });

  it('takes over a stored snapshot: its segments stay as they are, rows no manifest names are removed', () => {
    const layout = SnapshotLayout.stored(
      [{ entry: { id: 'seg|inquiries|4', iv: 'a', count: 2 }, ids: ['x', 'y'] }],
      ['manifest', 'seg|inquiries|4', 'seg|inquiries|3', 'current'],
    );
    expect(layout.clean).toBe(false);
    const plan = layout.plan(new Map());
    expect(plan.put).toEqual([]);
    expect(plan.remove.sort()).toEqual(['current', 'seg|inquiries|3']);
    layout.committed(plan);
    expect(layout.clean).toBe(true);
    // New records join the highest-numbered segment.
    layout.noteSet('inquiries', 'z');
    expect(layout.due(new Map())).toEqual(['seg|inquiries|4']);
  });
});
