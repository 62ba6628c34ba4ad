// What the Löschfristen make due, for a screen: at hand when it is known for the records as they
// are, otherwise worked out in a task of its own just after the screen is drawn. (A pass over every
// inquiry is 30–60 ms at 100,000; inside the screen's first draw it made one task of 140 ms.)
import { useEffect, useState } from 'react';
import type { DueItem } from '../../../shared/retention/retention';
import { nextTask } from '../../data/backgroundTask';
import type { RecordStore } from '../../data/recordStore';
import { dueForRetention, knownDueForRetention } from '../../data/retention';
import { useStoreVersion, useVaultSession } from '../../data/VaultContext';

/**
 * The due records, or undefined while they are worked out. `prepare` gets the answer in a task of
 * its own before it is shown (the review list's order, say), so the draw that shows it is short too.
 */
export function useDueForRetention(
  now: Date,
  prepare?: (store: RecordStore, due: DueItem[]) => void,
): DueItem[] | undefined {
  const { vault } = useVaultSession();
  const version = useStoreVersion();
  const known = knownDueForRetention(vault.store, now);
  const [, setWorkedOut] = useState(0);
  useEffect(() => {
    if (known) return;
    let stopped = false;
    void (async () => {
      await nextTask();
      if (stopped) return;
      const due = dueForRetention(vault.store, now);
      if (prepare) {
        await nextTask();
        if (stopped) return;
        prepare(vault.store, due);
      }
      setWorkedOut((n) => n + 1);
    })();
    return () => {
      stopped = true;
    };
    // `prepare` is a fixed step of the caller, not a reason to work it out again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known, vault, version, now]);
  return known;
}
