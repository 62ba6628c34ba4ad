import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../../shared/domain/inquiry';
import { allInquiries, listInquiries, toInquiry } from '../../../renderer/data/inquiries';
import { RecordStore } from '../../../renderer/data/recordStore';

const meta = (createdAt: string) => ({ createdAt, changedAt: createdAt, deviceId: 'd', rev: 0 });

function record(id: string, day: number, seq = 1) {
  const receivedAt = `2026-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}T09:00:00.000Z`;
  return {
    id,
    seq,
    payload: {
      data: {
        receivedAt,
        channel: 'kanal-01',
        requesterType: 'stelle-01',
        topics: [],
        subject: `Anfrage ${id}`,
        notes: '',
        status: 'offen',
      },
      meta: meta('2026-01-01T00:00:00.000Z'),
    },
  };
}

/** The list as a full build would make it. */
function fresh(store: RecordStore) {
  return Array.from(store.all('inquiries'), toInquiry).sort(compareNewestFirst);
}

describe('the inquiry list after changes', () => {
  it('patched after a few saves, it equals a fresh build (moved, added, deleted, same-day ties)', () => {
    const store = new RecordStore();
    for (let i = 0; i < 500; i++) store.set('inquiries', record(`i-${String(i).padStart(3, '0')}`, i % 40));
    const before = listInquiries(store);
    expect(before).toEqual(fresh(store));

    store.set('inquiries', record('i-007', 300, 2)); // another date: moves
    store.set('inquiries', record('neu-1', 5)); // a tie with existing dates
    store.delete('inquiries', 'i-123');
    const after = listInquiries(store);
    expect(after).not.toBe(before);
    expect(after.map((i) => i.id)).toEqual(fresh(store).map((i) => i.id));
    expect(after).toHaveLength(500);
  });

  it('is rebuilt after many changes, and not touched by a change to another table', () => {
    const store = new RecordStore();
    for (let i = 0; i < 300; i++) store.set('inquiries', record(`i-${i}`, i));
    const first = listInquiries(store);
    store.set('followups', {
      id: 'f',
      seq: 2,
      payload: { data: {}, meta: meta('2026-01-01T00:00:00.000Z') },
    });
    expect(listInquiries(store)).toBe(first);
    for (let i = 0; i < 300; i += 2) store.set('inquiries', record(`i-${i}`, i + 7, 3));
    expect(listInquiries(store).map((i) => i.id)).toEqual(fresh(store).map((i) => i.id));
  });
});

describe('all inquiries in no order after changes', () => {
  const byId = (list: ReadonlyArray<{ id: string }>) => list.map((i) => i.id).sort();
  it('patched after a few saves, it holds exactly the stored inquiries, the unchanged ones as before', () => {
    const store = new RecordStore();
    for (let i = 0; i < 500; i++) store.set('inquiries', record(`i-${i}`, i % 40));
    const before = allInquiries(store);
    const kept = before.find((i) => i.id === 'i-400');
    store.set('inquiries', record('i-7', 300, 2));
    store.set('inquiries', record('neu-1', 5));
    store.delete('inquiries', 'i-123');
    const after = allInquiries(store);
    expect(after).not.toBe(before);
    expect(byId(after)).toEqual(byId(Array.from(store.all('inquiries'), toInquiry)));
    expect(after.find((i) => i.id === 'i-7')?.receivedAt).toBe(record('i-7', 300).payload.data.receivedAt);
    // Unchanged records keep their objects (the statistics' per-record caches hold on to them).
    expect(after.find((i) => i.id === 'i-400')).toBe(kept);
    expect(allInquiries(store)).toBe(after);
  });

  it('is rebuilt after many changes', () => {
    const store = new RecordStore();
    for (let i = 0; i < 300; i++) store.set('inquiries', record(`i-${i}`, i));
    allInquiries(store);
    for (let i = 0; i < 300; i += 2) store.delete('inquiries', `i-${i}`);
    expect(byId(allInquiries(store))).toEqual(byId(Array.from(store.all('inquiries'), toInquiry)));
    expect(allInquiries(store)).toHaveLength(150);
  });
});
