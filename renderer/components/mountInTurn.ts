// Parts of a screen drawn one per task: the charts (a recharts chart's first render, its commit and
// the re-render after its own measuring), and the parts below the fold of long screens and forms
// (DrawnAfter). Drawn together they were one 200–400 ms freeze of the window; queued, each is its
// own short task and input runs between them.
import { flushSync } from 'react-dom';

const waiting: Array<() => void> = [];
let scheduled = false;
const whenDrawn: Array<() => void> = [];

/**
 * Queues `show` (a state update that mounts a part) to run in a task of its own, after the ones
 * queued before it. Returns a cancel function for a component that unmounts before its turn.
 */
export function mountInTurn(show: () => void): () => void {
  waiting.push(show);
  schedule();
  return () => {
    const at = waiting.indexOf(show);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/**
 * Resolves once every part queued so far (and any queued meanwhile) is drawn: an export that reads
 * the page (print to PDF, the charts as images) must see all of it.
 */
export function allDrawn(): Promise<void> {
  if (!scheduled && waiting.length === 0) return Promise.resolve();
  return new Promise((resolve) => whenDrawn.push(resolve));
}

function schedule(): void {
  if (!scheduled && waiting.length === 0) for (const resolve of whenDrawn.splice(0)) resolve();
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const show = waiting.shift();
    // Rendered and committed here, so this task holds exactly one chart.
    if (show) flushSync(show);
    schedule();
  }, 0);
}
