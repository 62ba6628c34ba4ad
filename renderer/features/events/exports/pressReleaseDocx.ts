// The press release draft as an editable Word document (docx): the placeholders italic and
// highlighted, so the office finds what is left to write — the same text as the preview.
import type { PressBlock, PressRelease } from '../../../../shared/outreach/pressRelease';

export async function pressReleaseDocx(model: PressRelease): Promise<Uint8Array<ArrayBuffer>> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const run = (text: string, placeholder: boolean, bold = false) =>
    placeholder
      ? new TextRun({ text, italics: true, bold, highlight: 'yellow' })
      : new TextRun({ text, bold });
  const block = (b: PressBlock) => {
    switch (b.kind) {
      case 'paragraph':
        return [new Paragraph({ spacing: { after: 160 }, children: [run(b.text, b.placeholder)] })];
      case 'subheading':
        return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
      case 'list':
        return b.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    }
  };
  const document = new Document({
    creator: 'Anlaufstelle',
    title: model.headline,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: model.kicker, allCaps: true, size: 18 })] }),
          new Paragraph({ text: model.headline, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: model.subheadline, style: 'Subtitle' }),
          new Paragraph({
            spacing: { after: 160 },
            children: [run(`${model.dateline} `, true, true), new TextRun({ text: model.lead, bold: true })],
          }),
          ...model.body.flatMap(block),
          new Paragraph({ text: model.contactTitle, heading: HeadingLevel.HEADING_2 }),
          ...model.contact.flatMap(block),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
