// Files the user saves or opens go through the OS dialogs; main writes only to the path the user
// chose there (atomically), and reads only the file the user picked. The renderer never names a path.
import { basename, isAbsolute } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { IpcRequest, IpcResponse } from '../../../shared/ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogDeps {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog(options: {
    filters: FileFilter[];
    properties: ['openFile'];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

/** The path the save dialog returned, or null when the user cancelled or it is not a full path. */
async function chooseSavePath(
  deps: Pick<FileDialogDeps, 'showSaveDialog'>,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters });
  if (choice.canceled || !choice.filePath || !isAbsolute(choice.filePath)) return null;
  return choice.filePath;
}

export async function saveWithDialog(
  deps: Pick<FileDialogDeps, 'showSaveDialog' | 'writeFileAtomic'>,
  request: IpcRequest<'file:save'>,
): Promise<IpcResponse<'file:save'>> {
  const path = await chooseSavePath(deps, request.suggestedName, request.filters);
  if (!path) return { saved: false };
  await deps.writeFileAtomic(path, request.data);
  return { saved: true };
}

export async function openWithDialog(
  deps: Pick<FileDialogDeps, 'showOpenDialog' | 'stat' | 'readFile'>,
  request: IpcRequest<'file:open'>,
): Promise<IpcResponse<'file:open'>> {
  const choice = await deps.showOpenDialog({ filters: request.filters, properties: ['openFile'] });
  const path = choice.filePaths[0];
  if (choice.canceled || !path || !isAbsolute(path)) return { status: 'canceled' };
  const name = basename(path);
  const info = await deps.stat(path);
  if (!info.isFile()) return { status: 'canceled' };
  if (info.size > request.maxBytes) return { status: 'too-large', name, size: info.size };
  const data = await deps.readFile(path);
  // The file may have grown between the size check and the read.
  if (data.byteLength > request.maxBytes) return { status: 'too-large', name, size: data.byteLength };
  return { status: 'opened', name, data };
}

/**
 * A4, the page number in the footer ("Seite 2 von 5"), tagged for screen readers. A page's own
 * @page size wins (the programme booklet prints in A5 when chosen); A4 is the fallback.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8pt;width:100%;text-align:center;font-family:sans-serif">' +
    'Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
  margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
} as const;

/**
 * The PDF with its document properties set: Chromium's printToPDF takes the title from the page and
 * leaves author and subject empty, while a report sent out names its office (issue 22).
 */
export async function withPdfMetadata(
  pdf: Uint8Array,
  metadata: { title: string; author: string; subject: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  const out = await doc.save({ useObjectStreams: false });
  return new Uint8Array(out);
}

export async function printToPdfWithDialog(
  deps: Pick<FileDialogDeps, 'showSaveDialog' | 'writeFileAtomic'> & {
    printToPDF(options: typeof PDF_OPTIONS): Promise<Uint8Array<ArrayBuffer>>;
  },
  request: IpcRequest<'file:printToPdf'>,
): Promise<IpcResponse<'file:printToPdf'>> {
  const printed = await deps.printToPDF(PDF_OPTIONS);
  const pdf = request.metadata ? await withPdfMetadata(printed, request.metadata) : printed;
  const path = await chooseSavePath(deps, request.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }]);
  if (!path) return { saved: false };
  await deps.writeFileAtomic(path, pdf);
  return { saved: true };
}
