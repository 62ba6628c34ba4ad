// Each export read back with an independent reader (read-excel-file for the exceljs workbook, mammoth for
// the docx, fflate and the XML text for page setup, images and document properties) and compared with
// the report model; none may contain a record's free text.
import { deflateSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, buildReport } from '../../../shared/report/annualReport';
import { BUILTIN_PROFILES } from '../../../shared/report/reportProfiles';
import { reportDocx } from '../../../renderer/features/report/exports/reportDocx';
import { reportXlsx, sheetName } from '../../../renderer/features/report/exports/reportXlsx';
import { orientationFor, wrappedLines } from '../../../renderer/features/report/exports/sheetLayout';
import type { ChartImage } from '../../../renderer/features/report/exports/chartImage';
import { MARKER, reportInput } from '../shared/reportFixture';
import { readWorkbook, sheetRows, sheetText } from '../../support/readXlsx';

const LONG_TEXT =
  'Die Nachfrage nach Sprachkursen stieg deutlich, vor allem bei Familien mit Kindern. '.repeat(8);
const input = { ...reportInput, texts: { ...reportInput.texts, netzwerk: LONG_TEXT } };
const report = buildAnnualReport(
  input,
  { from: '2026-01-01', to: '2026-12-31' },
  { language: 'de', createdAt: new Date(2027, 0, 10, 9, 30) },
);

