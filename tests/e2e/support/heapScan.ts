// What a page holds in memory: a heap snapshot through the DevTools protocol, searched for markers.
// Encrypted storage hides what was decrypted into the window; the heap shows everything the app
// received and opened (records, their fields, texts built from them).
import type { Page } from '@playwright/test';

/** The markers found in the page's JavaScript heap (search for ASCII tokens: the snapshot is JSON). */
export async function markersInHeap(page: Page, markers: readonly string[]): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.enable');
  // Garbage first: a string no longer referenced says nothing about what the app holds.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  const snapshot = chunks.join('');
  return markers.filter((marker) => snapshot.includes(marker));
}
