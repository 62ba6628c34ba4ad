// Who hears of a change: the screens at once for a coordinator's save, at most every few seconds
// for the team sync's bursts, and not at all for the sync's own notes of what the server has.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_NOTIFY_MS, RecordStore, type StoreChange } from '../../../renderer/data/recordStore';
import { listInquiries } from '../../../renderer/data/inquiries';

function inquiry(id: string, subject: string) {
  return {
    id,
    seq: 1,
    payload: {
      data: {
        receivedAt: '2026-11-30T09:00:00.000Z',
        channel: 'kanal-01',
        requesterType: 'stelle-01',
        topics: [],
        subject,
        notes: '',
        status: 'offen',
      },
      meta: {
        createdAt: '2026-11-30T09:00:00.000Z',
        changedAt: '2026-11-30T09:00:00.000Z',
        deviceId: 'd',
        rev: 0,
      },
    },
  };
}

describe('the record store tells of changes by their kind', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a save is told to the screens at once; every record listener hears it with its kind', () => {
    const store = new RecordStore();
    const screens = vi.fn();
    const heard: StoreChange[] = [];
    store.subscribe(screens);
    store.onRecordChange((_table, _id, _record, change) => heard.push(change));
    store.set('inquiries', inquiry('i-1', 'Sprachkurs'));
    expect(screens).toHaveBeenCalledTimes(1);
    store.set('inquiries', inquiry('i-1', 'Sprachkurs B1'), 'bookkeeping');
    store.set('inquiries', inquiry('i-2', 'Wohnung'), 'background');
    expect(heard).toEqual(['content', 'bookkeeping', 'background']);
  });

  it('bookkeeping changes no version and redraws nothing: the lists stay as they are', () => {
    const store = new RecordStore();
    store.set('inquiries', inquiry('i-1', 'Sprachkurs'));
    const list = listInquiries(store);
    const version = store.getVersion();
    const screens = vi.fn();
    store.subscribe(screens);
    store.set('inquiries', inquiry('i-1', 'Sprachkurs'), 'bookkeeping');
    vi.advanceTimersByTime(10 * BACKGROUND_NOTIFY_MS);
    expect(screens).not.toHaveBeenCalled();
    expect(store.getVersion()).toBe(version);
    expect(listInquiries(store)).toBe(list);
  });

  it('a burst from the sync is told once at first, then at most every BACKGROUND_NOTIFY_MS; nothing is lost', () => {
    const store = new RecordStore();
    const screens = vi.fn();
    store.subscribe(screens);
    for (let i = 0; i < 500; i++) store.set('inquiries', inquiry(`i-${i}`, `Anfrage ${i}`), 'background');
    expect(screens).not.toHaveBeenCalled(); // after the batch, not in the middle of it
    vi.advanceTimersByTime(0);
    expect(screens).toHaveBeenCalledTimes(1);
    expect(listInquiries(store)).toHaveLength(500);

    // The next batches within the interval: one notice at its end.
    vi.advanceTimersByTime(500);
    store.set('inquiries', inquiry('i-500', 'Anfrage 500'), 'background');
    vi.advanceTimersByTime(500);
    store.set('inquiries', inquiry('i-501', 'Anfrage 501'), 'background');
    vi.advanceTimersByTime(BACKGROUND_NOTIFY_MS - 1001);
    expect(screens).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(screens).toHaveBeenCalledTimes(2);
    expect(listInquiries(store)).toHaveLength(502);

    // A coordinator's own save in between is shown at once and takes the pending notice along.
    store.set('inquiries', inquiry('i-502', 'Anfrage 502'), 'background');
    store.set('inquiries', inquiry('i-503', 'Eigene Anfrage'));
    expect(screens).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(10 * BACKGROUND_NOTIFY_MS);
    expect(screens).toHaveBeenCalledTimes(3);
  });
});

describe('the search after changes from the team sync', () => {
  it('finds what the sync wrote at once, although the index takes those records in after the burst', async () => {
    const { AnlaufstelleDb } = await import('../../../renderer/data/db');
    const { setUpVault } = await import('../../../renderer/data/vault');
    const { searchServiceOf } = await import('../../../renderer/data/search');
    const vault = await setUpVault(
      new AnlaufstelleDb(`store-changes-${Date.now()}`),
      'Lindenblüte-Nebel-7319',
    );
    const search = searchServiceOf(vault);
    await search.ensureBuilt();
    const found = (text: string) => search.index.search(text, 10, 'inquiry').map((hit) => hit.id);

    await vault.putAll(
      [
        {
          table: 'inquiries',
          records: [inquiry('i-1', 'Sprachkurs Familie Haddad'), inquiry('i-2', 'Wohnung')].map(
            ({ id, payload }) => ({ id, payload }),
          ),
        },
      ],
      [],
      'background',
    );
    expect(found('Haddad')).toEqual(['i-1']);
    await vault.putAll(
      [
        {
          table: 'inquiries',
          records: [inquiry('i-1', 'Sprachkurs Familie Okafor')].map(({ id, payload }) => ({ id, payload })),
        },
      ],
      [],
      'background',
    );
    await vault.putAll([], [{ table: 'inquiries', id: 'i-2' }], 'background');
    expect(found('Haddad')).toEqual([]);
    expect(found('Okafor')).toEqual(['i-1']);
    expect(found('Wohnung')).toEqual([]);
  });
});
