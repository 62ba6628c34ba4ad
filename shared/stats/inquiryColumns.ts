// Inquiries as columns of small integers, built once per list: the dashboard scans 50,000
// records on every period, grouping or filter change, and integer codes in typed arrays make that
// scan a few milliseconds instead of tens (no string compares, no Map lookups per record).
import type { Inquiry } from '../domain/inquiry';
import { bucketOf, localParts, type Grouping } from './buckets';

/** One category field: a code per record, `names[code]` its id; code 0 is "not set" (''). */
export interface CodedColumn {
  codes: Uint16Array;
  names: string[];
}

export interface InquiryColumns {
  count: number;
  /** Local receive day as the integer YYYYMMDD (orders like the day string). */
  day: Int32Array;
  requesterType: CodedColumn;
  status: CodedColumn;
  municipality: CodedColumn;
  handledBy: CodedColumn;
  channel: CodedColumn;
  targetGroup: CodedColumn;
  result: CodedColumn;
  fieldOfAction: CodedColumn;
  /** Topics of record i: topicCodes[topicStart[i] .. topicStart[i + 1]). */
  topicStart: Int32Array;
  topicCodes: Uint16Array;
  topicNames: string[];
  /** Referral targets the same way: partner organisations by id, and free labels. */
  referralOrgs: ListColumn;
  referralTexts: ListColumn;
  urgent: Uint8Array;
  minutes: Float64Array;
  /** Days from Eingang to erledigt; NaN when not closed (or closed before received). */
  closeDays: Float64Array;
  /** Per grouping, lazily: the bucket of each record as an index into `keys`. */
  buckets: Partial<Record<Grouping, { keys: string[]; index: Int32Array }>>;
}

/** A list field: the codes of record i are codes[start[i] .. start[i + 1]). */
export interface ListColumn {
  start: Int32Array;
  codes: Uint16Array;
  names: string[];
}

class Coder {
  readonly names: string[] = [''];
  private readonly byName = new Map<string, number>([['', 0]]);
  code(name: string | undefined): number {
    if (!name) return 0;
    let code = this.byName.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.byName.set(name, code);
    }
    return code;
  }
}

class CodedColumnBuilder {
  private readonly coder = new Coder();
  private readonly codes: Uint16Array;
  constructor(n: number) {
    this.codes = new Uint16Array(n);
  }
  set(i: number, value: string | undefined): void {
    this.codes[i] = this.coder.code(value);
  }
  done(): CodedColumn {
    return { codes: this.codes, names: this.coder.names };
  }
}

class ListColumnBuilder {
  private readonly coder = new Coder();
  private readonly start: Int32Array;
  private readonly codes: number[] = [];
  constructor(private readonly n: number) {
    this.start = new Int32Array(n + 1);
  }
  add(i: number, values: readonly string[] | undefined): void {
    this.start[i] = this.codes.length;
    if (values) for (const v of values) this.codes.push(this.coder.code(v));
  }
  done(): ListColumn {
    this.start[this.n] = this.codes.length;
    return { start: this.start, codes: Uint16Array.from(this.codes), names: this.coder.names };
  }
}

// Day integers per record object: a list rebuilt after one change keeps most objects, and
// parsing 50,000 dates is the costly part of building the columns.
const dayCache = new WeakMap<object, number>();

export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

function receivedDay(inq: Inquiry): number {
  let n = dayCache.get(inq);
  if (n === undefined) {
    const p = localParts(inq.receivedAt);
    n = p.year * 10000 + p.month * 100 + p.day;
    dayCache.set(inq, n);
  }
  return n;
}

const columnsCache = new WeakMap<readonly Inquiry[], InquiryColumns>();

