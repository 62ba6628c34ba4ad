// The programme booklet as an editable Word document (docx) for the press office: the same text as
// the printed booklet (booklet.ts formats it), with real headings per day, so Word's navigation
// works, and the two indexes by entry number.
import type { Booklet, BookletEntry } from '../../../../shared/outreach/booklet';

export async function bookletDocx(booklet: Booklet): Promise<Uint8Array<ArrayBuffer>> {
  const { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } =
    await import('docx');
  const L = booklet.labels;

  const field = (label: string, value: string) =>
    value
      ? [
          new Paragraph({
            children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
          }),
        ]
      : [];

  const entry = (e: BookletEntry) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [new TextRun(`${e.number}  ${e.title}`)],
    }),
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: e.time, bold: true }), new TextRun(` · ${e.organiser}`)],
    }),
    new Paragraph({
      keepNext: !!e.shortText,
      children: [new TextRun([e.venue || L.noVenue, e.address].filter(Boolean).join(', '))],
    }),
    ...(e.shortText ? [new Paragraph({ spacing: { before: 80, after: 80 }, text: e.shortText })] : []),
    ...field(L.fields.accessibility, e.accessibility),
    ...field(L.fields.entryFee, e.entryFee),
    ...field(L.fields.registration, e.registration),
    ...field(L.fields.languages, e.languages),
    ...field(L.fields.targetGroup, e.targetGroup),
    ...field(L.fields.contact, e.contact),
    ...field(L.fields.photoCredit, e.photoCredit),
  ];

  const index = (title: string, lines: Booklet['venueIndex']) => [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    ...lines.map(
      (line) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${line.label}: `, bold: true }),
            new TextRun(line.numbers.join(', ')),
          ],
        }),
    ),
  ];

  const children = [
    new Paragraph({ text: booklet.title, heading: HeadingLevel.TITLE }),
    ...(booklet.motto ? [new Paragraph({ text: `„${booklet.motto}“`, style: 'Subtitle' })] : []),
    new Paragraph({ text: `${booklet.period} · ${L.entries(booklet.entries.length)}` }),
    ...(booklet.entries.length === 0 ? [new Paragraph({ text: L.noEntries })] : []),
    ...booklet.days.flatMap((day, i) => [
      new Paragraph({ text: day.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: i === 0 }),
      ...day.entries.flatMap(entry),
    ]),
    ...(booklet.entries.length
      ? [
          new Paragraph({ text: L.indexHint, pageBreakBefore: true }),
          ...index(L.venueIndex, booklet.venueIndex),
          ...index(L.organiserIndex, booklet.organiserIndex),
        ]
      : []),
    ...(booklet.funderCredit
      ? [
          new Paragraph({
            spacing: { before: 480 },
            children: [new TextRun({ text: booklet.funderCredit, italics: true })],
          }),
        ]
      : []),
  ];

  const document = new Document({
    creator: 'Anlaufstelle',
    title: `${L.booklet} ${booklet.title}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${L.booklet} ${booklet.title} · `, size: 16 }),
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
