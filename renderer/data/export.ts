// "Alle Daten exportieren": the unencrypted full export as JSON or XLSX (exceljs, loaded on demand).
import { version as APP_VERSION } from '../../package.json';
import { utf8Encode } from '../../shared/crypto/bytes';
import { buildExportSheets, buildJsonExport } from '../../shared/export/fullExport';
import type { RecordTable } from '../../shared/storage/envelope';
import { collectRecords } from './backup';
import { readSettings } from './settings';
import type { OpenVault } from './vault';

export type ExportFormat = 'json' | 'xlsx';

export function exportFileName(format: ExportFormat, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `anlaufstelle-export-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${format}`;
}

export function createJsonExport(vault: OpenVault, now = new Date()): Uint8Array<ArrayBuffer> {
  return utf8Encode(buildJsonExport(collectRecords(vault), { appVersion: APP_VERSION, exportedAt: now }));
}

/** One worksheet per record kind, named by `sheetNames` (Excel allows at most 31 characters). */
export async function createXlsxExport(
  vault: OpenVault,
  sheetNames: Record<RecordTable, string>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const sheets = buildExportSheets(collectRecords(vault), readSettings(vault.store).lists);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anlaufstelle';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet((sheetNames[sheet.table] ?? sheet.table).slice(0, 31));
    worksheet.addRow(sheet.columns);
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  const out = new Uint8Array(buffer.byteLength);
  out.set(new Uint8Array(buffer as ArrayBuffer));
  return out;
}
