// When members' removals arrive while the vault is being re-keyed for earlier ones: one re-keying at
// a time, one more afterwards for those that came meanwhile, and each names every removal since the
// window last closed (not only the latest round's).
export interface RemovalRekeys {
  /** A round merged `count` removals; `rekey` re-keys, its window naming `total` removals. */
  removed(count: number, rekey: (total: number) => Promise<unknown>): void;
  /** The window was closed: the next removals start a new count. */
  closed(): void;
}

export function removalRekeys(): RemovalRekeys {
  let removed = 0;
  let running = false;
  let again = false;
  let latest: (total: number) => Promise<unknown> = async () => {};
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        await latest(removed);
      } while (again);
    } finally {
      running = false;
    }
  };
  return {
    removed(count, rekey) {
      removed += count;
      latest = rekey;
      if (running) again = true;
      else void run().catch(() => {}); // a failed re-keying shows in its window
    },
    closed() {
      removed = 0;
    },
  };
}
