// In-memory full-text search over records (MiniSearch). Never written to disk.
import MiniSearch from 'minisearch';
import { normalizeTerm, tokenize } from './normalize';

export type SearchKind = 'inquiry' | 'followup';

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  text: string;
}

interface IndexedDoc extends SearchDoc {
  key: string;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  score: number;
}

export class RecordSearch {
  private index = new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: ['id', 'kind', 'title'],
    tokenize,
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 2 } },
  });

  get size(): number {
    return this.index.documentCount;
  }

  addAll(docs: readonly SearchDoc[]): void {
    this.index.addAll(docs.map((d) => ({ ...d, key: `${d.kind}:${d.id}` })));
  }

  upsert(doc: SearchDoc): void {
    const key = `${doc.kind}:${doc.id}`;
    if (this.index.has(key)) this.index.discard(key);
    this.index.add({ ...doc, key });
  }

  remove(kind: SearchKind, id: string): void {
    const key = `${kind}:${id}`;
    if (this.index.has(key)) this.index.discard(key);
  }

  /** Every word of the query must match some word's beginning (case- and umlaut-insensitive). */
  search(query: string, limit = 50): SearchHit[] {
    if (!query.trim()) return [];
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => ({
        id: r['id'] as string,
        kind: r['kind'] as SearchKind,
        title: r['title'] as string,
        score: r.score,
      }));
  }

  /** All matching ids of one kind (used by the list's free-text filter). */
  matchingIds(query: string, kind: SearchKind): Set<string> {
    const ids = new Set<string>();
    for (const r of this.index.search(query, { filter: (r) => r['kind'] === kind }))
      ids.add(r['id'] as string);
    return ids;
  }
}
