// One IndexedDB write transaction fed by asynchronous work (sealing with WebCrypto), so a restore's
// encryption runs while the browser is still writing earlier rows instead of before them.
//
// IndexedDB commits a transaction once no request is pending at the end of a task, and new requests
// may only be placed from a request's callback. So the feeder hooks a callback onto some requests of
// each batch, issues the next batch from there as soon as it is ready, and while nothing is ready
// keeps the transaction open with a cheap read. Either every request commits or none does.

/** Places requests on the transaction (called synchronously while it is active) and returns them. */
export type TransactionStep = (tx: IDBTransaction) => readonly IDBRequest[];

export interface TransactionFeed {
  /** Queues a step; it runs in order, as soon as the transaction can take requests. */
  push(step: TransactionStep): void;
  /** True once the transaction failed: further work is wasted, the producer may stop. */
  readonly stopped: boolean;
}

/** How often a placed request carries the callback that can place the next step. */
const HOOK_EVERY = 250;

/**
 * Runs `produce` against one readwrite transaction over `storeNames`. `begin` runs first, inside
 * the transaction (e.g. reads the write counter); its request's result is handed to `produce`,
 * which then pushes steps. The promise resolves after the commit; if `produce` or any request
 * fails, the transaction is aborted and nothing is written.
 */
export function runFedTransaction<T>(
  db: IDBDatabase,
  storeNames: string[],
  keepAliveStore: string,
  begin: (tx: IDBTransaction) => IDBRequest<T>,
  produce: (first: T, feed: TransactionFeed) => Promise<void>,
  durability: IDBTransactionDurability = 'strict',
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction(storeNames, 'readwrite', { durability });
    const queue: TransactionStep[] = [];
    let produced = false;
    let failed: unknown;
    // Hooked requests not yet answered; when it drops to zero a keep-alive read is needed.
    let hooked = 0;

    const pump = () => {
      if (failed !== undefined) return;
      hooked--;
      try {
        while (queue.length > 0) placeStep(queue.shift()!);
      } catch (error) {
        fail(error);
        return;
      }
      if (hooked === 0 && !produced) {
        // Nothing in flight and the next batch not ready yet: a cheap read holds the transaction.
        hook(tx.objectStore(keepAliveStore).getKey(''));
      }
    };
    const hook = (request: IDBRequest) => {
      hooked++;
      request.addEventListener('success', pump);
    };
    const placeStep = (step: TransactionStep) => {
      const requests = step(tx);
      // Hook every HOOK_EVERY-th request and the last one, so the next step can be placed while
      // this one is still being written.
      for (let i = HOOK_EVERY - 1; i < requests.length - 1; i += HOOK_EVERY) hook(requests[i]!);
      if (requests.length > 0) hook(requests[requests.length - 1]!);
    };
    const fail = (error: unknown) => {
      if (failed !== undefined) return;
      failed = error ?? new Error('transaction failed');
      try {
        tx.abort();
      } catch {
        // Already finished or aborting.
      }
      reject(failed);
    };

    tx.oncomplete = () => (failed === undefined ? resolve() : reject(failed));
    tx.onabort = () => fail(tx.error ?? new Error('transaction aborted'));

    const first = begin(tx);
    hook(first);
    first.addEventListener('success', () => {
      const feed: TransactionFeed = {
        push: (step) => queue.push(step),
        get stopped() {
          return failed !== undefined;
        },
      };
      produce(first.result, feed).then(
        () => {
          produced = true;
        },
        (error: unknown) => fail(error),
      );
    });
  });
}
