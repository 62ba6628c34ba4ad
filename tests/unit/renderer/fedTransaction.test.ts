import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runFedTransaction } from '../../../renderer/data/fedTransaction';

let counter = 0;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`fed-${counter++}`, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('meta', { keyPath: 'key' });
      request.result.createObjectStore('rows', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function allIds(db: IDBDatabase): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction('rows').objectStore('rows').getAllKeys();
    request.onsuccess = () => resolve(request.result as string[]);
    request.onerror = () => reject(request.error);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pushes `batches` batches of `size` rows, each after a pause (as slow sealing would). */
async function feedBatches(
  db: IDBDatabase,
  batches: number,
  size: number,
  failAfter = Infinity,
): Promise<void> {
  await runFedTransaction(
    db,
    ['meta', 'rows'],
    'meta',
    (tx) => tx.objectStore('meta').get('seq'),
    async (_first, feed) => {
      for (let b = 0; b < batches; b++) {
        await pause(20);
        if (b === failAfter) throw new Error('sealing failed');
        feed.push((tx) => {
          const store = tx.objectStore('rows');
          return Array.from({ length: size }, (_, i) => store.put({ id: `r-${b}-${i}` }));
        });
      }
    },
  );
}

describe('a transaction fed by slow asynchronous work', () => {
  it('stays open across pauses and commits every batch', async () => {
    const db = await openDb();
    await feedBatches(db, 5, 600);
    expect(await allIds(db)).toHaveLength(3000);
  });

  it('writes nothing when the producer fails after some batches were placed', async () => {
    const db = await openDb();
    await expect(feedBatches(db, 5, 600, 3)).rejects.toThrow('sealing failed');
    expect(await allIds(db)).toEqual([]);
  });

  it('writes nothing when a request fails', async () => {
    const db = await openDb();
    await expect(
      runFedTransaction(
        db,
        ['meta', 'rows'],
        'meta',
        (tx) => tx.objectStore('meta').get('seq'),
        async (_first, feed) => {
          feed.push((tx) => [tx.objectStore('rows').add({ id: 'a' })]);
          await pause(20);
          feed.push((tx) => [tx.objectStore('rows').add({ id: 'a' })]); // duplicate key
        },
      ),
    ).rejects.toBeTruthy();
    expect(await allIds(db)).toEqual([]);
  });
});
