// In-memory full-text search over records. Never written to disk.
//
// Each record becomes one normalised "haystack" of its words; a query word matches the beginning of
// any word. Records are scanned newest first and the scan stops once enough hits are found. MiniSearch
// (BM25 over an inverted index) was measured first: 30–175 ms per keystroke at the ten-year size,
// because it scores every matching record; this scan stays within a few milliseconds and ranks by
// recency, which is what a coordinator looks for.
//
// Layout (lean at twice the ten-year size): records sit in blocks of about BLOCK, newest first. A
// block keeps its records' haystacks only as one joined string plus their start offsets, so each
// text is held once; a query word is found with indexOf in the block's text and the offset tells
// whose it is. A block also keeps a small bitset of its word beginnings, so a rare word skips the
// blocks it cannot be in. A change re-joins only the block it touches, so saving never rebuilds the
// whole index.
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
/** Blocks scanned per step of matchingIdsInSteps (about 5 ms over common words). */
const STEP_BLOCKS = 24;
/** More pending changes than this (or a first build): rebuild all blocks rather than patch them. */
const PATCH_LIMIT = 2000;
/** A first build in steps sorts this many records per step, then merges the sorted runs. */
const SORT_RUN = 10_000;
/** …and joins this many blocks per step. */
const BLOCKS_PER_STEP = 32;

interface Entry {
  id: string;
  kind: SearchKind;
  title: string;
  order: string;
  /** Sort key after `order`: makes the order total, so patched and rebuilt indexes agree. */
  key: string;
  /** Its haystack until it is placed in a block (then the block's text holds it). */
  haystack: string | undefined;
  block: Block | undefined;
}

interface Block {
  entries: Entry[];
  /** The entries' haystacks joined; entry i is text.slice(starts[i], starts[i + 1]). */
  text: string;
  starts: Uint32Array;
  /** Which word beginnings occur in the block (see wordStartsOf): a rare word skips most blocks. */
  wordStarts: Uint32Array;
  /** While being patched: the entries' haystacks one by one. */
  haystacks?: string[];
}

/**
 * A block's word beginnings as a bitset of WORD_START_BITS bits: each word sets the bit of its first
 * three letters and that of its first four. A query word whose bits are not both set begins no word
 * of the block, so the block's text is not scanned for it. Without this a name found nowhere, or in
 * a few records, scanned all 40 million characters of the inquiries at twice the ten-year size
 * (70 ms); shorter query words (one or two letters) are common anyway and scan as before.
 */
const WORD_START_BITS = 8192;

const NO_WORDS = new Uint32Array(WORD_START_BITS / 32);

function startHash(text: string, at: number, length: 3 | 4): number {
  let h: number = length;
  for (let i = at; i < at + length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x9e3779b1);
  return (h >>> 0) % WORD_START_BITS;
}

function wordStartsOf(text: string): Uint32Array {
  const bits = new Uint32Array(WORD_START_BITS / 32);
  const set = (bit: number) => (bits[bit >>> 5]! |= 1 << (bit & 31));
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    const end = text.indexOf(' ', at + 1);
    const length = (end === -1 ? text.length : end) - at - 1;
    if (length >= 3) set(startHash(text, at + 1, 3));
    if (length >= 4) set(startHash(text, at + 1, 4));
  }
  return bits;
}

