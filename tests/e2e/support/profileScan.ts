import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export interface Hit {
  marker: string;
  encoding: 'utf8' | 'utf16le' | 'latin1';
  file: string;
}

export async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Searches every file below `root` for each marker as UTF-8, UTF-16LE and Latin-1 bytes. */
export async function scanForMarkers(
  root: string,
  markers: string[],
): Promise<{ hits: Hit[]; filesScanned: number; bytesScanned: number }> {
  const needles = markers.flatMap((marker) =>
    (['utf8', 'utf16le', 'latin1'] as const).map((encoding) => ({
      marker,
      encoding,
      bytes: Buffer.from(marker, encoding),
    })),
  );
  const hits: Hit[] = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  for await (const path of files(root)) {
    let content: Buffer;
    try {
      if ((await stat(path)).size === 0) continue;
      content = await readFile(path);
    } catch {
      continue; // a lock file or a file removed meanwhile
    }
    filesScanned++;
    bytesScanned += content.length;
    for (const needle of needles) {
      if (content.includes(needle.bytes))
        hits.push({ marker: needle.marker, encoding: needle.encoding, file: relative(root, path) });
    }
  }
  return { hits, filesScanned, bytesScanned };
}

/** Positive control: the marker written unencrypted into another IndexedDB database of the same profile. */
export async function writePositiveControl(page: Page, marker: string): Promise<void> {
  await page.evaluate(async (text) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('positive-control', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('plain');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction('plain', 'readwrite');
        tx.objectStore('plain').put({ text }, 'k');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  }, marker);
}
