// The partner checklist as an Excel workbook (exceljs, loaded on demand): the series' title, then a
// frozen bold header and one row per contribution, for the office to work through with the partners.
import type { Workbook } from 'exceljs';
import type { Language } from '../../../../shared/domain/settings';
import { eventOutputsLabels } from '../../../../shared/outreach/eventOutputsLabels';
import { partnerChecklistRows, type PartnerChecklist } from '../../../../shared/outreach/partnerChecklist';

export async function checklistXlsx(
  checklist: PartnerChecklist,
  meta: { title: string; language: Language; createdAt: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const L = eventOutputsLabels(meta.language);
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anlaufstelle';
  workbook.created = meta.createdAt;
  const sheet = workbook.addWorksheet(L.checklist.title);
  sheet.addRow([`${L.checklist.title}: ${meta.title}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const [header = [], ...rows] = partnerChecklistRows(checklist, meta.language);
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number, topLeftCell: `A${headerRow.number + 1}` }];
  [32, 40, 12, 14, 48].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
