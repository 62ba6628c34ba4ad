// The newsletter as an editable Word document (docx): real headings (Titel, Überschrift 1) so Word's
// navigation works, the office's texts as paragraphs and the filled lists as bullet points with the
// day in bold. The text is the model's as it is, so the file says what the preview said.
import type { Newsletter } from '../../../../shared/outreach/newsletterModel';

export async function newsletterDocx(model: Newsletter): Promise<Uint8Array<ArrayBuffer>> {
  const { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } =
    await import('docx');

  const children: Array<InstanceType<typeof Paragraph>> = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({ text: [model.officeName, model.district].filter(Boolean).join(' · ') }),
        new TextRun({ text: model.period, break: 1 }),
      ],
    }),
  ];
  for (const section of model.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    for (const line of section.paragraphs)
      children.push(new Paragraph({ text: line, spacing: { after: 120 } }));
    for (const item of section.items)
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            ...(item.when ? [new TextRun({ text: `${item.when}: `, bold: true })] : []),
            new TextRun({ text: item.title }),
            ...(item.detail ? [new TextRun({ text: ` (${item.detail})` })] : []),
          ],
        }),
      );
  }

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
