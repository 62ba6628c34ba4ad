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
  | 'fieldOfAction'
  | 'subject';

const CODE_FIELDS: readonly CodeField[] = [
  'requesterType',
  'status',
  'municipality',
  'handledBy',
  'channel',
  'targetGroup',
  'result',
  'fieldOfAction',
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
    const fresh = (i: number, inq: Inquiry) => {
      for (let f = 0; f < CODE_FIELDS.length; f++)
        codes[f]![i] = dictionaries[f]!.code(inq[CODE_FIELDS[f]!] ?? '');
      for (const topic of inq.topics) topicCodes.push(topics.code(topic));
      this.receivedAt[i] = inq.receivedAt;
      this.urgent[i] = inq.urgent ? 1 : 0;
    };
    let reread: number[] | undefined;
    if (previous) {
      // Walk both lists by reference only (reading the records is what costs): a record that is
      // the same object as in the earlier list has its row copied; a new or changed one is read.
      const old = previous.list;
      const oldCodes = CODE_FIELDS.map((field) => previous.codes(field).codes);
      const t = previous.topics;
      const read: number[] = [];
      let j = 0;
      for (let i = 0; i < n; i++) {
        const inq = list[i]!;
        if (j < old.length && old[j] === inq) {
          for (let f = 0; f < CODE_FIELDS.length; f++) codes[f]![i] = oldCodes[f]![j]!;
          topicStarts[i] = topicCodes.length;
          for (let k = t.starts[j]!; k < t.starts[j + 1]!; k++) topicCodes.push(t.codes[k]!);
          this.receivedAt[i] = previous.receivedAt[j]!;
          this.urgent[i] = previous.urgent[j]!;
          j++;
          continue;
        }
        // The earlier list's record is not here: further on (then this one is new), or gone.
        if (j < old.length && !list.slice(i + 1, i + 1 + LOOKAHEAD).includes(old[j]!)) {
          j++;
          i--;
          continue;
        }
        topicStarts[i] = topicCodes.length;
        fresh(i, inq);
        read.push(i);
      }
      reread = read;
    } else {
      for (let i = 0; i < n; i++) {
        topicStarts[i] = topicCodes.length;
        fresh(i, list[i]!);
      }
    }
    // The order: when the earlier list was newest first, it still is between copied rows (they
    // keep their relative order), so only the neighbours of rows read anew are compared.
    let newestFirst = true;
    let receivedDescending = true;
    const check = (k: number) => {
      if (k < 1 || k >= n) return;
      const [a, b] = [this.receivedAt[k - 1]!, this.receivedAt[k]!];
      if (a < b) receivedDescending = newestFirst = false;
      else if (a === b && newestFirst && compareNewestFirst(list[k - 1]!, list[k]!) > 0) newestFirst = false;
    };
    if (previous?.newestFirst && reread) {
      for (const i of reread) {
        check(i);
        check(i + 1);
      }
    } else for (let k = 1; k < n && receivedDescending; k++) check(k);
    this.newestFirst = newestFirst;
    this.receivedDescending = receivedDescending;
    topicStarts[n] = topicCodes.length;
    this.dictionaries = dictionaries;
    this.topicDictionary = topics;
    this.columns = new Map(
      CODE_FIELDS.map((field, f) => [field, { codes: codes[f]!, values: dictionaries[f]!.values }]),
    );
    this.topics = { starts: topicStarts, codes: Int32Array.from(topicCodes), values: topics.values };
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
    // The columns of this list before a change are among the last few built (the others are of
    // filtered parts of it): start from the newest one of about the same length (one save, not a
    // restore or another vault).
    const previous =
      n > PATCH_LIMIT
        ? recent
            .map((ref) => ref.deref())
            .find((c) => c !== undefined && Math.abs(c.list.length - n) <= PATCH_LIMIT)
        : undefined;
    columns = new InquiryColumns([...list], previous);
    cache.set(list, columns);
    recent.unshift(new WeakRef(columns));
    recent.length = Math.min(recent.length, 4);
  }
  return columns;
}

/** How far ahead a record of the earlier list is looked for before it counts as gone. */
const LOOKAHEAD = 64;
/** A list more than this many records longer or shorter than an earlier one is built afresh. */
const PATCH_LIMIT = 64;
const recent: Array<WeakRef<InquiryColumns>> = [];
