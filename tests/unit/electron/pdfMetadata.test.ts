// The desktop app's PDFs name their office: Chromium's print sets only the title, so the main process
// writes title, author and subject before saving (issue 22). Read back with PDF.js (unpdf).
import { readFile } from 'node:fs/promises';
import { getDocumentProxy, getMeta, extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { printToPdfWithDialog, withPdfMetadata } from '../../../electron/main/services/fileDialogs';

const fixture = () => readFile(new URL('../../fixtures/pdf/chromium-print.pdf', import.meta.url));
const metadata = {
  title: 'Jahresbericht 2025 – Koordinierungsstelle Integration Harz',
  author: 'Koordinierungsstelle Integration Harz',
  subject: 'Berichtszeitraum 01.01.2025 – 31.12.2025',
};

describe('PDF properties', () => {
  it("sets title, author and subject of Chromium's PDF and keeps its text", async () => {
    const before = await getMeta(await getDocumentProxy(new Uint8Array(await fixture())));
    expect(before.info.Author ?? '').toBe('');
    const out = await withPdfMetadata(new Uint8Array(await fixture()), metadata);
    const doc = await getDocumentProxy(new Uint8Array(out));
    const { info } = await getMeta(doc);
    expect([info.Title, info.Author, info.Subject]).toEqual([
      metadata.title,
      metadata.author,
      metadata.subject,
    ]);
    const { text } = await extractText(doc, { mergePages: true });
    expect(text).toContain('1.234 Anfragen');
  });

  it('the save through the dialog writes the file with the properties', async () => {
    let written: Uint8Array | undefined;
    const result = await printToPdfWithDialog(
      {
        showSaveDialog: async () => ({ canceled: false, filePath: '/tmp/Jahresbericht_2025.pdf' }),
        writeFileAtomic: async (_path, data) => {
          written = data;
        },
        printToPDF: async () => new Uint8Array(await fixture()),
      },
      { suggestedName: 'Jahresbericht_2025.pdf', metadata },
    );
    expect(result).toEqual({ saved: true });
    const { info } = await getMeta(await getDocumentProxy(new Uint8Array(written!)));
    expect(info.Author).toBe(metadata.author);
  });
});
