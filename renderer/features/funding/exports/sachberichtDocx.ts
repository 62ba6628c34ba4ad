// The Sachbericht as an editable Word document (docx): real headings (Titel, Überschrift 1 and 2)
// so Word's navigation and table of contents work, real tables with a repeated header row, and the
// placeholders italic and highlighted, so the office finds what is left to write. The text is the
// model's as it is (sachbericht.ts formats every figure), so the file says what the preview said.
import type { Sachbericht, SachberichtBlock, SachberichtTable } from '../../../../shared/funding/sachbericht';

export async function sachberichtDocx(model: Sachbericht): Promise<Uint8Array<ArrayBuffer>> {
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
  type Child = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;

  const cell = (text: string, options: { bold?: boolean; right?: boolean } = {}) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: options.bold ?? false })],
        }),
      ],
    });

  const table = (t: SachberichtTable): Child[] => {
    const row = (cells: string[], bold: boolean, header = false) =>
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: cells.map((text, i) => cell(text, { bold, right: t.align[i] === 'right' })),
      });
    return [
      new Paragraph({
        keepNext: true,
        spacing: { before: 240, after: 60 },
        children: [new TextRun({ text: t.title, bold: true })],
      }),
      ...(t.note
        ? [
            new Paragraph({
              keepNext: true,
              children: [new TextRun({ text: t.note, italics: true, size: 18 })],
            }),
          ]
        : []),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          row(t.header, true, true),
          ...t.rows.map((cells) => row(cells, false)),
          ...(t.total ? [row(t.total, true)] : []),
        ],
      }),
    ];
  };

  const block = (b: SachberichtBlock): Child[] => {
    switch (b.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            spacing: { after: 120 },
            children: [
              b.placeholder
                ? new TextRun({ text: b.text, italics: true, highlight: 'yellow' })
                : new TextRun(b.text),
            ],
          }),
        ];
      case 'subheading':
        return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
      case 'list':
        return b.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
      case 'table':
        return table(b.table);
    }
  };

  const children: Child[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    ...model.titleBlock.map(
      ([label, value]) =>
        new Paragraph({
          children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
        }),
    ),
  ];
  for (const section of model.sections) {
    children.push(
      new Paragraph({ text: `${section.number}. ${section.title}`, heading: HeadingLevel.HEADING_1 }),
      ...section.blocks.flatMap(block),
    );
  }
  children.push(
    ...model.closing.map(
      (line, i) => new Paragraph({ text: line, spacing: { before: i === 0 ? 720 : 360 } }),
    ),
  );

  const document = new Document({
    creator: 'Anlaufstelle',
    title: model.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${model.footer} · `, size: 16 }),
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
