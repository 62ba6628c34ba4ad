// Contacts from CSV as German offices export them from Excel and Outlook, and back to CSV for Excel.
import Papa from 'papaparse';
import { toExcelCsv, undefuseCsvText } from './csv';
import { isEmailAddress } from './emailAddress';

export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'organisation',
  'function',
  'email',
  'phone',
  'mobile',
  'street',
  'postalCode',
  'city',
  'notes',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Column headers Outlook and Excel write (German and English), normalised to lower case. */
const HEADER_ALIASES: Record<ContactField, string[]> = {
  firstName: ['vorname', 'first name', 'given name', 'firstname'],
  lastName: ['nachname', 'last name', 'surname', 'family name', 'lastname', 'familienname'],
  fullName: ['name', 'full name', 'anzeigename', 'display name', 'vollständiger name'],
  organisation: ['firma', 'company', 'organisation', 'organization', 'institution', 'einrichtung'],
  function: ['position', 'job title', 'funktion', 'berufsbezeichnung', 'abteilung', 'department'],
  email: ['e-mail-adresse', 'e-mail', 'email', 'e-mail address', 'email address', 'e-mail 1', 'mail'],
  phone: ['telefon geschäftlich', 'business phone', 'telefon', 'phone', 'telefon privat', 'home phone'],
  mobile: ['mobiltelefon', 'mobile phone', 'handy', 'mobil', 'mobilnummer', 'mobile'],
  // Outlook writes the business address in parts; Excel lists often have one "Adresse" column.
  street: [
    'straße geschäftlich',
    'business street',
    'straße',
    'strasse',
    'adresse',
    'anschrift',
    'address',
    'street',
  ],
  postalCode: [
    'postleitzahl geschäftlich',
    'business postal code',
    'plz',
    'postleitzahl',
    'postal code',
    'zip',
  ],
  city: ['ort geschäftlich', 'business city', 'ort', 'stadt', 'city'],
  notes: ['notizen', 'notes', 'bemerkungen', 'anmerkungen'],
};

export type Mapping = Partial<Record<ContactField, number>>;

export interface ParsedTable {
  headers: string[];
  rows: string[][];
  delimiter: string;
}

export class ImportError extends Error {
  /** i18n key and values for the German message. */
  constructor(
    public readonly key: string,
    public readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'ImportError';
  }
}

/** The delimiter is the one the header line uses most (Excel: ";" in Germany, "," elsewhere). */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r|\n/) >>> 0 || text.length).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function parseCsv(text: string): ParsedTable {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, {
    delimiter: detectDelimiter(clean),
    // Empty rows are skipped later, so row numbers stay those Excel shows.
    skipEmptyLines: false,
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes' || e.code === 'MissingQuotes');
  if (fatal) throw new ImportError('import.csvQuotes', { line: (fatal.row ?? 0) + 1 });
  const [headers, ...rows] = result.data;
  if (!headers || headers.length < 2 || !rows.some((r) => r.some((c) => c.trim())))
    throw new ImportError('import.csvEmpty');
  return { headers: headers.map((h) => h.trim()), rows, delimiter: result.meta.delimiter };
}

/** Guesses which column holds which field from the headers; the preview lets the user change it. */
export function guessMapping(headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const lower = headers.map((h) => h.trim().toLocaleLowerCase('de'));
  for (const field of CONTACT_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) {
      const index = lower.indexOf(alias);
      if (index >= 0 && !Object.values(mapping).includes(index)) {
        mapping[field] = index;
        break;
      }
    }
  }
  return mapping;
}

export interface ImportedContact {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  firstName: string;
  lastName: string;
  organisation: string;
  function: string;
  email: string;
  phone: string;
  /** Mobile number, where the file has its own column or vCard TEL;TYPE=cell. */
  mobile?: string;
  /** Postal address in one line ("Markt 1, 29410 Salzwedel"). */
  address?: string;
  notes: string;
}