/** False when `word` (" wort", as from queryWords) begins no word of the block. */
function mayBeginWord(block: Block, word: string): boolean {
  const has = (bit: number) => (block.wordStarts[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  const length = word.length - 1;
  if (length >= 3 && !has(startHash(word, 1, 3))) return false;
  if (length >= 4 && !has(startHash(word, 1, 4))) return false;
  return true;
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

/** The longest word first: it is usually the rarest, so the candidates are few from the start. */
function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** Newest first; equal `order` by key, so every build places records the same way. */
function newestFirst(a: Entry, b: Entry): number {
  if (a.order !== b.order) return a.order < b.order ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function sealBlock(block: Block, haystacks: readonly string[]): void {
  const starts = new Uint32Array(haystacks.length + 1);
  let at = 0;
  haystacks.forEach((h, i) => {
    starts[i] = at;
    at += h.length;
  });
  starts[haystacks.length] = at;
  block.text = haystacks.join('');
  block.starts = starts;
  block.wordStarts = wordStartsOf(block.text);
  block.haystacks = undefined;
  for (const entry of block.entries) {
    entry.block = block;
    entry.haystack = undefined;
  }
}

function haystacksOf(block: Block): string[] {
  block.haystacks ??= block.entries.map((_, i) => block.text.slice(block.starts[i], block.starts[i + 1]));
  return block.haystacks;
}

export class RecordSearch {
  private entries = new Map<string, Entry>();
  private blocks: Block[] = [];
  /** Entries added or changed since the last prepare (not in a block yet). */
  private unplaced = new Set<Entry>();
  /** Replaced or removed entries still sitting in a block. */
  private stale = new Set<Entry>();

  get size(): number {
    return this.entries.size;
  }

  addAll(docs: readonly SearchDoc[]): void {
    for (const doc of docs) this.upsert(doc);
  }

  upsert(doc: SearchDoc): void {
    const key = `${doc.kind}:${doc.id}`;
    this.drop(key);
    const entry: Entry = {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      order: doc.order,
      key,
      haystack: haystackOf(doc.title, doc.text),
      block: undefined,
    };
    this.entries.set(key, entry);
    this.unplaced.add(entry);
  }

  remove(kind: SearchKind, id: string): void {
    this.drop(`${kind}:${id}`);
  }

  private drop(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    if (old.block) this.stale.add(old);
    else this.unplaced.delete(old);
  }

  /** Counts the times the blocks were changed (see matchingIdsInSteps). */
  private generation = 0;

  /** Set while a first build runs in steps: the blocks are not there yet. */
  private stepping = false;

  /** Places pending changes into the blocks; runs before a search (call it after a bulk build). */
  prepare(): Block[] {
    // A first build in steps is under way: nothing is searchable until its last step.
    if (this.stepping) return this.blocks;
    const changes = this.unplaced.size + this.stale.size;
    if (changes === 0) return this.blocks;
    if (this.blocks.length === 0 || changes > PATCH_LIMIT) this.rebuild();
    else this.patch();
    this.generation++;
    this.unplaced.clear();
    this.stale.clear();
    return this.blocks;
  }

  /**
   * prepare() for a first build, in steps: a generator whose every `yield` is a point where the
   * caller lets other work run (a task of its own each). Sorting and joining 150,000 records at once
   * held the main thread for over half a second. Records sorted in runs of SORT_RUN, then one sort
   * of the runs (V8's TimSort merges runs it finds), then the blocks a few at a time. Changes made
   * between the steps are placed by the final prepare().
   */
  *prepareInSteps(): Generator<void, void, void> {
    if (this.stepping) return;
    if (this.blocks.length > 0 || this.unplaced.size + this.stale.size <= PATCH_LIMIT) {
      this.prepare();
      return;
    }
    this.stepping = true;
    try {
      const pending = [...this.unplaced];
      this.unplaced.clear();
      const runs: Entry[] = [];
      for (let i = 0; i < pending.length; i += SORT_RUN) {
        runs.push(...pending.slice(i, i + SORT_RUN).sort(newestFirst));
        yield;
      }
      const ordered = runs.sort(newestFirst);
      yield;
      const blocks: Block[] = [];
      for (let i = 0; i < ordered.length; i += BLOCK) {
        const entries = ordered.slice(i, i + BLOCK);
        const block: Block = { entries, text: '', starts: new Uint32Array(1), wordStarts: NO_WORDS };
        sealBlock(
          block,
          entries.map((e) => e.haystack!),
        );
        blocks.push(block);
        if (blocks.length % BLOCKS_PER_STEP === 0) yield;
      }
      this.blocks = blocks;
      this.generation++;
      // Replaced or removed meanwhile: out of date in its block (the newer one waits in unplaced).
      for (const entry of ordered) if (this.entries.get(entry.key) !== entry) this.stale.add(entry);
    } finally {
      this.stepping = false;
    }
    this.prepare();
  }

  /** Sorts every entry newest first and cuts the blocks anew. */
  private rebuild(): void {
    const placed = new Map<Entry, string>();
    for (const block of this.blocks) {
      const haystacks = haystacksOf(block);
      block.entries.forEach((entry, i) => placed.set(entry, haystacks[i]!));
    }
    const ordered = [...this.entries.values()].sort(newestFirst);
    this.blocks = [];
    for (let i = 0; i < ordered.length; i += BLOCK) {
      const entries = ordered.slice(i, i + BLOCK);
      const block: Block = { entries, text: '', starts: new Uint32Array(1), wordStarts: NO_WORDS };
      sealBlock(
        block,
        entries.map((e) => e.haystack ?? placed.get(e)!),
      );
      this.blocks.push(block);
    }
  }

  /** Takes stale entries out of their blocks and puts new ones in place; re-joins those blocks. */
  private patch(): void {
    const touched = new Set<Block>();
    for (const entry of this.stale) {
      const block = entry.block!;
      const haystacks = haystacksOf(block);
      const i = block.entries.indexOf(entry);
      block.entries.splice(i, 1);
      haystacks.splice(i, 1);
      touched.add(block);
    }
    for (const entry of this.unplaced) {
      const block = this.blockFor(entry);
      const haystacks = haystacksOf(block);
      let i = 0;
      while (i < block.entries.length && newestFirst(block.entries[i]!, entry) < 0) i++;
      block.entries.splice(i, 0, entry);
      haystacks.splice(i, 0, entry.haystack!);
      touched.add(block);
    }
    const blocks: Block[] = [];
    for (const block of this.blocks) {
      if (!touched.has(block)) {
        blocks.push(block);
        continue;
      }
      const haystacks = haystacksOf(block);
      // Oversized blocks are split so that a block stays cheap to scan and to re-join.
      for (let i = 0; i < block.entries.length; i += BLOCK) {
        const part: Block = {
          entries: block.entries.slice(i, i + BLOCK),
          text: '',
          starts: new Uint32Array(1),
          wordStarts: NO_WORDS,
        };
        sealBlock(part, haystacks.slice(i, i + BLOCK));
        blocks.push(part);
      }
    }
    this.blocks = blocks;
  }

  /** The block an entry belongs in by its place in the order (the last whose first entry precedes it). */
  private blockFor(entry: Entry): Block {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const first = this.blocks[mid]!.entries[0];
      if (first && newestFirst(first, entry) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return this.blocks[lo]!;
  }

  /**
   * Calls `hit` for each entry (newest first) in which every query word starts some word, until
   * `hit` returns false.
   */
  private scan(words: readonly string[], kind: SearchKind | undefined, hit: (entry: Entry) => boolean): void {
    const ordered = longestFirst(words);
    for (const block of this.prepare()) if (!this.scanBlock(block, ordered, kind, hit)) return;
  }

  /** scan() for one block; false when `hit` asked to stop. */
  private scanBlock(
    block: Block,
    ordered: readonly string[],
    kind: SearchKind | undefined,
    hit: (entry: Entry) => boolean,
  ): boolean {
    if (!ordered.every((word) => mayBeginWord(block, word))) return true;
    const { text, starts, entries } = block;
    let candidates = this.occurrences(block, ordered[0]!);
    for (let w = 1; w < ordered.length && candidates.length > 0; w++) {
      const word = ordered[w]!;
      // Few candidates: look into each one's text. Many: walk the word's occurrences in the block
      // (a short, common word like " f" occurs thousands of times per block).
      if (candidates.length * 8 < entries.length) {
        candidates = candidates.filter((i) => text.slice(starts[i], starts[i + 1]).includes(word));
      } else {
        const inBlock = this.occurrences(block, word);
        const wanted = new Set(candidates);
        candidates = inBlock.filter((i) => wanted.has(i));
      }
    }
    for (const i of candidates) {
      const entry = entries[i]!;
      if (kind && entry.kind !== kind) continue;
      if (!hit(entry)) return false;
    }
    return true;
  }

  /** The entries of a block (indexes, ascending, each once) in which `word` starts some word. */
  private occurrences(block: Block, word: string): number[] {
    const { text, starts } = block;
    const found: number[] = [];
    let entry = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      while (starts[entry + 1]! <= at) entry++;
      if (found[found.length - 1] !== entry) found.push(entry);
      // The rest of this entry's text cannot add anything: go on from the next entry.
      at = starts[entry + 1]! - 1;
    }
    return found;
  }

  /** Records in which every query word starts some word (case- and umlaut-insensitive), newest first. */
  search(query: string, limit = 50, kind?: SearchKind): SearchHit[] {
    const words = queryWords(query);
    const hits: SearchHit[] = [];
    if (words.length === 0 || limit <= 0) return hits;
    this.scan(words, kind, (entry) => {
      hits.push({ id: entry.id, kind: entry.kind, title: entry.title });
      return hits.length < limit;
    });
    return hits;
  }

  /**
   * All matching ids of one kind (the list's free-text filter), newest first, each once. An array,
   * not a Set: adding 70,000 ids to a Set took longer than finding them.
   */
  matchingIds(query: string, kind: SearchKind): string[] {
    const ids: string[] = [];
    const words = queryWords(query);
    if (words.length > 0)
      this.scan(words, kind, (entry) => {
        ids.push(entry.id);
        return true;
      });
    return ids;
  }

  /**
   * matchingIds in steps: a generator that yields after every STEP_BLOCKS blocks, so the caller can
   * let input and rendering run between them (a common word over 100,000 inquiries is a 50–80 ms
   * scan). Its value is the ids. If the index changes between two steps, it starts over.
   */
  *matchingIdsInSteps(query: string, kind: SearchKind): Generator<void, string[], void> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const ordered = longestFirst(words);
    for (;;) {
      const blocks = this.prepare();
      const generation = this.generation;
      const ids: string[] = [];
      const collect = (entry: Entry) => {
        ids.push(entry.id);
        return true;
      };
      let b = 0;
      for (; b < blocks.length; b++) {
        if (b > 0 && b % STEP_BLOCKS === 0) {
          yield;
          // A search meanwhile may have patched the blocks in place: their entries moved.
          if (this.prepare() !== blocks || this.generation !== generation) break;
        }
        this.scanBlock(blocks[b]!, ordered, kind, collect);
      }
      if (b === blocks.length) return ids;
    }
  }
}
