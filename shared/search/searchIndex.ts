// The app's search index: one RecordSearch per kind of record. Every search the app makes names its
// kind (the list searches inquiries; the palette each kind for its group), so a kind with few records
// is scanned over its own few blocks. In one index of all kinds, a palette keystroke that found no
// person walked all 77,000 records looking for one (90 ms at the ten-year size).
import { RecordSearch, type SearchDoc, type SearchHit, type SearchKind } from './recordSearch';

export class SearchIndex {
  private readonly kinds = new Map<SearchKind, RecordSearch>();

  private part(kind: SearchKind): RecordSearch {
    let part = this.kinds.get(kind);
    if (!part) {
      part = new RecordSearch();
      this.kinds.set(kind, part);
    }
    return part;
  }

  get size(): number {
    let size = 0;
    for (const part of this.kinds.values()) size += part.size;
    return size;
  }

  upsert(doc: SearchDoc): void {
    this.part(doc.kind).upsert(doc);
  }

  remove(kind: SearchKind, id: string): void {
    this.kinds.get(kind)?.remove(kind, id);
  }

  /** Records of one kind in which every query word starts some word, newest first. */
  search(query: string, limit: number, kind: SearchKind): SearchHit[] {
    return this.kinds.get(kind)?.search(query, limit, kind) ?? [];
  }

  /** Up to `limits[kind]` records of each kind named (the palette's groups). */
  searchByKind(query: string, limits: Partial<Record<SearchKind, number>>): Map<SearchKind, SearchHit[]> {
    const groups = new Map<SearchKind, SearchHit[]>();
    for (const [kind, limit] of Object.entries(limits) as Array<[SearchKind, number]>)
      groups.set(kind, this.search(query, limit, kind));
    return groups;
  }

  /** All matching ids of one kind (the list's free-text filter). */
  matchingIds(query: string, kind: SearchKind): string[] {
    return this.kinds.get(kind)?.matchingIds(query, kind) ?? [];
  }

  /** matchingIds in steps (see RecordSearch.matchingIdsInSteps). */
  *matchingIdsInSteps(query: string, kind: SearchKind): Generator<void, string[], void> {
    const part = this.kinds.get(kind);
    return part ? yield* part.matchingIdsInSteps(query, kind) : [];
  }

  /** A first build's sorting and joining in steps, kind after kind (see RecordSearch.prepareInSteps). */
  *prepareInSteps(): Generator<void, void, void> {
    for (const part of this.kinds.values()) yield* part.prepareInSteps();
  }
}
