// When members' removals arrive while the vault is being re-keyed for earlier ones: one re-keying at
// a time, one more afterwards for those that came meanwhile, and each names every removal since the
// window last closed (not only the latest round's).
export interface RemovalRekeys {
  /** A round merged `count` removals. */
  removed(count: number): void;
  /** The window was closed: the next removals start a new count. */
  closed(): void;
}

export function removalRekeys(rekey: (count: number) => Promise<unknown>): RemovalRekeys {
  let removed = 0;
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        await rekey(removed);
      } while (again);
    } finally {
      running = false;
    }
  };
  return {
    removed(count) {
      removed += count;
      if (running) again = true;
      else void run().catch(() => {}); // a failed re-keying shows in its window
    },
    closed() {
      removed = 0;
    },
  };
}
