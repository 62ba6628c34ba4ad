import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/services/atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomic file writing', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = join(dir, 'Bericht.pdf');
    await writeFileAtomic(target, new TextEncoder().encode('%PDF-1.7 Inhalt'));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 Inhalt');
    expect(await readdir(dir)).toEqual(['Bericht.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'export.csv');
    await writeFile(target, 'alt;alt;alt\n'.repeat(1000));
    await writeFileAtomic(target, new TextEncoder().encode('neu'));
    expect(await readFile(target, 'utf8')).toBe('neu');
  });

  it('fails without touching anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'fehlt', 'x.csv'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