/** The zip's text parts by path. */
function parts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(
    Object.entries(files)
      .filter(([path]) => /\.(xml|rels)$/.test(path))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

/** Attributes of the first `<tag …>` in an XML text. */
function attributes(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml)?.[1] ?? '';
  return Object.fromEntries([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('XLSX export', () => {
  it('has a metadata sheet and one sheet per table with numbers as numbers', async () => {
    const bytes = await reportXlsx(report, '0.1.0');
    const book = await readWorkbook(bytes);
    const sheetNames = [...book.keys()];
    const tables = report.sections.flatMap((s) => s.tables.map((table) => ({ section: s, table })));
    expect(sheetNames).toHaveLength(1 + tables.length);
    expect(sheetNames[0]).toBe('Jahresbericht');
    const meta = sheetRows(book, 'Jahresbericht');
    expect(meta).toContainEqual(['Koordinierungsstelle', 'KI Musterkreis']);
    expect(meta).toContainEqual(['Berichtszeitraum', '01.01.2026 – 31.12.2026']);
    expect(meta[0]?.[0]).toBe('Jahresbericht 2026');
    expect(meta).toContainEqual(['7. Ausblick', 'Ausbau der Lotsenarbeit.']);

    tables.forEach(({ section, table }, i) => {
      const rows = sheetRows(book, sheetNames[1 + i]!);
      expect(rows[0]?.[0]).toBe(`${section.number}. ${section.title} – ${table.title}`);
      expect(rows[2]).toEqual(['Zeile', 'Berichtszeitraum', 'Vorjahr', 'Veränderung (%)']);
      const body = rows.slice(3);
      expect(body.map((r) => [r[0], r[1], r[2]])).toEqual(
        table.rows.map((r) => [r.label, r.current, r.previous]),
      );
      // numbers are stored as numbers, not text
      for (let j = 0; j < table.rows.length; j++) expect(typeof rows[3 + j]?.[1]).toBe('number');
    });
  });

  it('prints every sheet on A4, one page wide, the table header repeated, columns as wide as their text', async () => {
    const files = parts(await reportXlsx(report, '0.1.0'));
    const workbookXml = files.get('xl/workbook.xml')!;
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!);
    const tables = report.sections.flatMap((s) => s.tables);
    sheets.forEach((name, i) => {
      const xml = files.get(`xl/worksheets/sheet${i + 1}.xml`)!;
      expect(attributes(xml, 'pageSetUpPr').fitToPage, name).toBe('1');
      const setup = attributes(xml, 'pageSetup');
      expect(setup, name).toMatchObject({
        paperSize: '9',
        orientation: 'portrait',
        fitToWidth: '1',
        fitToHeight: '0',
      });
      expect(xml, name).toMatch(/<oddFooter>.*Jahresbericht 2026 – KI Musterkreis.*&amp;P.*&amp;N/);
      if (i === 0) return;
      // The title and header rows are repeated on every printed page.
      expect(workbookXml).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">&apos;${name}&apos;!$1:$3</definedName>`,
      );
      const widths = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
      const longest = Math.max(...tables[i - 1]!.rows.map((r) => r.label.length), 'Zeile'.length);
      expect(widths[0], name).toBeGreaterThanOrEqual(Math.min(60, Math.max(30, longest + 2)));
      expect(widths[1], name).toBeGreaterThanOrEqual('Berichtszeitraum'.length);
      expect(widths[3], name).toBeGreaterThanOrEqual('Veränderung (%)'.length);
    });
  });

  it('turns a sheet landscape only when its columns are wider than a portrait page takes', () => {
    expect(orientationFor([32, 18, 12, 17])).toBe('portrait');
    expect(orientationFor([60, 24, 24, 20])).toBe('landscape');
  });

  it('gives a wrapped text row the height of its lines', async () => {
    const files = parts(await reportXlsx(report, '0.1.0'));
    const xml = files.get('xl/worksheets/sheet1.xml')!;
    const shared = [...files.get('xl/sharedStrings.xml')!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const index = shared.findIndex((t) => t === LONG_TEXT.trim());
    expect(index).toBeGreaterThanOrEqual(0);
    const row = [...xml.matchAll(/<row ([^>]*)>(.*?)<\/row>/g)].find((m) =>
      m[2]!.includes(`<v>${index}</v>`),
    )!;
    const { ht, customHeight } = attributes(`<row ${row[1]}>`, 'row');
    const width = Number([...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)][1]![1]);
    // At least one text line (13 pt) per 1.2 characters of column width, as LibreOffice sets Arial 10.
    expect(customHeight).toBe('1');
    expect(Number(ht)).toBeGreaterThanOrEqual(13 * Math.ceil(LONG_TEXT.trim().length / (width * 1.2)));
    expect(wrappedLines(LONG_TEXT.trim(), width)).toBeGreaterThan(1);
    expect(wrappedLines('kurz', 60)).toBe(1);
    expect(wrappedLines('Absatz eins\nAbsatz zwei', 60)).toBe(2);
    expect(wrappedLines('x'.repeat(150), 20)).toBeGreaterThanOrEqual(7);
  });

  it('names the year, the period and the office in its document properties', async () => {
    const core = parts(await reportXlsx(report, '0.1.0')).get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Jahresbericht 2026 – KI Musterkreis</dc:title>');
    expect(core).toContain('<dc:creator>KI Musterkreis</dc:creator>');
    expect(core).toContain('<dc:subject>Berichtszeitraum 01.01.2026 – 31.12.2026</dc:subject>');
    expect(core).toContain('<dc:language>de-DE</dc:language>');
  });

  it('abbreviates sheet names deliberately: within Excel rules, unique, no word cut short without a stop', () => {
    const taken = new Set<string>();
    expect(sheetName('2 Anfragen nach anfragender Stelle', taken)).toBe('2 Anfr. n. anfragender Stelle');
    expect(sheetName('3 Netzwerkpartner nach Art (Stand Ende des Zeitraums)', taken)).toBe(
      '3 Netzwerkpartner nach Art',
    );
    expect(sheetName('5 Veranstaltungen und Öffentlichkeitsarbeit im Überblick', taken)).toBe(
      '5 Veranst. u. ÖA Überblick',
    );
    expect(sheetName('2 Most frequent referral targets (network partners)', taken)).toBe(
      '2 Top referral targets',
    );
    // The same title twice: numbered, still within 31 characters.
    const again = sheetName('2 Anfragen nach anfragender Stelle', taken);
    expect(again).toMatch(/ \(2\)$/);
    const hostile = sheetName('2 Anfragen nach Zielgruppe / Herkunft [alt]: neu?', taken);
    for (const name of [...taken, again, hostile]) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set([...taken].map((n) => n.toLowerCase())).size).toBe(taken.size);
  });

  it('every table of every built-in profile gets a sheet name made of whole words or marked abbreviations', async () => {
    for (const profile of Object.values(BUILTIN_PROFILES))
      for (const language of ['de', 'en'] as const) {
        const r = buildReport(input, { from: '2026-01-01', to: '2026-12-31' }, profile, {
          language,
          createdAt: new Date(2027, 0, 10),
        });
        const names = [...(await readWorkbook(await reportXlsx(r, '0.1.0'))).keys()].slice(1);
        const titles = r.sections.flatMap((s) => s.tables.map((t) => `${s.number} ${t.title}`));
        names.forEach((name, i) => {
          expect(name.length).toBeLessThanOrEqual(31);
          const words = titles[i]!.split(/\s+/);
          for (const word of name.split(' '))
            // Each word is the title's own, or an abbreviation marked with a stop, or a known short form.
            expect(
              words.includes(word) ||
                /[.…)]$/.test(word) ||
                [
                  'ÖA',
                  'PR',
                  'Lotsen',
                  'Top',
                  'Partner',
                  'Überblick',
                  'overview',
                  'Lotseneinsätze',
                  'Handl.-feld',
                  'Assignments',
                  'Training',
                  'field',
                  '(€)',
                  'u.',
                ].includes(word),
              `${name} ← ${titles[i]}`,
            ).toBe(true);
        });
      }
  });
});

