// German office files come as UTF-8 (with or without BOM) or Windows-1252 (Excel's "CSV").
export type DetectedEncoding = 'UTF-8 (BOM)' | 'UTF-8' | 'Windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: Windows-1252 maps every byte, and is what Excel and Outlook write in Germany.
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

// 0x80–0x9F differ from Latin-1 (€, „, “, –, …). Some runtimes decode "windows-1252" as Latin-1,
// so those 32 bytes are mapped here explicitly (undefined bytes stay as they are).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      // Array.from, not chunk.map: a Uint8Array map would cut the code points back to bytes.
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/** Binary files (images, ZIP/XLSX, PDF) are refused before parsing. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
