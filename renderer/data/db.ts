// The Dexie database: encrypted envelopes only. Schema versions are appended, never edited.
import Dexie, { type Table } from 'dexie';
import type { EncryptedRow } from '../../shared/storage/envelope';
import type { PackRow } from '../../shared/storage/pack';
import type { SnapshotRow } from '../../shared/storage/snapshot';

export const DB_NAME = 'anlaufstelle';

/** Clear bookkeeping: vault header (key slots), device id, write counter, unlock failures. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export class AnlaufstelleDb extends Dexie {
  meta!: Table<MetaRow, string>;
  settings!: Table<EncryptedRow, string>;
  inquiries!: Table<EncryptedRow, string>;
  followups!: Table<EncryptedRow, string>;
  templates!: Table<EncryptedRow, string>;
  organisations!: Table<EncryptedRow, string>;
  persons!: Table<EncryptedRow, string>;
  activities!: Table<EncryptedRow, string>;
  reports!: Table<EncryptedRow, string>;
  /** Fördermittel: programmes, Vorhaben, receipts, advised applications (shared/funding). */
  funding!: Table<EncryptedRow, string>;
  /** Öffentlichkeitsarbeit: event series and contributions, Wegweiser offers, newsletter issues (shared/outreach). */
  outreach!: Table<EncryptedRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  /** Records sealed many to a row by a restore or re-keying (shared/storage/pack.ts). */
  packs!: Table<PackRow, string>;

  /**
   * @param name the IndexedDB database (a storage generation, see vaultDatabase.ts)
   * @param base the vault it belongs to (`anlaufstelle`, `anlaufstelle-demo`); its pointer names the
   *   current generation
   */
  constructor(
    name: string = DB_NAME,
    readonly base: string = name,
    /**
     * The generation's storage bucket; the default IndexedDB when absent. Held for as long as this
     * database: Chromium cuts a connection once neither its bucket nor the bucket's IDBFactory is
     * referenced any more, and its requests then never answer. Dexie keeps the factory; holding the
     * bucket makes that independent of Dexie's internals.
     */
    readonly bucket?: { readonly indexedDB: IDBFactory },
  ) {
    // 'strict' makes Chromium flush to disk before a transaction reports success: saved means saved.
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(bucket ? { indexedDB: bucket.indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : {}),
    });
    this.version(1).stores({
      meta: 'key',
      settings: 'id, seq',
      inquiries: 'id, seq',
      snapshots: 'id',
    });
    this.version(2).stores({
      followups: 'id, seq',
      templates: 'id, seq',
    });
    this.version(3).stores({
      organisations: 'id, seq',
      persons: 'id, seq',
      activities: 'id, seq',
    });
    this.version(4).stores({
      reports: 'id, seq',
    });
    this.version(5).stores({
      packs: 'id, seq',
    });
    this.version(6).stores({
      funding: 'id, seq',
    });
    this.version(7).stores({
      outreach: 'id, seq',
    });
  }
}