/** A real one-pixel PNG of one colour: a chart image as the page would hand it over. */
function png(red: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bit, RGB
  return Uint8Array.from(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, red, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('DOCX export', () => {
  it('holds the headings, the office texts and every table figure', async () => {
    const bytes = await reportDocx(report);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const section of report.sections) expect(text).toContain(`${section.number}. ${section.title}`);
    expect(text).toContain('Die Nachfrage nach Sprachkursen stieg deutlich.');
    expect(text).toContain('Landkreis Musterkreis');
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // A table row comes out as consecutive paragraphs: label, current, previous, change.
    const at = lines.indexOf('Zeitaufwand für Anfragen (Stunden)');
    expect(lines.slice(at, at + 4)).toEqual(['Zeitaufwand für Anfragen (Stunden)', '1,8', '0,8', '+125 %']);
    const euro = lines.indexOf('Aufwandsentschädigungen (Euro)');
    expect(lines.slice(euro, euro + 4)).toEqual([
      'Aufwandsentschädigungen (Euro)',
      '50,00\u00a0€',
      '30,00\u00a0€',
      '+67 %',
    ]);
  });

  it('has an image per chart with its values as alternative text, German as its language, Word heading styles', async () => {
    // A profile with two charts: the inquiries' and the volunteers' months.
    const profile = {
      ...BUILTIN_PROFILES.lotsen,
      sections: [
        ...BUILTIN_PROFILES.lotsen.sections,
        { key: 'anfragen', enabled: true, tables: ['inquiries' as const], chart: 'inquiryMonths' as const },
      ],
    };
    const r = buildReport(input, { from: '2026-01-01', to: '2026-12-31' }, profile, {
      language: 'de',
      createdAt: new Date(2027, 0, 10),
    });
    const charts = r.sections.flatMap((s) => (s.chart ? [s.chart] : []));
    expect(charts.map((c) => c.id).sort()).toEqual(['inquiryMonths', 'volunteerMonths']);
    const bytes = await reportDocx(
      r,
      new Map(
        charts.map((c, i) => [c.id, { png: png(i * 100), width: 660, height: 268 } satisfies ChartImage]),
      ),
    );
    // An independent PNG reader takes each image: the pixel is the chart's own.
    const sizes = Object.entries(unzipSync(bytes))
      .filter(([p]) => p.startsWith('word/media/'))
      .map(([, data]) => Buffer.from(data).readUInt32BE(16));
    expect(sizes).toEqual([1, 1]);
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((p) => /^word\/media\/.+\.png$/.test(p));
    expect(media).toHaveLength(2);
    const documentXml = strFromU8(files['word/document.xml']!);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    for (const chart of charts) {
      const described = new RegExp(
        `<wp:docPr [^>]*descr="${chart.title}\\. Berichtszeitraum: Januar 2026: \\d+ \\(Vorjahr \\d+\\);`,
      );
      expect(documentXml).toMatch(described);
    }
    // Each drawing points at an image part.
    const embeds = [...documentXml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]);
    expect(embeds).toHaveLength(2);
    for (const id of embeds) expect(rels).toMatch(new RegExp(`Id="${id}"[^>]*Target="media/[^"]+\\.png"`));
    // Scaled to the text width (17 cm), keeping its proportions.
    const extent = attributes(documentXml, 'wp:extent');
    expect(Number(extent.cx) / Number(extent.cy)).toBeCloseTo(660 / 268, 2);
    expect(Number(extent.cx) / 360000).toBeCloseTo(17.0, 0);

    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="de-DE"\/>/s);
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('lays tables out with a wide label column and right-aligned figures', async () => {
    const documentXml = parts(await reportDocx(report)).get('word/document.xml')!;
    expect(documentXml).toContain(
      '<w:tblGrid><w:gridCol w:w="4138"/><w:gridCol w:w="2000"/><w:gridCol w:w="1450"/><w:gridCol w:w="2050"/></w:tblGrid>',
    );
    expect(documentXml).toContain('<w:tblLayout w:type="fixed"/>');
    // A figure's cell: right-aligned.
    const paragraphs = [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(paragraphs.find((p) => p.includes('>1,8</w:t>'))).toContain('<w:jc w:val="right"/>');
    expect(paragraphs.find((p) => p.includes('>Zeitaufwand für Anfragen (Stunden)</w:t>'))).toContain(
      '<w:jc w:val="left"/>',
    );
    // Without an image (a chart not drawn), the chart's values are there as a table.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await reportDocx(report)) });
    expect(value).toContain(report.sections.find((s) => s.chart)!.chart!.title);
  });

  it('carries title, author (the office) and subject; English reports are en-GB', async () => {
    const files = parts(await reportDocx(report));
    const core = files.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Jahresbericht 2026 – KI Musterkreis</dc:title>');
    expect(core).toContain('<dc:creator>KI Musterkreis</dc:creator>');
    expect(core).toContain('<dc:subject>Berichtszeitraum 01.01.2026 – 31.12.2026</dc:subject>');
    const english = buildAnnualReport(
      input,
      { from: '2026-01-01', to: '2026-12-31' },
      { language: 'en', createdAt: new Date(2027, 0, 10) },
    );
    expect(parts(await reportDocx(english)).get('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });
});

describe('exports hold aggregates only', () => {
  it('contain no free text or name from a record', async () => {
    const xlsx = await readWorkbook(await reportXlsx(report, '0.1.0'));
    const allCells = [...xlsx.values()].map(sheetText).join('\n');
    expect(allCells).not.toContain(MARKER);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await reportDocx(report)) });
    expect(value).not.toContain(MARKER);
  });
});
