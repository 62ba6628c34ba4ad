// In-memory full-text search over records. Never written to disk.
//
// Each record becomes one normalised "haystack" of its words; a query word matches the beginning of
// any word. Records are scanned newest first and the scan stops once enough hits are found. MiniSearch
// (BM25 over an inverted index) was measured first: 30–175 ms per keystroke at the ten-year size,
// because it scores every matching record; this scan stays within a few milliseconds and ranks by
// recency, which is what a coordinator looks for.
import { normalizeTerm, searchableText } from './normalize';

export type SearchKind = 'inquiry' | 'followup' | 'organisation' | 'person' | 'activity';

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  text: string;
  /** Sorts results: the newest (largest) first, e.g. an ISO date. */
  order: string;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
}

/** Records per block: a query word missing from a block's joined text skips the whole block. */
const BLOCK = 256;

interface Block {
  entries: Entry[];
  text: string;
}

interface Entry {
  id: string;
  kind: SearchKind;
  title: string;
  order: string;
  haystack: string;
}

/** " wort1 wort2 …": normalised words, each preceded by a space, so " " + prefix finds word starts. */
function haystackOf(title: string, text: string): string {
  return ` ${searchableText(`${title} ${text}`)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

export function queryWords(query: string): string[] {
  return normalizeTerm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => ` ${w}`);
}

export class RecordSearch {
  private entries = new Map<string, Entry>();
  private blocks: Block[] = [];
  private dirty = false;

  get size(): number {
    return this.entries.size;
  }

  addAll(docs: readonly SearchDoc[]): void {
    for (const doc of docs) this.upsert(doc);
  }

  upsert(doc: SearchDoc): void {
    this.entries.set(`${doc.kind}:${doc.id}`, {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      order: doc.order,
      haystack: haystackOf(doc.title, doc.text),
    });
    this.dirty = true;
  }

  remove(kind: SearchKind, id: string): void {
    if (this.entries.delete(`${kind}:${id}`)) this.dirty = true;
  }

  /** Sorts newest first and groups into blocks; runs once after changes (call it after a bulk build). */
  prepare(): Block[] {
    if (this.dirty) {
      const ordered = [...this.entries.values()].sort((a, b) =>
        a.order < b.order ? 1 : a.order > b.order ? -1 : 0,
      );
      this.blocks = [];
      for (let i = 0; i < ordered.length; i += BLOCK) {
        const entries = ordered.slice(i, i + BLOCK);
        this.blocks.push({ entries, text: entries.map((e) => e.haystack).join('') });
      }
      this.dirty = false;
    }
    return this.blocks;
  }

  /** Records in which every query word starts some word (case- and umlaut-insensitive), newest first. */
  search(query: string, limit = 50, kind?: SearchKind): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const block of this.prepare()) {
      if (!words.every((w) => block.text.includes(w))) continue;
      for (const entry of block.entries) {
        if (kind && entry.kind !== kind) continue;
        if (words.every((w) => entry.haystack.includes(w))) {
          hits.push({ id: entry.id, kind: entry.kind, title: entry.title });
          if (hits.length >= limit) return hits;
        }
      }
    }
    return hits;
  }

  /** All matching ids of one kind (the list's free-text filter). */
  matchingIds(query: string, kind: SearchKind): Set<string> {
    return new Set(this.search(query, Number.POSITIVE_INFINITY, kind).map((h) => h.id));
  }
}
