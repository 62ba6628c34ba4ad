// The Wegweiser as an editable Word document: title page with contents, a chapter per page with its
// offers, then the address list — the same model as the printed pages.
import type { GuideDocumentModel } from '../../../../shared/outreach/guideDocument';
import { addressLines, entryFacts, type GuideLabels, type GuideMeta } from '../guideLabels';

export async function guideDocx(
  model: GuideDocumentModel,
  meta: GuideMeta,
  L: GuideLabels,
): Promise<Uint8Array<ArrayBuffer>> {
  const { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } =
    await import('docx');

  const children: Array<InstanceType<typeof Paragraph>> = [
    new Paragraph({ text: L.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: L.subtitle }),
    ...[meta.district, meta.officeName, meta.asOf]
      .filter(Boolean)
      .map((line) => new Paragraph({ text: line })),
    new Paragraph({ text: L.contents, heading: HeadingLevel.HEADING_2 }),
    ...model.chapters.map(
      (c, i) => new Paragraph({ text: `${i + 1}. ${c.label} (${L.offers(c.entries.length)})` }),
    ),
    new Paragraph({ text: `${model.chapters.length + 1}. ${L.addresses}` }),
  ];

  model.chapters.forEach((chapter, index) => {
    children.push(
      new Paragraph({
        text: `${index + 1}. ${chapter.label}`,
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
    );
    for (const entry of chapter.entries) {
      children.push(
        new Paragraph({ text: entry.title, heading: HeadingLevel.HEADING_2, keepNext: true }),
        new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: `${L.provider}: `, bold: true }), new TextRun(entry.provider)],
        }),
        ...entry.description
          .split(/\n+/)
          .filter((line) => line.trim())
          .map((line) => new Paragraph({ text: line })),
        ...entryFacts(entry, L).map(
          ([term, value]) =>
            new Paragraph({
              children: [new TextRun({ text: `${term}: `, bold: true }), new TextRun(value)],
            }),
        ),
      );
    }
  });

  children.push(
    new Paragraph({
      text: `${model.chapters.length + 1}. ${L.addresses}`,
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
  );
  for (const org of model.addresses)
    children.push(
      new Paragraph({ children: [new TextRun({ text: org.name, bold: true })], keepNext: true }),
      ...addressLines(org, L).map((line) => new Paragraph({ text: line })),
      new Paragraph({ text: '' }),
    );

  const document = new Document({
    creator: 'Anlaufstelle',
    title: [L.title, meta.district].filter(Boolean).join(' '),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun(`${L.title} · ${meta.asOf} · `),
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
