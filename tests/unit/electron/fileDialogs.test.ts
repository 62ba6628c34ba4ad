import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/services/atomicWrite';
import {
  openWithDialog,
  PDF_OPTIONS,
  printToPdfWithDialog,
  saveWithDialog,
  type FileFilter,
} from '../../../electron/main/services/fileDialogs';
import { validateRequest } from '../../../electron/main/ipc/validate';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-dialogs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const csv: FileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];

/** The OS dialog, stubbed: answers with a path, or as if cancelled. */
function saveDialog(filePath: string | undefined) {
  const asked: unknown[] = [];
  return {
    asked,
    showSaveDialog: async (options: unknown) => {
      asked.push(options);
      return { canceled: filePath === undefined, filePath };
    },
  };
}

describe('saving through the dialog', () => {
  it('suggests the name and writes the bytes atomically to exactly the chosen path', async () => {
    const chosen = join(dir, 'Wiedervorlagen.ics');
    const dialog = saveDialog(chosen);
    const result = await saveWithDialog(
      { ...dialog, writeFileAtomic },
      { suggestedName: 'Wiedervorlagen.ics', data: bytes('BEGIN:VCALENDAR'), filters: csv },
    );
    expect(result).toEqual({ saved: true });
    expect(dialog.asked).toEqual([{ defaultPath: 'Wiedervorlagen.ics', filters: csv }]);
    expect(await readFile(chosen, 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(await readdir(dir)).toEqual(['Wiedervorlagen.ics']);
  });

  it('writes nothing when the user cancels', async () => {
    const written: string[] = [];
    const result = await saveWithDialog(
      { ...saveDialog(undefined), writeFileAtomic: async (p) => void written.push(p) },
      { suggestedName: 'x.csv', data: bytes('x'), filters: [] },
    );
    expect(result).toEqual({ saved: false });
    expect(written).toEqual([]);
  });

  it('refuses a relative path (only a full path the user picked is written)', async () => {
    const written: string[] = [];
    const result = await saveWithDialog(
      { ...saveDialog('../../etc/cron.d/x'), writeFileAtomic: async (p) => void written.push(p) },
      { suggestedName: 'x.csv', data: bytes('x'), filters: [] },
    );
    expect(result).toEqual({ saved: false });
    expect(written).toEqual([]);
  });

  it('lets the renderer suggest a plain file name only, never a path', () => {
    const frame = { url: 'app://anlaufstelle/index.html', isMainFrame: true };
    for (const suggestedName of [
      '../x.csv',
      'C:\\Windows\\x.csv',
      '/etc/passwd',
      'a\u0000.csv',
      '..',
      'a/b.csv',
    ]) {
      expect(
        validateRequest('file:save', { suggestedName, data: bytes('x'), filters: [] }, frame),
        suggestedName,
      ).toMatchObject({ ok: false });
    }
    expect(validateRequest('file:printToPdf', { suggestedName: '../Bericht.pdf' }, frame)).toMatchObject({
      ok: false,
    });
    expect(validateRequest('file:printToPdf', { suggestedName: 'Bericht.exe' }, frame)).toMatchObject({
      ok: false,
    });
    expect(
      validateRequest('file:printToPdf', { suggestedName: 'Jahresbericht 2026.pdf' }, frame),
    ).toMatchObject({ ok: true });
  });
});

describe('opening through the dialog', () => {
  const deps = (filePaths: string[], canceled = false) => ({
    showOpenDialog: async () => ({ canceled, filePaths }),
    stat,
    readFile: (p: string) => readFile(p),
  });

  it('returns the name and bytes of the picked file', async () => {
    const file = join(dir, 'Kontakte.csv');
    await writeFile(file, 'Vorname;Nachname\n');
    const result = await openWithDialog(deps([file]), { filters: csv, maxBytes: 1000 });
    expect(result).toMatchObject({ status: 'opened', name: 'Kontakte.csv' });
    expect(result.status === 'opened' && new TextDecoder().decode(result.data)).toBe('Vorname;Nachname\n');
  });

  it('does not read a file larger than allowed', async () => {
    const file = join(dir, 'gross.csv');
    await writeFile(file, 'x'.repeat(2000));
    let reads = 0;
    const result = await openWithDialog(
      {
        ...deps([file]),
        readFile: async (p: string) => {
          reads++;
          return readFile(p);
        },
      },
      { filters: csv, maxBytes: 1000 },
    );
    expect(result).toEqual({ status: 'too-large', name: 'gross.csv', size: 2000 });
    expect(reads).toBe(0);
  });

  it('reports a cancelled dialog, a folder or a relative path as cancelled', async () => {
    expect(await openWithDialog(deps([], true), { filters: csv, maxBytes: 10 })).toEqual({
      status: 'canceled',
    });
    expect(await openWithDialog(deps([dir]), { filters: csv, maxBytes: 10 })).toEqual({ status: 'canceled' });
    expect(await openWithDialog(deps(['Kontakte.csv']), { filters: csv, maxBytes: 10 })).toEqual({
      status: 'canceled',
    });
  });
});

describe('print to PDF', () => {
  it('prints A4 with page numbers in the footer and saves it where the user chose', async () => {
    const chosen = join(dir, 'Jahresbericht 2026.pdf');
    const dialog = saveDialog(chosen);
    const printed: unknown[] = [];
    const result = await printToPdfWithDialog(
      {
        ...dialog,
        writeFileAtomic,
        printToPDF: async (options) => {
          printed.push(options);
          return bytes('%PDF-1.7');
        },
      },
      { suggestedName: 'Jahresbericht 2026.pdf' },
    );
    expect(result).toEqual({ saved: true });
    expect(printed).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS.pageSize).toBe('A4');
    expect(PDF_OPTIONS.displayHeaderFooter).toBe(true);
    expect(PDF_OPTIONS.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(PDF_OPTIONS.footerTemplate).toContain('<span class="totalPages"></span>');
    expect(dialog.asked).toEqual([
      { defaultPath: 'Jahresbericht 2026.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    ]);
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7');
  });

  it('saves nothing when the user cancels', async () => {
    const result = await printToPdfWithDialog(
      {
        ...saveDialog(undefined),
        writeFileAtomic: async () => {
          throw new Error('must not write');
        },
        printToPDF: async () => bytes('%PDF'),
      },
      { suggestedName: 'Auskunft.pdf' },
    );
    expect(result).toEqual({ saved: false });
  });
});
