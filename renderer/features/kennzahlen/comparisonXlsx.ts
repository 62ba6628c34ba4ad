// The comparison as an Excel workbook (exceljs, as the report's): an overview sheet with the offices
// and the figures per office, in total and per 10.000 inhabitants, then a sheet per breakdown.
// Exact figures are numbers; a sum with withheld cells is the text "mind. 7".
import type { Workbook, Worksheet } from 'exceljs';
import type { TFunction } from 'i18next';
import { perTenThousand, type Comparison, type Figure } from '../../../shared/kennzahlen/compare';
import { DIMENSION_KEYS, MEASURES } from '../../../shared/kennzahlen/format';
import type { Formats } from '../../components/format';
import { figureText, officeLabels } from './figureText';

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

export async function comparisonXlsx(
  comparison: Comparison,
  t: TFunction,
  fmt: Formats,
  createdAt: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anlaufstelle';
  workbook.created = createdAt;
  const names = officeLabels(comparison.offices);
  const cell = (f: Figure) => (f.exact ? f.min : figureText(f, t, fmt));
  const capita = (f: Figure, population: number | null) => {
    const v = perTenThousand(f, population);
    return v === null ? null : cell({ min: v, exact: f.exact });
  };
  const bold = (sheet: Worksheet, values: unknown[]) => (sheet.addRow(values).font = { bold: true });

  const overview = workbook.addWorksheet(sheetName(t('kennzahlen.overviewTitle')));
  overview.columns = [{ width: 46 }, ...names.map(() => ({ width: 22 })), { width: 16 }];
  overview.addRow([t('kennzahlen.comparisonTitle')]).font = { bold: true, size: 13 };
  overview.addRow([fmt.dateTime(createdAt.toISOString())]);
  overview.addRow([]);
  bold(overview, [t('kennzahlen.columns.office'), ...names]);
  overview.addRow([t('kennzahlen.columns.district'), ...comparison.offices.map((o) => o.district)]);
  overview.addRow([t('kennzahlen.columns.year'), ...comparison.offices.map((o) => o.year)]);
  overview.addRow([t('kennzahlen.columns.quarters'), ...comparison.offices.map((o) => o.quarters)]);
  overview.addRow([t('kennzahlen.columns.population'), ...comparison.offices.map((o) => o.population)]);
  overview.addRow([]);
  bold(overview, [t('kennzahlen.columns.figure'), ...names, t('kennzahlen.columns.total')]);
  for (const m of MEASURES) {
    const { perOffice, total } = comparison.measures[m];
    overview.addRow([t(`kennzahlen.measures.${m}`), ...perOffice.map(cell), cell(total)]);
    if (comparison.offices.some((o) => o.population !== null))
      overview.addRow([
        t('kennzahlen.perCapita', { measure: t(`kennzahlen.measures.${m}`) }),
        ...perOffice.map((f, i) => capita(f, comparison.offices[i]!.population)),
        capita(total, comparison.totalPopulation),
      ]);
  }
  overview.addRow([]);
  overview.addRow([t('kennzahlen.lowerBoundNote')]);

  for (const d of DIMENSION_KEYS) {
    const title = t(`kennzahlen.dimensions.${d}`);
    const sheet = workbook.addWorksheet(sheetName(title));
    sheet.columns = [{ width: 46 }, ...names.map(() => ({ width: 22 })), { width: 16 }];
    sheet.addRow([title]).font = { bold: true, size: 12 };
    bold(sheet, [t('kennzahlen.columns.category'), ...names, t('kennzahlen.columns.total')]);
    for (const c of comparison.breakdowns[d])
      sheet.addRow([c.notSet ? t('figures.notSet') : c.label, ...c.perOffice.map(cell), cell(c.total)]);
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
