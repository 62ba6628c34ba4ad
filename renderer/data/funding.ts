// The funding file: typed lists over the "funding" table, and saving that keeps each record's
// deadline follow-ups in step in the same transaction (shared/funding/deadlines.ts).
import { toDay } from '../../shared/domain/calendarDay';
import { nextMeta } from '../../shared/domain/recordMeta';
import { deadlinesOf, parseSource, sourcePrefix, type FundingDeadline } from '../../shared/funding/deadlines';
import type {
  Application,
  FundingData,
  PaymentRequest,
  Programme,
  Project,
  Receipt,
  ReceiptData,
} from '../../shared/funding/fundingRecords';
import type { RecordTable } from '../../shared/storage/envelope';
import { newRecordId, payloadOf } from '../../shared/storage/records';
import type { LiveRecord } from '../../shared/storage/snapshot';
import { deleteRecords } from './deletion';
import type { RecordStore } from './recordStore';
import { sourcedFollowupWrites, type FollowupWrites } from './sourcedFollowups';
import type { OpenVault } from './vault';

export interface FundingFile {
  programmes: Programme[];
  projects: Project[];
  receipts: Receipt[];
  applications: Application[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const cache = new WeakMap<RecordStore, { version: number; file: FundingFile }>();

function toItem(record: LiveRecord) {
  const { data, meta } = payloadOf('funding', record);
  return { ...data, id: record.id, createdAt: meta.createdAt, changedAt: meta.changedAt };
}

/** The whole funding file, sorted for display; rebuilt only when the table changed. */
export function fundingFile(store: RecordStore): FundingFile {
  const version = store.tableVersion('funding');
  const hit = cache.get(store);
  if (hit?.version === version) return hit.file;
  const file: FundingFile = { programmes: [], projects: [], receipts: [], applications: [] };
  for (const record of store.all('funding')) {
    const item = toItem(record);
    if (item.kind === 'programme') file.programmes.push(item);
    else if (item.kind === 'project') file.projects.push(item);
    else if (item.kind === 'receipt') file.receipts.push(item);
    else file.applications.push(item);
  }
  file.programmes.sort((a, b) => collator.compare(a.name, b.name));
  // Newest period first, the way the office thinks of its Vorhaben.
  file.projects.sort((a, b) =>
    a.from === b.from ? collator.compare(a.title, b.title) : a.from < b.from ? 1 : -1,
  );
  file.receipts.sort((a, b) =>
    a.date === b.date ? collator.compare(a.number, b.number) : a.date < b.date ? -1 : 1,
  );
  file.applications.sort(
    (a, b) =>
      (a.deadline || '9999').localeCompare(b.deadline || '9999') || collator.compare(a.title, b.title),
  );
  cache.set(store, { version, file });
  return file;
}

export function receiptsOf(store: RecordStore, projectId: string): Receipt[] {
  return fundingFile(store).receipts.filter((r) => r.projectId === projectId);
}

export function getFunding(store: RecordStore, id: string): FundingData | undefined {
  const record = store.get('funding', id);
  return record ? payloadOf('funding', record).data : undefined;
}

/** The funding record a deadline's follow-up belongs to, if it still exists. */
export function fundingRecordOf(
  store: RecordStore,
  source: string | undefined,
): { id: string; data: FundingData } | undefined {
  const parsed = parseSource(source);
  const data = parsed && getFunding(store, parsed.recordId);
  return parsed && data ? { id: parsed.recordId, data } : undefined;
}

/** Writes the title of a deadline's follow-up (in the UI's language). */
export type DeadlineTitle = (deadline: FundingDeadline) => string;

type Write = { table: RecordTable; records: Array<{ id: string; payload: unknown }> };

/**
 * The follow-up writes that bring one record's deadlines from `before` to `after` (undefined: the
 * record is deleted); a deadline in `after` but not in `before` came back and reopens its follow-up.
 */
function followupWrites(
  vault: OpenVault,
  id: string,
  before: readonly FundingDeadline[],
  after: readonly FundingDeadline[] | undefined,
  titleOf: DeadlineTitle,
  now: Date,
): FollowupWrites {
  const had = new Set(before.map((d) => d.source));
  const returned = new Set((after ?? []).map((d) => d.source).filter((source) => !had.has(source)));
  return sourcedFollowupWrites(vault, sourcePrefix(id), after, titleOf, now, { returned, gone: 'close' });
}

/**
 * The follow-up writes a change of record `id` to `data` (undefined: deleted) brings: its own
 * deadlines, and for a receipt its Vorhaben's (a payment's spending deadline stands only while the
 * receipts do not cover it).
 */
function deadlineChanges(
  vault: OpenVault,
  id: string,
  data: FundingData | undefined,
  titleOf: DeadlineTitle,
  now: Date,
): FollowupWrites {
  const today = toDay(now);
  const previous = getFunding(vault.store, id);
  const all: FollowupWrites = { writes: [], removals: [] };
  const add = (w: FollowupWrites) => {
    all.writes.push(...w.writes);
    all.removals.push(...w.removals);
  };
  if ((data ?? previous)?.kind === 'receipt') {
    const projects = new Set<string>();
    if (previous?.kind === 'receipt') projects.add(previous.projectId);
    if (data?.kind === 'receipt') projects.add(data.projectId);
    for (const projectId of projects) {
      const project = getFunding(vault.store, projectId);
      if (project?.kind !== 'project') continue;
      const before = receiptsOf(vault.store, projectId);
      const after: ReceiptData[] = [
        ...before.filter((r) => r.id !== id),
        ...(data?.kind === 'receipt' && data.projectId === projectId ? [data] : []),
      ];
      add(
        followupWrites(
          vault,
          projectId,
          deadlinesOf(projectId, project, today, before),
          deadlinesOf(projectId, project, today, after),
          titleOf,
          now,
        ),
      );
    }
  } else {
    const receipts = receiptsOf(vault.store, id);
    add(
      followupWrites(
        vault,
        id,
        previous ? deadlinesOf(id, previous, today, receipts) : [],
        data ? deadlinesOf(id, data, today, receipts) : undefined,
        titleOf,
        now,
      ),
    );
  }
  return all;
}

/**
 * Saves a funding record and, in the same transaction, the deadline follow-ups it changes. Returns
 * the id. Durable when it resolves.
 */
export async function saveFunding(
  vault: OpenVault,
  id: string | undefined,
  data: FundingData,
  titleOf: DeadlineTitle,
  now = new Date(),
): Promise<string> {
  const recordId = id ?? newRecordId();
  const stored = id ? vault.store.get('funding', id) : undefined;
  const previous = stored ? payloadOf('funding', stored).meta : undefined;
  const followups = deadlineChanges(vault, recordId, data, titleOf, now);
  const writes: Write[] = [
    {
      table: 'funding',
      records: [{ id: recordId, payload: { data, meta: nextMeta(previous, now, vault.deviceId) } }],
    },
  ];
  if (followups.writes.length) writes.push({ table: 'followups', records: followups.writes });
  await vault.putAll(
    writes,
    followups.removals.map((f) => ({ table: 'followups' as const, id: f })),
  );
  return recordId;
}

/** Adds a payment request to a Vorhaben (its spending deadline becomes a follow-up). */
export async function addPayment(
  vault: OpenVault,
  projectId: string,
  payment: Omit<PaymentRequest, 'id'>,
  titleOf: DeadlineTitle,
  now = new Date(),
): Promise<void> {
  const project = getFunding(vault.store, projectId);
  if (project?.kind !== 'project') throw new Error(`no Vorhaben ${projectId}`);
  const payments = [...project.payments, { ...payment, id: newRecordId() }].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  await saveFunding(vault, projectId, { ...project, payments }, titleOf, now);
}

export async function removePayment(
  vault: OpenVault,
  projectId: string,
  paymentId: string,
  titleOf: DeadlineTitle,
  now = new Date(),
): Promise<void> {
  const project = getFunding(vault.store, projectId);
  if (project?.kind !== 'project') return;
  const payments = project.payments.filter((p) => p.id !== paymentId);
  await saveFunding(vault, projectId, { ...project, payments }, titleOf, now);
}

/**
 * Deletes a funding record with its follow-ups; a Vorhaben takes its receipts with it, a receipt
 * may bring its Vorhaben's spending deadline back. One transaction, one Löschprotokoll line per table.
 */
export async function deleteFunding(
  vault: OpenVault,
  id: string,
  titleOf: DeadlineTitle,
  now = new Date(),
): Promise<void> {
  const data = getFunding(vault.store, id);
  if (!data) return;
  const receipts = data.kind === 'project' ? receiptsOf(vault.store, id).map((r) => r.id) : [];
  const changes = deadlineChanges(vault, id, undefined, titleOf, now);
  await deleteRecords(
    vault,
    {
      removals: [
        { table: 'funding', id },
        ...receipts.map((r) => ({ table: 'funding' as const, id: r })),
        ...changes.removals.map((f) => ({ table: 'followups' as const, id: f })),
      ],
      writes: changes.writes.map((w) => ({ table: 'followups' as const, ...w })),
    },
    now,
  );
}
