// A coordinator's computer keeps the statistics database current: after each team-sync round, the
// statistics projection of every record changed since (here or by the team) is published, and each
// funding record whole under the funding key (for Haushalt); at the start, and under a new
// statistics key, every record is looked at once. Only what the server lacks is written
// (StatsLedger compares content hashes), a few thousand records per round.
import type { TeamDevice } from '../../../shared/domain/team';
import type { RecordTable } from '../../../shared/storage/envelope';
import { PROJECTED_TABLES } from '../../../shared/stats/projection';
import { CouchClient, SyncError } from '../../../shared/sync/couchClient';
import { versionOfPayload, type PayloadShape } from '../../../shared/sync/payloadVersion';
import {
  projectVersion,
  StatsLedger,
  type PublishResult,
  type StatsEntry,
} from '../../../shared/sync/statsPublication';
import { docIdFor, fundingDocIdFor, type TeamKey } from '../../../shared/sync/syncDoc';
import { ERASED } from '../../../shared/sync/versioned';
import type { OpenVault } from '../vault';
import { fundingKeys, readStatistics, statisticsKeys } from './lead';
import { syncFetch } from './transport';

/** Records looked at per round: the first publication of 77,000 records spreads over rounds. */
const PER_ROUND = 2000;

/** What goes to the statistics database: the statistics projections, and the funding file whole. */
const PUBLISHED_TABLES: readonly RecordTable[] = [...PROJECTED_TABLES, 'funding'];
const PUBLISHED = new Set<RecordTable>(PUBLISHED_TABLES);

export class StatsPublisher {
  /** Records to look at ("table|id"), each with the number of its latest change. */
  private readonly pending = new Map<string, { table: RecordTable; id: string; seq: number }>();
  private changes = 0;
  private ledger: StatsLedger | undefined;
  /** Database and key the ledger and the document ids are for. */
  private target = '';
  /** The keys for `target`, derived once per target (not in every round, every two seconds). */
  private keys: { statistics: TeamKey; funding?: TeamKey } | undefined;
  private readonly docIds = new Map<string, string>();

  constructor(
    private readonly vault: OpenVault,
    private readonly fetchFn: typeof fetch = syncFetch,
  ) {}

  /** Notes every change of a record that has a projection; returns the unsubscribe. */
  watch(): () => void {
    return this.vault.store.onRecordChange((table, id) => {
      if (PUBLISHED.has(table)) this.note(table, id);
    });
  }

  private note(table: RecordTable, id: string): void {
    this.pending.set(`${table}|${id}`, { table, id, seq: ++this.changes });
  }

  /** How many records wait to be looked at. */
  waiting(): number {
    return this.pending.size;
  }

  private queueAll(team: TeamDevice): void {
    for (const table of PUBLISHED_TABLES)
      for (const record of this.vault.store.all(table)) this.note(table, record.id);
    for (const erased of team.erased ?? []) {
      const table = erased.table as RecordTable;
      if (PUBLISHED.has(table)) this.note(table, erased.id);
    }
  }

  /** One step: publishes up to PER_ROUND records; nothing before a lead was invited. */
  async publish(team: TeamDevice): Promise<PublishResult | undefined> {
    const statistics = readStatistics(this.vault);
    // (Never the office's own database: its members could not open what would be written there.)
    if (!statistics || team.role || statistics.database === team.database) return undefined;
    // The team key the statistics and funding keys derive from; the funding file joins once a
    // Haushalt was invited: everything is looked at again then.
    const target = `${statistics.database}|${team.keys.at(-1)?.keyId}|${statistics.funding ? 'f' : ''}`;
    if (target !== this.target || !this.ledger || !this.keys) {
      const statisticsKey = (await statisticsKeys(team)).current;
      this.keys = {
        statistics: statisticsKey,
        ...(statistics.funding ? { funding: (await fundingKeys(team)).current } : {}),
      };
      const client = new CouchClient({ ...team, database: statistics.database }, this.fetchFn);
      this.ledger = new StatsLedger(client, statisticsKey);
      this.target = target;
      this.docIds.clear();
      this.queueAll(team);
    }
    try {
      await this.ledger.refresh();
    } catch (error) {
      // The database is gone (IT may create it anew): what this computer knew of it is void.
      if (error instanceof SyncError && error.failure === 'notFound') this.ledger = undefined;
      throw error;
    }
    const { statistics: current, funding } = this.keys;
    const taken = [...this.pending.entries()].slice(0, PER_ROUND);
    const entries: StatsEntry[] = [];
    for (const [key, { table, id }] of taken) {
      const record = this.vault.store.get(table, id);
      const whole = record ? versionOfPayload(record.payload as PayloadShape) : ERASED;
      const isFunding = table === 'funding';
      // (No funding key: no Haushalt yet, the funding file is not published.)
      const sealWith = isFunding ? funding : current;
      if (!sealWith) continue;
      // The funding file goes as it is (Haushalt keeps it); everything else as its projection.
      const version = isFunding ? whole : projectVersion(table, id, whole);
      if (!version) continue;
      let docId = this.docIds.get(key);
      if (!docId) {
        docId = isFunding ? await fundingDocIdFor(sealWith, id) : await docIdFor(sealWith, table, id);
        this.docIds.set(key, docId);
      }
      entries.push({ docId, table, id, version, ...(isFunding ? { key: sealWith } : {}) });
    }
    const result = await this.ledger.publish(entries);
    // Only now: a failed round looks at them again. (A record changed meanwhile is in the list again.)
    for (const [key, { seq }] of taken) if (this.pending.get(key)?.seq === seq) this.pending.delete(key);
    return result;
  }
}
