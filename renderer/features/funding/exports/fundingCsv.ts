// The Belegliste and the zahlenmäßiger Nachweis as CSV for Excel: the table alone (no title block,
// so every row has the header's columns), `;`-separated; amounts in euros with two decimals and a decimal
// comma in German, days as text ("31.12.2026"). Text is defused by the one CSV writer.
import { toExcelCsv, type CsvCell } from '../../../../shared/codecs/csv';
import { fundingExportLabels } from '../../../../shared/funding/fundingLabels';
import type { ProjectData, ReceiptData } from '../../../../shared/funding/fundingRecords';
import {
  proofStatementRows,
  receiptListRows,
  type FundingExportMeta,
} from '../../../../shared/funding/proofRows';
import { formatReportDay } from '../../../../shared/report/reportExportRows';

type CsvMeta = Pick<FundingExportMeta, 'language'>;

function csv(rows: CsvCell[][], meta: CsvMeta): string {
  // As the report's CSV: German Excel reads the decimal comma.
  return toExcelCsv(rows, { decimalComma: meta.language !== 'en' });
}

/** The Belegliste: one row per receipt, a subtotal row per plan line, the total last. */
export function receiptListCsv(
  project: Pick<ProjectData, 'plan'>,
  receipts: readonly ReceiptData[],
  meta: CsvMeta,
): string {
  const list = receiptListRows(project, receipts, fundingExportLabels(meta.language));
  const rows: CsvCell[][] = [list.header];
  for (const group of list.groups) {
    for (const r of group.rows)
      rows.push([
        group.category,
        r.number,
        formatReportDay(r.date, meta.language),
        r.party,
        r.purpose,
        { cents: r.amountCents },
      ]);
    rows.push([group.subtotalLabel, null, null, null, null, { cents: group.subtotalCents }]);
  }
  rows.push([list.totalLabel, null, null, null, null, { cents: list.totalCents }]);
  return csv(rows, meta);
}

/** The Nachweis: a row per plan line and the total, then the financing part below an empty row. */
export function proofStatementCsv(
  project: Pick<ProjectData, 'plan' | 'award' | 'payments'>,
  receipts: readonly ReceiptData[],
  meta: CsvMeta,
): string {
  const proof = proofStatementRows(project, receipts, fundingExportLabels(meta.language));
  const rows: CsvCell[][] = [proof.header];
  for (const l of [...proof.lines, proof.total])
    rows.push([
      l.category,
      { cents: l.plannedCents },
      { cents: l.ownSharePlannedCents },
      { cents: l.actualCents },
      { cents: l.deviationCents },
    ]);
  rows.push([]);
  rows.push(proof.financingHeader);
  for (const f of proof.financing) rows.push([f.label, { cents: f.cents }]);
  return csv(rows, meta);
}
