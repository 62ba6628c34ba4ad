// vCard import (3.0 and 4.0, several cards, folded lines, quoted-printable from older Outlook) and
// export (4.0). Parsing and writing go through ical.js; quoted-printable is decoded first.
import ICAL from 'ical.js';
import {
  ImportError,
  addressLine,
  shortened,
  type ExportContact,
  type ImportedContact,
  type ReadContacts,
  type RowProblem,
} from './contactsCsv';
import { isEmailAddress } from './emailAddress';

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 70) return code - 55; // A-F
  if (code >= 97 && code <= 102) return code - 87; // a-f
  return -1;
}

/** One pass over the value ("=C3=BC" → bytes → text); an "=" without two hex digits stays as it is. */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes = new Uint8Array(value.length);
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const high = code === 61 ? hexDigit(value.charCodeAt(i + 1)) : -1;
    const low = high >= 0 ? hexDigit(value.charCodeAt(i + 2)) : -1;
    if (low >= 0) {
      bytes[length++] = high * 16 + low;
      i += 2;
    } else bytes[length++] = code & 0xff;
  }
  const label = /^utf-?8$/i.test(charset) ? 'utf-8' : 'windows-1252';
  return new TextDecoder(label).decode(bytes.subarray(0, length));
}

/** vCard 2.1 writes bare parameters ("TEL;WORK;VOICE:"): make them TYPE= parameters. */
function typedParams(head: string): string {
  const [name, ...params] = head.split(';');
  return [name, ...params.map((p) => (p.includes('=') ? p : `TYPE=${p}`))].join(';');
}

/**
 * Older Outlook writes vCard 2.1 habits: quoted-printable values (with "=" soft line breaks) and bare
 * parameters. This turns them into plain UTF-8 properties with named parameters.
 */
export function normalizeLegacyVcard(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const colonAt = line.indexOf(':');
    const head = colonAt > 0 && !/^[ \t]/.test(line) ? line.slice(0, colonAt) : '';
    if (!/ENCODING=QUOTED-PRINTABLE/i.test(head)) {
      out.push(head ? typedParams(head) + line.slice(colonAt) : line);
      continue;
    }
    // Soft line breaks ("=" at the end): collect the pieces and join once. Appending to the growing
    // line each time was quadratic (a 2 MB vCard froze the app for minutes).
    const pieces = [line];
    while (line.endsWith('=') && i + 1 < lines.length) {
      pieces[pieces.length - 1] = line.slice(0, -1);
      line = lines[++i]!;
      pieces.push(line);
    }
    line = pieces.join('');
    const colon = line.indexOf(':');
    const params = line.slice(0, colon);
    const charset = /CHARSET=([^;:]+)/i.exec(params)?.[1] ?? 'utf-8';
    const cleanParams = params.replace(/;ENCODING=QUOTED-PRINTABLE/i, '').replace(/;CHARSET=[^;:]+/i, '');
    // The decoded value is written escaped, as ical.js expects text values (QP carries raw text).
    const value = decodeQuotedPrintable(line.slice(colon + 1), charset);
    const escaped = /^(N|ADR|ORG)$/i.test(cleanParams.split(';')[0]!)
      ? value
      : value.replace(/[\\,;]/g, (c) => `\\${c}`);
    out.push(`${typedParams(cleanParams)}:${escaped.replace(/\r?\n/g, '\\n')}`);
  }
  return out.join('\r\n');
}

function text(value: unknown): string {
  if (Array.isArray(value)) return value.filter(Boolean).join(' ');
  return typeof value === 'string' ? value.trim() : '';
}

/** A text property whole: unescaped commas (common in real files) split values, which are joined back. */
function whole(card: InstanceType<typeof ICAL.Component>, name: string): string {
  const prop = card.getFirstProperty(name);
  if (!prop) return '';
  return prop
    .getValues()
    .map((v) => text(v))
    .filter(Boolean)
    .join(', ');
}

/** The TYPE parameter of a property, lower case, whether one value or several. */
function types(prop: InstanceType<typeof ICAL.Property>): string[] {
  const type = prop.getParameter('type') as unknown;
  const list = Array.isArray(type) ? type : typeof type === 'string' ? type.split(',') : [];
  return list.map((t) => String(t).toLowerCase());
}

/** Office and mobile numbers: TEL;TYPE=cell is the mobile, the first other TEL the phone. */
function phones(card: InstanceType<typeof ICAL.Component>): { phone: string; mobile: string } {
  let phone = '';
  let mobile = '';
  for (const prop of card.getAllProperties('tel')) {
    const number = text(prop.getFirstValue()).replace(/^tel:/i, '');
    if (!number) continue;
    if (types(prop).includes('cell')) mobile ||= number;
    else phone ||= number;
  }
  return { phone, mobile };
}

