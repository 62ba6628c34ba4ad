// The annual report as an editable Word document (docx): headings, the office's texts and the
// tables, for offices that finish their Sachbericht in Word.
import type { AnnualReport } from '../../../../shared/report/annualReport';
import { rowChange } from '../../../../shared/report/annualReport';
import {
  formatChange,
  formatReportDay,
  reportHeading,
  formatReportValue,
} from '../../../../shared/report/reportExportRows';
import { reportLabels } from '../../../../shared/report/reportLabels';

export async function reportDocx(report: AnnualReport): Promise<Uint8Array<ArrayBuffer>> {
  const docx = await import('docx');
  const {
    AlignmentType,
    Document,
    Footer,
    HeadingLevel,
    Packer,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const L = reportLabels(report.language);
  const lang = report.language;
  const day = (d: string) => formatReportDay(d, lang);

  const cell = (text: string, options: { bold?: boolean; right?: boolean } = {}) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: options.bold ?? false })],
        }),
      ],
    });
  const paragraphs = (text: string) =>
    text
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => new Paragraph({ text: line }));

  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [
    new Paragraph({ text: reportHeading(report), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: report.subtitle }),
    new Paragraph({
      children: [new TextRun({ text: `${L.office}: `, bold: true }), new TextRun(report.officeName)],
    }),
    new Paragraph({
      children: [new TextRun({ text: `${L.district}: `, bold: true }), new TextRun(report.district)],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: `${L.period}: `, bold: true }),
        new TextRun(`${day(report.from)} – ${day(report.to)}`),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: `${L.previousPeriod}: `, bold: true }),
        new TextRun(`${day(report.previousFrom)} – ${day(report.previousTo)}`),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: `${L.team}: `, bold: true }), new TextRun(report.team.join(', '))],
    }),
    new Paragraph({ text: L.aggregatesOnly }),
  ];

  for (const section of report.sections) {
    children.push(
      new Paragraph({
        text: `${section.number}. ${section.title}`,
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
      ...paragraphs(section.intro),
      ...paragraphs(section.text),
    );
    for (const table of section.tables) {
      children.push(new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_2 }));
      if (table.note)
        children.push(new Paragraph({ children: [new TextRun({ text: table.note, italics: true })] }));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: [
                cell(L.columns.row, { bold: true }),
                cell(L.columns.current, { bold: true, right: true }),
                cell(L.columns.previous, { bold: true, right: true }),
                cell(L.columns.change, { bold: true, right: true }),
              ],
            }),
            ...table.rows.map(
              (row) =>
                new TableRow({
                  children: [
                    cell(row.label),
                    cell(formatReportValue(row.current, row.unit, lang), { right: true }),
                    cell(formatReportValue(row.previous, row.unit, lang), { right: true }),
                    cell(formatChange(rowChange(row), lang), { right: true }),
                  ],
                }),
            ),
          ],
        }),
      );
    }
  }

  const document = new Document({
    creator: 'Anlaufstelle',
    title: `${report.title} ${report.officeName}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun(`${report.title} ${day(report.from)} – ${day(report.to)} · `),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