/** The columns of a list; cached per list object (the store hands out one array per version). */
export function inquiryColumns(inquiries: readonly Inquiry[]): InquiryColumns {
  const steps = inquiryColumnsInSteps(inquiries);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

const yearsCache = new WeakMap<InquiryColumns, number[]>();

/**
 * The local years in which the inquiries were received, newest first (from the cached columns, and
 * kept with them: four screens ask on every draw).
 */
export function receivedYears(inquiries: readonly Inquiry[]): number[] {
  const columns = inquiryColumns(inquiries);
  let sorted = yearsCache.get(columns);
  if (!sorted) {
    const { day } = columns;
    const years = new Set<number>();
    let previous = -1;
    for (let i = 0; i < day.length; i++) {
      const year = Math.floor(day[i]! / 10000);
      // The list is mostly in date order: a run of one year is one Set lookup.
      if (year !== previous) years.add((previous = year));
    }
    sorted = [...years].sort((a, b) => b - a);
    yearsCache.set(columns, sorted);
  }
  return sorted;
}

const collator = new Intl.Collator('de');
const labelsCache = new WeakMap<readonly Inquiry[], string[]>();

/**
 * The free-text referral targets used so far ("Verwiesen an" without a linked organisation),
 * sorted in German order: suggestions in the inquiry form. Taken from the columns when they are
 * built (a pass over 100,000 inquiries on every opening of the form was 25 ms), else by that pass.
 */
export function freeReferralLabels(inquiries: readonly Inquiry[]): string[] {
  let labels = labelsCache.get(inquiries);
  if (!labels) {
    const columns = columnsCache.get(inquiries);
    const seen = new Set<string>();
    if (columns) {
      for (const name of columns.referralTexts.names) if (name) seen.add(name);
    } else {
      for (const inquiry of inquiries) for (const r of inquiry.referrals ?? []) seen.add(r);
    }
    labels = [...seen].sort(collator.compare);
    labelsCache.set(inquiries, labels);
  }
  return labels;
}

/** The Einstellungen lists that are a field of an inquiry, and their column. */
const LIST_COLUMNS = {
  channels: 'channel',
  requesterTypes: 'requesterType',
  targetGroups: 'targetGroup',
  results: 'result',
  municipalities: 'municipality',
  teamMembers: 'handledBy',
  fieldsOfAction: 'fieldOfAction',
} as const;

/**
 * How many inquiries use each entry of an Einstellungen list (by id), counted on the columns when
 * they are built (a pass over 100,000 inquiries took 44 ms at each visit); undefined when they are
 * not built or the list is no field of an inquiry.
 */
export function inquiryListUsage(
  inquiries: readonly Inquiry[],
  listKey: string,
): Map<string, number> | undefined {
  const columns = columnsCache.get(inquiries);
  if (!columns) return undefined;
  const field = LIST_COLUMNS[listKey as keyof typeof LIST_COLUMNS];
  const coded: { codes: ArrayLike<number>; names: string[] } | undefined = field
    ? columns[field]
    : listKey === 'topics'
      ? { codes: columns.topicCodes, names: columns.topicNames }
      : undefined;
  if (!coded) return undefined;
  const perCode = new Int32Array(coded.names.length);
  for (let i = 0; i < coded.codes.length; i++) perCode[coded.codes[i]!]!++;
  const counts = new Map<string, number>();
  // Code 0 is "not set".
  for (let code = 1; code < perCode.length; code++)
    if (perCode[code]! > 0) counts.set(coded.names[code]!, perCode[code]!);
  return counts;
}

/** Whether the columns of this list are built already. */
export function hasInquiryColumns(inquiries: readonly Inquiry[]): boolean {
  return columnsCache.has(inquiries);
}

/** Records per step of inquiryColumnsInSteps (about 10 ms). */
const RECORDS_PER_STEP = 10_000;

/**
 * inquiryColumns in steps: a generator that yields every RECORDS_PER_STEP records, so the columns
 * of a list changed by a save can be built in the background, in short tasks (at twice the
 * ten-year size the whole build was a 100 ms task on the first Auswertung after every save).
 */
export function* inquiryColumnsInSteps(inquiries: readonly Inquiry[]): Generator<void, InquiryColumns, void> {
  const cached = columnsCache.get(inquiries);
  if (cached) return cached;
  const n = inquiries.length;
  const day = new Int32Array(n);
  const urgent = new Uint8Array(n);
  const minutes = new Float64Array(n);
  const closeDays = new Float64Array(n);
  const topicStart = new Int32Array(n + 1);
  const topics = new Coder();
  const topicCodes: number[] = [];
  const coded = {
    requesterType: new CodedColumnBuilder(n),
    status: new CodedColumnBuilder(n),
    municipality: new CodedColumnBuilder(n),
    handledBy: new CodedColumnBuilder(n),
    channel: new CodedColumnBuilder(n),
    targetGroup: new CodedColumnBuilder(n),
    result: new CodedColumnBuilder(n),
    fieldOfAction: new CodedColumnBuilder(n),
  };
  const referralOrgs = new ListColumnBuilder(n);
  const referralTexts = new ListColumnBuilder(n);
  for (let i = 0; i < n; i++) {
    const inq = inquiries[i]!;
    day[i] = receivedDay(inq);
    urgent[i] = inq.urgent ? 1 : 0;
    minutes[i] = inq.minutes ?? 0;
    let close = inq.closedAt
      ? (Date.parse(inq.closedAt) - Date.parse(inq.receivedAt)) / 86_400_000
      : Number.NaN;
    if (close < 0) close = Number.NaN;
    closeDays[i] = close;
    topicStart[i] = topicCodes.length;
    for (const t of inq.topics) topicCodes.push(topics.code(t));
    coded.requesterType.set(i, inq.requesterType);
    coded.status.set(i, inq.status);
    coded.municipality.set(i, inq.municipality);
    coded.handledBy.set(i, inq.handledBy);
    coded.channel.set(i, inq.channel);
    coded.targetGroup.set(i, inq.targetGroup);
    coded.result.set(i, inq.result);
    coded.fieldOfAction.set(i, inq.fieldOfAction);
    referralOrgs.add(i, inq.referralOrgIds);
    referralTexts.add(i, inq.referrals);
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
  topicStart[n] = topicCodes.length;
  const columns: InquiryColumns = {
    count: n,
    day,
    requesterType: coded.requesterType.done(),
    status: coded.status.done(),
    municipality: coded.municipality.done(),
    handledBy: coded.handledBy.done(),
    channel: coded.channel.done(),
    targetGroup: coded.targetGroup.done(),
    result: coded.result.done(),
    fieldOfAction: coded.fieldOfAction.done(),
    topicStart,
    topicCodes: Uint16Array.from(topicCodes),
    topicNames: topics.names,
    referralOrgs: referralOrgs.done(),
    referralTexts: referralTexts.done(),
    urgent,
    minutes,
    closeDays,
    buckets: {},
  };
  columnsCache.set(inquiries, columns);
  return columns;
}

/** Bucket index per record for a grouping; keys computed once per distinct day. */
export function bucketColumn(
  columns: InquiryColumns,
  grouping: Grouping,
): { keys: string[]; index: Int32Array } {
  const cached = columns.buckets[grouping];
  if (cached) return cached;
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const byDay = new Map<number, number>();
  const index = new Int32Array(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const d = columns.day[i]!;
    let k = byDay.get(d);
    if (k === undefined) {
      const key = bucketOf(
        { year: Math.floor(d / 10000), month: Math.floor(d / 100) % 100, day: d % 100 },
        grouping,
      );
      k = keyIndex.get(key);
      if (k === undefined) {
        k = keys.length;
        keys.push(key);
        keyIndex.set(key, k);
      }
      byDay.set(d, k);
    }
    index[i] = k;
  }
  const result = { keys, index };
  columns.buckets[grouping] = result;
  return result;
}

/** Which codes of a column pass a filter set; null when the filter is empty (everything passes). */
export function allowedCodes(
  names: readonly string[],
  wanted: readonly string[] | undefined,
): Uint8Array | null {
  if (!wanted || wanted.length === 0) return null;
  const set = new Set(wanted);
  const allowed = new Uint8Array(names.length);
  for (let c = 0; c < names.length; c++) if (set.has(names[c]!)) allowed[c] = 1;
  return allowed;
}