/** ADR: post-office box; extended; street; locality; region; postal code; country. */
function address(card: InstanceType<typeof ICAL.Component>): string {
  const adr = card.getFirstPropertyValue('adr') as unknown;
  const parts = Array.isArray(adr)
    ? (adr as unknown[]).map(text)
    : typeof adr === 'string'
      ? adr.split(';')
      : [];
  return addressLine(parts[2] ?? '', parts[5] ?? '', parts[3] ?? '');
}

/**
 * Reads every card. A card without a name and organisation, or with an e-mail address that is not
 * one, is reported (its number as `line`), not thrown, so the preview shows all cards like a CSV's
 * rows. Throws ImportError only when the file is no vCard file or cannot be parsed at all.
 */
export function readVcards(input: string): ReadContacts {
  const contacts: ImportedContact[] = [];
  const problems: RowProblem[] = [];
  for (const contact of cardsOf(input)) {
    const line = contact.line;
    if (!contact.firstName && !contact.lastName && !contact.organisation)
      problems.push({ line, field: 'name', key: 'import.cardWithoutName', values: { line } });
    else if (contact.email && !isEmailAddress(contact.email))
      problems.push({
        line,
        field: 'email',
        key: 'import.cardBadEmail',
        values: { line, value: shortened(contact.email) },
      });
    else contacts.push(contact);
  }
  return { contacts, problems };
}

/** All cards or none: a card without a name throws (for callers that take no partial import). */
export function parseVcards(input: string): ImportedContact[] {
  return cardsOf(input).map((contact) => {
    if (!contact.firstName && !contact.lastName && !contact.organisation)
      throw new ImportError('import.vcardWithoutName', { card: contact.line });
    return contact;
  });
}

function cardsOf(input: string): ImportedContact[] {
  const source = normalizeLegacyVcard(input).replace(/^\uFEFF/, '');
  if (!/BEGIN:VCARD/i.test(source)) throw new ImportError('import.vcardNone');
  let parsed: unknown;
  try {
    // vCard 2.1 lines are plain "NAME;PARAM:value" too; ical.js reads them once QP is decoded.
    parsed = ICAL.parse(source.replace(/^VERSION:2\.1$/gim, 'VERSION:3.0'));
  } catch {
    throw new ImportError('import.vcardBroken');
  }
  const cards = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])
  ) as unknown[];
  return cards.map((jcard, i): ImportedContact => {
    const card = new ICAL.Component(jcard as never);
    if (card.name !== 'vcard') throw new ImportError('import.vcardBroken');
    const n = card.getFirstPropertyValue('n') as unknown;
    const nParts = Array.isArray(n) ? (n as string[]) : typeof n === 'string' ? n.split(';') : [];
    let lastName = text(nParts[0]);
    let firstName = text(nParts[1]);
    const fn = whole(card, 'fn');
    if (!firstName && !lastName && fn) {
      const parts = fn.split(/\s+/);
      lastName = parts.pop() ?? '';
      firstName = parts.join(' ');
    }
    const org = card.getFirstPropertyValue('org');
    return {
      line: i + 1,
      firstName,
      lastName,
      organisation: Array.isArray(org) ? text(org[0]) : text(org),
      function: whole(card, 'title'),
      email: text(card.getFirstPropertyValue('email')),
      ...phones(card),
      address: address(card),
      notes: whole(card, 'note'),
    };
  });
}

function typed(name: string, value: string, type: string): InstanceType<typeof ICAL.Property> {
  const prop = new ICAL.Property(name);
  prop.setParameter('type', type);
  if (value) prop.setValue(value);
  return prop;
}

export function contactsToVcards(contacts: readonly ExportContact[]): string {
  return contacts
    .map((c) => {
      const card = new ICAL.Component('vcard');
      card.addPropertyWithValue('version', '4.0');
      const fn = [c.firstName, c.lastName].filter(Boolean).join(' ') || c.organisation;
      card.addPropertyWithValue('fn', fn);
      if (c.firstName || c.lastName) {
        const n = new ICAL.Property('n');
        n.setValue([c.lastName, c.firstName, '', '', ''] as never);
        card.addProperty(n);
      } else card.addPropertyWithValue('kind', 'org');
      if (c.organisation) card.addPropertyWithValue('org', c.organisation);
      if (c.function) card.addPropertyWithValue('title', c.function);
      if (c.email) card.addPropertyWithValue('email', c.email);
      if (c.phone) card.addPropertyWithValue('tel', c.phone);
      if (c.mobile) card.addProperty(typed('tel', c.mobile, 'cell'));
      if (c.address) {
        // ADR's street component holds the whole line; readers show it as written.
        const adr = typed('adr', '', 'work');
        adr.setValue(['', '', c.address, '', '', '', ''] as never);
        card.addProperty(adr);
      }
      if (c.notes) card.addPropertyWithValue('note', c.notes);
      return card.toString();
    })
    .join('\r\n');
}
