// Column copies of an inquiry list's fields, kept per list array, so that changing the list's
// filter or sort does not read every record again. At twice the ten-year size reading 100,000
// records scattered over the heap is what costs (not the comparisons); small typed arrays of codes
// are read in a fraction of that. The list screen keeps one array until the data changes (see
// listInquiries), so the columns are built once per change, on its first filter.
import { compareNewestFirst, type Inquiry } from './inquiry';

/** A text field as codes: codes[i] is the index of record i's value in `values`. */
export interface CodeColumn {
  codes: Int32Array;
  values: string[];
}

export type CodeField =
  | 'requesterType'
  | 'status'
  | 'municipality'
  | 'handledBy'
  | 'channel'
  | 'targetGroup'
  | 'result'
  | 'subject';

const CODE_FIELDS: readonly CodeField[] = [
  'requesterType',
  'status',
  'municipality',
  'handledBy',
  'channel',
  'targetGroup',
  'result',
  'subject',
];

/**
 * Codes of one field: value → code, and the values by code. Append-only, so the columns of a list
 * built after a change can share it with the columns before (their codes stay valid).
 */
class Dictionary {
  readonly index = new Map<string, number>();
  readonly values: string[] = [];

  code(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.index.set(value, code);
    }
    return code;
  }
}

/**
 * Every column of a list, built in one pass over its records (each record is read once; its
 * fields sit together in memory). Given the columns of an earlier version of the list, records
 * that are still the same objects are copied from there instead of read again: after a save the
 * list differs in one record, and copying 100,000 rows of codes is a fraction of reading them.
 */
export class InquiryColumns {
  readonly columns: ReadonlyMap<CodeField, CodeColumn>;
  /** Topics of all records in one array: record i's are codes[starts[i]] … codes[starts[i + 1] - 1]. */
  readonly topics: { starts: Int32Array; codes: Int32Array; values: string[] };
  readonly receivedAt: string[];
  readonly urgent: Uint8Array;
  /** The list is newest first as compareNewestFirst orders (then every part of it is too). */
  readonly newestFirst: boolean;
  /** The list is at least in descending received time. */
  readonly receivedDescending: boolean;
  /** Per field: the rank of each value's sort key (label-independent fields only). */
  readonly ranks = new Map<string, Int32Array>();
  /** The dictionaries behind the codes (shared with columns built from these). */
  private readonly dictionaries: readonly Dictionary[];
  private readonly topicDictionary: Dictionary;

  constructor(
    readonly list: readonly Inquiry[],
    previous?: InquiryColumns,
  ) {
    const n = list.length;
    const dictionaries = previous?.dictionaries ?? CODE_FIELDS.map(() => new Dictionary());
    const topics = previous?.topicDictionary ?? new Dictionary();
    const codes = CODE_FIELDS.map(() => new Int32Array(n));
    const topicStarts = new Int32Array(n + 1);
    const topicCodes: number[] = [];
    this.receivedAt = new Array<string>(n);
    this.urgent = new Uint8Array(n);
    // Where each record of the earlier list sat (only the records that are still the same object
    // are found, so a changed record is read afresh).
    const before = previous && new Map(previous.list.map((inq, i) => [inq, i]));
    const beforeCodes = previous && CODE_FIELDS.map((field) => previous.codes(field).codes);
    let newestFirst = true;
    let receivedDescending = true;
    for (let i = 0; i < n; i++) {
      const inq = list[i]!;
      topicStarts[i] = topicCodes.length;
      const j = before?.get(inq);
      if (j !== undefined) {
        for (let f = 0; f < CODE_FIELDS.length; f++) codes[f]![i] = beforeCodes![f]![j]!;
        const t = previous!.topics;
        for (let k = t.starts[j]!; k < t.starts[j + 1]!; k++) topicCodes.push(t.codes[k]!);
        this.urgent[i] = previous!.urgent[j]!;
      } else {
        for (let f = 0; f < CODE_FIELDS.length; f++)
          codes[f]![i] = dictionaries[f]!.code(inq[CODE_FIELDS[f]!] ?? '');
        for (const topic of inq.topics) topicCodes.push(topics.code(topic));
        this.urgent[i] = inq.urgent ? 1 : 0;
      }
      this.receivedAt[i] = inq.receivedAt;
      if (i > 0 && receivedDescending) {
        const before = list[i - 1]!;
        if (before.receivedAt < inq.receivedAt) receivedDescending = newestFirst = false;
        else if (newestFirst && compareNewestFirst(before, inq) > 0) newestFirst = false;
      }
    }
    topicStarts[n] = topicCodes.length;
    this.dictionaries = dictionaries;
    this.topicDictionary = topics;
    this.columns = new Map(
      CODE_FIELDS.map((field, f) => [field, { codes: codes[f]!, values: dictionaries[f]!.values }]),
    );
    this.topics = { starts: topicStarts, codes: Int32Array.from(topicCodes), values: topics.values };
    this.newestFirst = newestFirst;
    this.receivedDescending = receivedDescending;
  }

  codes(field: CodeField): CodeColumn {
    return this.columns.get(field)!;
  }
}

const cache = new WeakMap<readonly Inquiry[], InquiryColumns>();

/**
 * The columns of `list`, built on first use. Lists are read-only; an array that was changed
 * anyway (other length or ends) gets new columns.
 */
export function columnsOf(list: readonly Inquiry[]): InquiryColumns {
  let columns = cache.get(list);
  const n = list.length;
  const first = columns?.list;
  if (!columns || first!.length !== n || first![0] !== list[0] || first![n - 1] !== list[n - 1]) {
    // The last columns built are most likely of this list before a change: start from them when
    // the two are about the same length (one save, not a restore or another vault).
    const previous = latest?.deref();
    const near = previous && Math.abs(previous.list.length - n) <= PATCH_LIMIT && n > PATCH_LIMIT;
    columns = new InquiryColumns([...list], near ? previous : undefined);
    cache.set(list, columns);
    latest = new WeakRef(columns);
  }
  return columns;
}

/** A list more than this many records longer or shorter than the last one is built afresh. */
const PATCH_LIMIT = 64;
let latest: WeakRef<InquiryColumns> | undefined;
