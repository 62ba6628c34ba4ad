// Öffentlichkeitsarbeit: typed lists over the "outreach" table (event series and contributions,
// Wegweiser offers, newsletter issues) and their plain saving and deleting. Saving that keeps other
// records in step (milestone follow-ups, Aktivitäten) builds on `saveOutreach`'s `extra` writes.
import { nextMeta } from '../../shared/domain/recordMeta';
import type { ContributionData, SeriesData } from '../../shared/outreach/eventRecords';
import type { OfferData } from '../../shared/outreach/guideRecords';
import type { NewsletterData } from '../../shared/outreach/newsletterRecords';
import type { OutreachData } from '../../shared/outreach/outreachRecords';
import type { RecordTable } from '../../shared/storage/envelope';
import { newRecordId, payloadOf } from '../../shared/storage/records';
import type { LiveRecord } from '../../shared/storage/snapshot';
import { deleteRecords, type Deletion } from './deletion';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

type Item<D> = D & { id: string; createdAt: string; changedAt: string };
export type Series = Item<SeriesData>;
export type Contribution = Item<ContributionData>;
export type Offer = Item<OfferData>;
export type NewsletterIssue = Item<NewsletterData>;

export interface OutreachFile {
  series: Series[];
  contributions: Contribution[];
  offers: Offer[];
  newsletters: NewsletterIssue[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const cache = new WeakMap<RecordStore, { version: number; file: OutreachFile }>();

function toItem(record: LiveRecord) {
  const { data, meta } = payloadOf('outreach', record);
  return { ...data, id: record.id, createdAt: meta.createdAt, changedAt: meta.changedAt };
}

/** Everything of Öffentlichkeitsarbeit, sorted for display; rebuilt only when the table changed. */
export function outreachFile(store: RecordStore): OutreachFile {
  const version = store.tableVersion('outreach');
  const hit = cache.get(store);
  if (hit?.version === version) return hit.file;
  const file: OutreachFile = { series: [], contributions: [], offers: [], newsletters: [] };
  for (const record of store.all('outreach')) {
    const item = toItem(record);
    if (item.kind === 'series') file.series.push(item);
    else if (item.kind === 'contribution') file.contributions.push(item);
    else if (item.kind === 'offer') file.offers.push(item);
    else file.newsletters.push(item);
  }
  // Newest first: this year's Interkulturelle Woche and newsletter on top.
  file.series.sort((a, b) =>
    a.from === b.from ? collator.compare(a.title, b.title) : a.from < b.from ? 1 : -1,
  );
  // The programme's order: by day, then time, then title.
  file.contributions.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.startTime || '99').localeCompare(b.startTime || '99') ||
      collator.compare(a.title, b.title),
  );
  file.offers.sort((a, b) => collator.compare(a.title, b.title));
  file.newsletters.sort((a, b) => b.year - a.year || b.number - a.number);
  cache.set(store, { version, file });
  return file;
}

export function getOutreach(store: RecordStore, id: string): OutreachData | undefined {
  const record = store.get('outreach', id);
  return record ? payloadOf('outreach', record).data : undefined;
}

export type Write = { table: RecordTable; records: Array<{ id: string; payload: unknown }> };

/**
 * Saves one record of Öffentlichkeitsarbeit, with `extra` writes and removals of other records in the
 * same transaction (all or nothing). Returns the id. Durable when it resolves.
 */
export async function saveOutreach(
  vault: OpenVault,
  id: string | undefined,
  data: OutreachData,
  now = new Date(),
  extra: { writes?: Write[]; removals?: Array<{ table: RecordTable; id: string }> } = {},
): Promise<string> {
  const recordId = id ?? newRecordId();
  const stored = id ? vault.store.get('outreach', id) : undefined;
  const previous = stored ? payloadOf('outreach', stored).meta : undefined;
  await vault.putAll(
    [
      {
        table: 'outreach',
        records: [{ id: recordId, payload: { data, meta: nextMeta(previous, now, vault.deviceId) } }],
      },
      ...(extra.writes ?? []),
    ],
    extra.removals ?? [],
  );
  return recordId;
}

/**
 * Deletes records of Öffentlichkeitsarbeit (a series takes its contributions with it: pass them too)
 * with `extra` writes and removals, in one transaction with one Löschprotokoll line per table.
 */
export async function deleteOutreach(
  vault: OpenVault,
  ids: readonly string[],
  now = new Date(),
  extra: { writes?: Deletion['writes']; removals?: Deletion['removals'] } = {},
): Promise<void> {
  await deleteRecords(
    vault,
    {
      removals: [...ids.map((id) => ({ table: 'outreach' as const, id })), ...(extra.removals ?? [])],
      writes: extra.writes ?? [],
    },
    now,
  );
}
