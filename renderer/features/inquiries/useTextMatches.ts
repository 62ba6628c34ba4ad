// The list's free-text filter, found in slices of a few milliseconds: a common word over 100,000
// inquiries is a 50–80 ms scan, and in one piece it held every keystroke in the search box.
import { useEffect, useState } from 'react';
import type { Inquiry } from '../../../shared/domain/inquiry';
import { prepareTextFilterInSteps } from '../../../shared/domain/inquiryFilter';
import { nextTask } from '../../data/backgroundTask';
import type { SearchService } from '../../data/search';

/** The time one slice may take before input and rendering get their turn. */
const SLICE_MS = 8;

export interface TextMatches {
  /** The text (trimmed) these ids were found for. */
  text: string;
  ids: readonly string[];
}

/**
 * The inquiries of `list` matching `text`, found in slices after the text or the list changes
 * (the list's id positions too, which the filter needs). Until a search ends, the last finished
 * result stays, so the list does not flash; a newer text cancels a search still running.
 */
export function useTextMatches(
  search: SearchService,
  text: string,
  ready: boolean,
  list: readonly Inquiry[],
): TextMatches | undefined {
  const [found, setFound] = useState<TextMatches | undefined>(undefined);
  // A cleared box ends the search: a later text starts from the unfiltered list, not from this
  // (set while rendering, React's way to reset state on a change of props).
  if (!text && found) setFound(undefined);
  useEffect(() => {
    if (!text || !ready) return;
    let cancelled = false;
    const steps = (function* () {
      yield* prepareTextFilterInSteps(list);
      return yield* search.index.matchingIdsInSteps(text, 'inquiry');
    })();
    void (async () => {
      for (;;) {
        const sliceEnd = performance.now() + SLICE_MS;
        let step = steps.next();
        while (!step.done && performance.now() < sliceEnd) step = steps.next();
        if (step.done) {
          if (!cancelled) setFound({ text, ids: step.value });
          return;
        }
        await nextTask();
        if (cancelled) return;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [search, text, ready, list]);
  return found;
}

/**
 * What the list shows for `text` while its search runs: the last result when it was found for the
 * same text or for one that begins or extends it (typing on, or deleting the last letters), so
 * the list does not flash; nothing (undefined: no text filter yet) when it was found for another
 * text — an old search's rows under a new word are wrong, not just late.
 */
export function shownMatches(found: TextMatches | undefined, text: string): readonly string[] | undefined {
  if (!found) return undefined;
  const now = text.toLocaleLowerCase('de');
  const then = found.text.toLocaleLowerCase('de');
  return now.startsWith(then) || then.startsWith(now) ? found.ids : undefined;
}
