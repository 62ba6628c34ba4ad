// Stops a window's writes once another window has taken the vault over. Without it, a save that was
// still being sealed when the other window took over would reach the database after the other
// window had loaded it: a row that window never sees, and that its next snapshot would then hide.
import type Dexie from 'dexie';

/** A write refused because another window now holds the vault open. */
export class WindowLostError extends Error {
  constructor() {
    super('The vault was opened in another window; this window no longer writes.');
    this.name = 'WindowLostError';
  }
}

export class WriteGate {
  private closed = false;
  private flushing = false;
  private refused = 0;
  private readonly pending = new Set<Promise<unknown>>();

  /**
   * Puts the gate in front of the database: once closed, every read-write transaction is refused
   * before it starts. Call before the database opens (Dexie builds its middleware stack then).
   */
  install(db: Dexie): void {
    db.use({
      stack: 'dbcore',
      name: 'writeGate',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (mode === 'readwrite' && this.closed && !this.flushing) {
            this.refused++;
            throw new WindowLostError();
          }
          return down.transaction(stores, mode, options);
        },
      }),
    });
  }

  /**
   * Wraps an object (the open vault) so that every call that returns a promise is remembered until
   * it settles: `close` waits for them, so a save is either committed or has failed before the
   * window reloads.
   */
  track<T extends object>(target: T): T {
    const wrappers = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get: (obj, prop) => {
        const value: unknown = Reflect.get(obj, prop, obj);
        if (typeof value !== 'function') return value;
        if (!wrappers.has(prop)) {
          wrappers.set(prop, (...args: unknown[]) => {
            const result: unknown = (value as (...a: unknown[]) => unknown).apply(obj, args);
            if (result instanceof Promise) this.remember(result);
            return result;
          });
        }
        return wrappers.get(prop);
      },
    });
  }

  /**
   * Closes the gate and waits until every tracked call has committed or failed. Returns how many
   * writes were refused (each one failed visibly where it was made).
   */
  async close(): Promise<number> {
    this.closed = true;
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    return this.refused;
  }

  /** Lets one last write through the closed gate: the snapshot at lock (it covers only this window's rows). */
  async flush(write: () => Promise<void>): Promise<void> {
    this.flushing = true;
    try {
      await write();
    } finally {
      this.flushing = false;
    }
  }

  private remember(promise: Promise<unknown>): void {
    this.pending.add(promise);
    const forget = () => this.pending.delete(promise);
    promise.then(forget, forget);
  }
}
