// Exports opened as a recipient opens them: LibreOffice (headless) converts XLSX and DOCX to PDF,
// poppler's tools read the PDF back (text with positions, images, document properties).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
export const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfimages');

/** Converts the file to PDF with LibreOffice in a profile of its own; returns the PDF's path. */
export async function convertToPdf(name: string, bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-lo-'));
  const source = join(dir, name);
  await writeFile(source, bytes);
  await run(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      source,
    ],
    { timeout: 180_000 },
  );
  return join(dir, `${basename(name).replace(/\.[^.]+$/, '')}.pdf`);
}

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every page's words with their boxes (pdftotext -bbox). */
export async function pdfWords(pdf: string): Promise<Word[][]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! })),
    );
}

/**
 * Pairs of words on one page drawn over each other. pdftotext's boxes run from the font's ascent to its
 * descent, more than the line pitch of single-spaced text (LibreOffice: about 0.87 of a box), so the
 * boxes of two lines of one paragraph touch. Words overlap when their boxes meet across (more than
 * `slack` points) and their middles are closer than 0.8 of a box's height: text drawn over text.
 */
export function overlappingWords(words: Word[], slack = 0.5): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const apart = Math.abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
      if (across > slack && apart < 0.8 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) found.push([a.text, b.text]);
    }
  return found;
}

/** One page's text in its layout (pdftotext -layout): a label and its value stay on one line. */
export async function pdfPageText(pdf: string, page: number): Promise<string> {
  const args = ['-layout', '-f', String(page), '-l', String(page), pdf, '-'];
  return (await run('pdftotext', args)).stdout;
}

/** The PDF's document properties (pdfinfo), e.g. Title, Author, Pages, "Page size". */
export async function pdfInfo(pdf: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** The images in the PDF (pdfimages -list): page, width and height in pixels; not their alpha masks. */
export async function pdfImages(
  pdf: string,
): Promise<Array<{ page: number; width: number; height: number }>> {
  const { stdout } = await run('pdfimages', ['-list', pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && /^\d+$/.test(cols[0]!) && cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}
