// The Belegliste and the zahlenmäßiger Nachweis as Excel workbooks (exceljs, loaded on demand): a
// title block, a bold header row frozen below it, amounts as numbers in euros, days as real dates.
import type { Row, Workbook, Worksheet } from 'exceljs';
import { fundingExportLabels } from '../../../../shared/funding/fundingLabels';
import type { ProjectData, ReceiptData } from '../../../../shared/funding/fundingRecords';
import {
  euros,
  fundingTitleBlock,
  proofStatementRows,
  receiptListRows,
  type FundingExportMeta,
} from '../../../../shared/funding/proofRows';

export const EURO_FORMAT = '#,##0.00 "€"';
export const DAY_FORMAT = 'dd.mm.yyyy';

/** The parts of a Vorhaben the workbooks show. */
export type FundingExportProject = Pick<ProjectData, 'title' | 'from' | 'to' | 'award' | 'plan' | 'payments'>;

/** A calendar day as an Excel date: UTC midnight, so no time zone moves it to the day before. */
function excelDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

async function newWorkbook(meta: FundingExportMeta): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anlaufstelle';
  workbook.created = new Date(meta.createdAt);
  return workbook;
}

/** Heading and title block; returns the header row written below them, frozen and bold. */
function writeTop(
  sheet: Worksheet,
  heading: string,
  project: FundingExportProject,
  meta: FundingExportMeta,
  header: string[],
): Row {
  const labels = fundingExportLabels(meta.language);
  sheet.addRow([heading]).font = { bold: true, size: 14 };
  for (const [label, value] of fundingTitleBlock(project, meta, labels)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number, topLeftCell: `A${headerRow.number + 1}` }];
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
  sheet.pageSetup.printTitlesRow = `${headerRow.number}:${headerRow.number}`;
  return headerRow;
}

function sumRow(row: Row): void {
  row.font = { bold: true };
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = { top: { style: 'thin' } };
  });
}

async function bytesOf(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The Belegliste: receipts per plan line with subtotals and the total. */
export async function receiptListXlsx(
  project: FundingExportProject,
  receipts: readonly ReceiptData[],
  meta: FundingExportMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const labels = fundingExportLabels(meta.language);
  const list = receiptListRows(project, receipts, labels);
  const workbook = await newWorkbook(meta);
  const sheet = workbook.addWorksheet(labels.receiptList);
  sheet.columns = [{ width: 34 }, { width: 16 }, { width: 12 }, { width: 32 }, { width: 48 }, { width: 16 }];
  writeTop(sheet, labels.receiptList, project, meta, list.header);
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };

  for (const group of list.groups) {
    for (const r of group.rows) {
      const row = sheet.addRow([
        group.category,
        r.number,
        excelDay(r.date),
        r.party,
        r.purpose,
        euros(r.amountCents),
      ]);
      row.getCell(3).numFmt = DAY_FORMAT;
      row.getCell(6).numFmt = EURO_FORMAT;
    }
    const subtotal = sheet.addRow([group.subtotalLabel, null, null, null, null, euros(group.subtotalCents)]);
    subtotal.getCell(6).numFmt = EURO_FORMAT;
    sumRow(subtotal);
  }
  sheet.addRow([]);
  const total = sheet.addRow([list.totalLabel, null, null, null, null, euros(list.totalCents)]);
  total.getCell(6).numFmt = EURO_FORMAT;
  sumRow(total);
  return bytesOf(workbook);
}

/** The zahlenmäßiger Nachweis: Soll, Eigenanteil, Ist, Abweichung per plan line, then the financing. */
export async function proofStatementXlsx(
  project: FundingExportProject,
  receipts: readonly ReceiptData[],
  meta: FundingExportMeta,
): Promise<Uint8Array<ArrayBuffer>> {
  const labels = fundingExportLabels(meta.language);
  const proof = proofStatementRows(project, receipts, labels);
  const workbook = await newWorkbook(meta);
  const sheet = workbook.addWorksheet(labels.proofStatement);
  sheet.columns = [{ width: 36 }, { width: 18 }, { width: 24 }, { width: 18 }, { width: 18 }];
  writeTop(sheet, labels.proofStatement, project, meta, proof.header);

  const lineRow = (l: (typeof proof.lines)[number]) => {
    const row = sheet.addRow([
      l.category,
      euros(l.plannedCents),
      euros(l.ownSharePlannedCents),
      euros(l.actualCents),
      euros(l.deviationCents),
    ]);
    for (let col = 2; col <= 5; col++) row.getCell(col).numFmt = EURO_FORMAT;
    return row;
  };
  for (const l of proof.lines) lineRow(l);
  sumRow(lineRow(proof.total));

  sheet.addRow([]);
  const financingHeader = sheet.addRow(proof.financingHeader);
  financingHeader.font = { bold: true };
  for (const f of proof.financing) sheet.addRow([f.label, euros(f.cents)]).getCell(2).numFmt = EURO_FORMAT;
  return bytesOf(workbook);
}