/** One line from address parts: "Markt 1, 29410 Salzwedel". */
export function addressLine(street: string, postalCode: string, city: string): string {
  return [street.trim(), [postalCode.trim(), city.trim()].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

/** A person has one phone field: the office number first, the mobile number beside it. */
export function phoneWithMobile(phone: string, mobile = ''): string {
  if (!mobile || mobile === phone) return phone;
  return phone ? `${phone} · mobil ${mobile}` : mobile;
}

/** A cell as the error message quotes it: a hostile 40,000-character cell would flood the dialog. */
export function shortened(cell: string): string {
  return cell.length > 80 ? `${cell.slice(0, 79)}…` : cell;
}

/**
 * A row (CSV) or card (vCard, `line` is its number) that cannot be taken over, with the field at
 * fault and the i18n key of its German reason.
 */
export interface RowProblem {
  line: number;
  field: 'name' | 'email';
  key: 'import.rowWithoutName' | 'import.rowBadEmail' | 'import.cardWithoutName' | 'import.cardBadEmail';
  values: Record<string, string | number>;
}

export interface ReadContacts {
  /** The rows that can be taken over. */
  contacts: ImportedContact[];
  /** The rows that cannot, in file order; the preview shows them and the user may skip them. */
  problems: RowProblem[];
}

/**
 * Applies the mapping to every row. A row must name a person or an organisation and have a valid
 * e-mail if any; a row that does not is reported, not thrown, so the preview can show all rows.
 * Throws ImportError only when no column can hold a name (then no row can be read at all).
 */
export function readContacts(table: ParsedTable, mapping: Mapping): ReadContacts {
  if (
    mapping.firstName === undefined &&
    mapping.lastName === undefined &&
    mapping.fullName === undefined &&
    mapping.organisation === undefined
  ) {
    throw new ImportError('import.noNameColumn');
  }
  const contacts: ImportedContact[] = [];
  const problems: RowProblem[] = [];
  table.rows.forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => !cell.trim())) return;
    const get = (field: ContactField) => {
      const index = mapping[field];
      return index === undefined ? '' : undefuseCsvText((row[index] ?? '').trim());
    };
    let firstName = get('firstName');
    let lastName = get('lastName');
    const full = get('fullName');
    if (!firstName && !lastName && full) {
      const parts = full.split(/\s+/);
      lastName = parts.pop() ?? '';
      firstName = parts.join(' ');
    }
    const contact: ImportedContact = {
      line,
      firstName,
      lastName,
      organisation: get('organisation'),
      function: get('function'),
      email: get('email'),
      phone: get('phone'),
      mobile: get('mobile'),
      address: addressLine(get('street'), get('postalCode'), get('city')),
      notes: get('notes'),
    };
    if (!contact.firstName && !contact.lastName && !contact.organisation)
      problems.push({ line, field: 'name', key: 'import.rowWithoutName', values: { line } });
    else if (contact.email && !isEmailAddress(contact.email))
      problems.push({
        line,
        field: 'email',
        key: 'import.rowBadEmail',
        values: { line, value: shortened(contact.email) },
      });
    else contacts.push(contact);
  });
  return { contacts, problems };
}

/** All rows or none: throws the first bad row as ImportError (for callers that take no partial import). */
export function rowsToContacts(table: ParsedTable, mapping: Mapping): ImportedContact[] {
  const { contacts, problems } = readContacts(table, mapping);
  const first = problems[0];
  if (first) throw new ImportError(first.key, first.values);
  return contacts;
}

export interface ExportContact {
  firstName: string;
  lastName: string;
  organisation: string;
  function: string;
  email: string;
  phone: string;
  mobile: string;
  /** One line ("Markt 1, 29410 Salzwedel"); read back as the street, which keeps it whole. */
  address: string;
  notes: string;
}

/** Excel-friendly: semicolons, UTF-8 with BOM, German headers, every cell quoted, formulas defused. */
export function contactsToCsv(contacts: readonly ExportContact[]): string {
  const header = [
    'Vorname',
    'Nachname',
    'Firma',
    'Position',
    'E-Mail-Adresse',
    'Telefon geschäftlich',
    'Mobiltelefon',
    'Straße geschäftlich',
    'Notizen',
  ];
  const rows = contacts.map((c) => [
    c.firstName,
    c.lastName,
    c.organisation,
    c.function,
    c.email,
    c.phone,
    c.mobile,
    c.address,
    c.notes,
  ]);
  return toExcelCsv([header, ...rows], { decimalComma: true, quoteAll: true });
}
