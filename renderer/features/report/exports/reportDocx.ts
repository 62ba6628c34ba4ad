// The report as an editable Word document (docx): headings in Word's heading styles, the office's
// texts, the charts as images (the page's SVG at print resolution) and the tables with a wide label
// column and right-aligned figures; German (or British English) as the document's language.
import type { AnnualReport, ReportChart } from '../../../../shared/report/annualReport';
import { rowChange } from '../../../../shared/report/annualReport';
import {
  formatChange,
  formatReportDay,
  reportCreatedDay,
  reportHeading,
  formatReportValue,
} from '../../../../shared/report/reportExportRows';
import { reportProperties } from '../../../../shared/report/reportFileName';
import { reportLabels } from '../../../../shared/report/reportLabels';
import { chartDescription, type ChartImage } from './chartImage';

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Label, current, previous, change: the label column takes "Jobcenter / Agentur für Arbeit" on one line. */
const COLUMNS = [4138, 2000, 1450, 2050];
/** The text width in CSS pixels (96 to the inch): a chart is scaled to it. */
const TEXT_PIXELS = (TEXT_WIDTH / 1440) * 96;

export async function reportDocx(
  report: AnnualReport,
  charts: ReadonlyMap<string, ChartImage> = new Map(),
): Promise<Uint8Array<ArrayBuffer>> {
  const docx = await import('docx');
  const {
    AlignmentType,
    Document,
    Footer,
    HeadingLevel,
    ImageRun,
    Packer,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableLayoutType,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const L = reportLabels(report.language);
  const lang = report.language;
  const day = (d: string) => formatReportDay(d, lang);
  const properties = reportProperties(report);

  const cell = (text: string, column: number, options: { bold?: boolean; right?: boolean } = {}) =>
    new TableCell({
      width: { size: COLUMNS[column]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: options.bold ?? false, size: 20 })],
        }),
      ],
    });
  const table = (header: string[], rows: string[][]) =>
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: COLUMNS,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((h, i) => cell(h, i, { bold: true, right: i > 0 })),
        }),
        ...rows.map(
          (row) =>
            new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, { right: i > 0 })) }),
        ),
      ],
    });
  const paragraphs = (text: string) =>
    text
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => new Paragraph({ text: line }));
  const labelled = (label: string, value: string) =>
    new Paragraph({
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    });

  const chartBlock = (chart: ReportChart) => {
    const caption = new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: chart.title, bold: true })],
    });
    const image = charts.get(chart.id);
    if (!image) {
      // No image (drawn outside a page): the chart's values as a table instead.
      return [
        caption,
        table(
          ['', L.columns.current, L.columns.previous, ''],
          chart.points.map((p) => [p.label, String(p.current), String(p.previous), '']),
        ),
      ];
    }
    const scale = Math.min(1, TEXT_PIXELS / image.width);
    return [
      caption,
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: image.png,
            transformation: {
              width: Math.round(image.width * scale),
              height: Math.round(image.height * scale),
            },
            altText: {
              name: chart.title,
              title: chart.title,
              description: chartDescription(chart, L.columns, (n) => formatReportValue(n, 'count', lang)),
            },
          }),
        ],
      }),
    ];
  };

  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [
    new Paragraph({ text: reportHeading(report), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: report.subtitle, spacing: { after: 480 } }),
    labelled(L.office, report.officeName),
    labelled(L.district, report.district || '–'),
    labelled(L.period, `${day(report.from)} – ${day(report.to)}`),
    labelled(L.previousPeriod, `${day(report.previousFrom)} – ${day(report.previousTo)}`),
    labelled(L.team, report.team.join(', ') || '–'),
    labelled(L.createdAt, reportCreatedDay(report)),
    new Paragraph({ text: L.aggregatesOnly, spacing: { before: 480 } }),
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
    if (section.chart && section.chart.points.length > 0) children.push(...chartBlock(section.chart));
    for (const t of section.tables) {
      children.push(new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_2, keepNext: true }));
      if (t.note)
        children.push(
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: t.note, italics: true, size: 20 })],
          }),
        );
      children.push(
        table(
          [L.columns.row, L.columns.current, L.columns.previous, L.columns.change],
          t.rows.map((row) => [
            row.label,
            formatReportValue(row.current, row.unit, lang),
            formatReportValue(row.previous, row.unit, lang),
            formatChange(rowChange(row), lang),
          ]),
        ),
      );
    }
  }

  const document = new Document({
    creator: properties.author,
    lastModifiedBy: properties.author,
    title: properties.title,
    subject: properties.subject,
    keywords: properties.keywords,
    description: L.aggregatesOnly,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: properties.language } } },
        title: { run: { font: 'Arial', size: 48, bold: true, color: '000000' } },
        heading1: {
          run: { font: 'Arial', size: 32, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 200 }, keepNext: true },
        },
        heading2: {
          run: { font: 'Arial', size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 280, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${properties.title} · ${L.page} `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
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
