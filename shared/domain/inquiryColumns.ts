// Column copies of an inquiry list's fields, kept per list array, so that changing the list's
// filter or sort does not read every record again. At twice the ten-year size reading 100,000
// records scattered over the heap is what costs (not the comparisons); small typed arrays of codes
// are read in a fraction of that. The list screen keeps one array until the data changes (see
// listInquiries), so the columns are built once per change, each when first needed.
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

export class InquiryColumns {
  private readonly columns = new Map<CodeField, CodeColumn>();
  private topicColumn: { starts: Int32Array; codes: Int32Array; values: string[] } | undefined;
  private received: string[] | undefined;
  private urgentFlags: Uint8Array | undefined;
  private order: { newestFirst: boolean; receivedDescending: boolean } | undefined;
  /** Per field: the rank of each value's sort key (label-independent fields only). */
  readonly ranks = new Map<string, Int32Array>();

  constructor(readonly list: readonly Inquiry[]) {}

  codes(field: CodeField): CodeColumn {
    let column = this.columns.get(field);
    if (!column) {
      const index = new Map<string, number>();
      const values: string[] = [];
      const codes = new Int32Array(this.list.length);
      this.list.forEach((inq, i) => {
        const value = inq[field] ?? '';
        let code = index.get(value);
        if (code === undefined) {
          code = values.push(value) - 1;
          index.set(value, code);
        }
        codes[i] = code;
      });
      column = { codes, values };
      this.columns.set(field, column);
    }
    return column;
  }

  /** Topics of all records in one array: record i's are codes[starts[i]] … codes[starts[i + 1] - 1]. */
  topics(): { starts: Int32Array; codes: Int32Array; values: string[] } {
    if (!this.topicColumn) {
      const index = new Map<string, number>();
      const values: string[] = [];
      const starts = new Int32Array(this.list.length + 1);
      const codes: number[] = [];
      this.list.forEach((inq, i) => {
        starts[i] = codes.length;
        for (const topic of inq.topics) {
          let code = index.get(topic);
          if (code === undefined) {
            code = values.push(topic) - 1;
            index.set(topic, code);
          }
          codes.push(code);
        }
      });
      starts[this.list.length] = codes.length;
      this.topicColumn = { starts, codes: Int32Array.from(codes), values };
    }
    return this.topicColumn;
  }

  receivedAt(): string[] {
    this.received ??= this.list.map((inq) => inq.receivedAt);
    return this.received;
  }

  urgent(): Uint8Array {
    this.urgentFlags ??= Uint8Array.from(this.list, (inq) => (inq.urgent ? 1 : 0));
    return this.urgentFlags;
  }

  /**
   * Whether the list is newest first as compareNewestFirst orders (then every part of it is too),
   * and whether it is at least in descending received time.
   */
  ordering(): { newestFirst: boolean; receivedDescending: boolean } {
    if (!this.order) {
      const list = this.list;
      let newestFirst = true;
      let receivedDescending = true;
      for (let i = 1; i < list.length && receivedDescending; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        if (a.receivedAt < b.receivedAt) receivedDescending = newestFirst = false;
        else if (newestFirst && compareNewestFirst(a, b) > 0) newestFirst = false;
      }
      this.order = { newestFirst, receivedDescending };
    }
    return this.order;
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
    columns = new InquiryColumns([...list]);
    cache.set(list, columns);
  }
  return columns;
}
