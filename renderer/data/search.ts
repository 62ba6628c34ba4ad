// The search index of an unlocked vault: built in small steps after unlock, kept current on every
// change, held in memory only.
import { labelOf } from '../../shared/domain/categories';
import type { Followup } from '../../shared/domain/followup';
import type { Inquiry } from '../../shared/domain/inquiry';
import type { SearchDoc } from '../../shared/search/recordSearch';
import { SearchIndex } from '../../shared/search/searchIndex';
import { nextBackgroundTask } from './backgroundTask';
import { toFollowup } from './followups';
import { toActivity, toOrganisation, toPerson } from './network';
import { personName, type Activity, type Organisation, type Person } from '../../shared/domain/network';
import { toInquiry } from './inquiries';
import { readSettings } from './settings';
import type { OpenVault } from './vault';
import { markPhase } from './perfMarks';
import type { RecordTable } from '../../shared/storage/envelope';

export function inquiryDoc(
  inquiry: Inquiry,
  label: (list: 'requesterTypes' | 'topics', id: string) => string,
): SearchDoc {
  return {
    id: inquiry.id,
    kind: 'inquiry',
    title: inquiry.subject,
    order: inquiry.receivedAt,
    text: [
      inquiry.notes,
      label('requesterTypes', inquiry.requesterType),
      ...inquiry.topics.map((t) => label('topics', t)),
      ...(inquiry.referrals ?? []),
      inquiry.requester?.name ?? '',
      inquiry.requester?.organisation ?? '',
    ].join(' \n '),
  };
}

export function followupDoc(followup: Followup): SearchDoc {
  return {
    id: followup.id,
    kind: 'followup',
    title: followup.title,
    text: followup.notes,
    order: followup.due,
  };
}

export function organisationDoc(o: Organisation): SearchDoc {
  return {
    id: o.id,
    kind: 'organisation',
    title: o.name,
    text: [o.offersText, o.notes, o.address, o.email].join(' \n '),
    order: o.changedAt,
  };
}

export function personDoc(p: Person): SearchDoc {
  return {
    id: p.id,
    kind: 'person',
    title: personName(p),
    text: [p.function, p.email, p.phone, p.mobile, p.address, p.notes, ...p.languages].join(' \n '),
    order: p.changedAt,
  };
}

export function activityDoc(a: Activity): SearchDoc {
  return { id: a.id, kind: 'activity', title: a.title, text: a.notes, order: a.date };
}

const CHUNK = 1500;
/** The team sync writes in batches a second or so apart: its records are indexed after the burst. */
const AFTER_SYNC_MS = 2000;

export class SearchService {
  private readonly searchIndex = new SearchIndex();
  private built = false;
  private building: Promise<void> | undefined;
  private progressListeners = new Set<(fraction: number) => void>();
  progress = 0;
  /** Records the team sync changed, indexed after its burst (a first download is 77,000). */
  private readonly queued = new Map<string, { table: RecordTable; id: string }>();
  private drainTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly vault: OpenVault) {
    vault.store.onRecordChange((table, id, _record, change) => {
      if (!this.building) return; // not started yet: the build will read the current state
      if (change === 'bookkeeping') return; // no text changed
      const key = `${table}|${id}`;
      if (change === 'background') {
        this.queued.set(key, { table, id });
        clearTimeout(this.drainTimer);
        this.drainTimer = setTimeout(() => void this.drain(), AFTER_SYNC_MS);
        return;
      }
      this.queued.delete(key);
      this.apply(table, id);
    });
  }

  /** The index, with every change the sync made so far (a search never misses one). */
  get index(): SearchIndex {
    for (const { table, id } of this.queued.values()) this.apply(table, id);
    this.queued.clear();
    return this.searchIndex;
  }

  /** The sync's changes, indexed in chunks between other work. */
  private async drain(): Promise<void> {
    while (this.queued.size > 0) {
      let done = 0;
      for (const [key, { table, id }] of this.queued) {
        this.queued.delete(key);
        this.apply(table, id);
        if (++done === CHUNK) break;
      }
      await nextBackgroundTask();
    }
  }

  /** Indexes the record as it is now in the store (or takes it out). */
  private apply(table: RecordTable, id: string): void {
    const record = this.vault.store.get(table, id);
    const index = this.searchIndex;
    if (table === 'inquiries') {
      if (record) index.upsert(inquiryDoc(toInquiry(record), this.labeler()));
      else index.remove('inquiry', id);
    } else if (table === 'followups') {
      if (record) index.upsert(followupDoc(toFollowup(record)));
      else index.remove('followup', id);
    } else if (table === 'organisations') {
      if (record) index.upsert(organisationDoc(toOrganisation(record)));
      else index.remove('organisation', id);
    } else if (table === 'persons') {
      if (record) index.upsert(personDoc(toPerson(record)));
      else index.remove('person', id);
    } else if (table === 'activities') {
      if (record) index.upsert(activityDoc(toActivity(record)));
      else index.remove('activity', id);
    }
  }

  get ready(): boolean {
    return this.built;
  }

  onProgress(listener: (fraction: number) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  private labeler() {
    const lists = readSettings(this.vault.store).lists;
    return (list: 'requesterTypes' | 'topics', id: string) => labelOf(lists[list], id);
  }

  /** Builds the index in chunks, yielding to the UI between them. */
  ensureBuilt(): Promise<void> {
    this.building ??= (async () => {
      const label = this.labeler();
      const records = [
        ...Array.from(this.vault.store.all('inquiries'), (r) => () => inquiryDoc(toInquiry(r), label)),
        ...Array.from(this.vault.store.all('followups'), (r) => () => followupDoc(toFollowup(r))),
        ...Array.from(this.vault.store.all('organisations'), (r) => () => organisationDoc(toOrganisation(r))),
        ...Array.from(this.vault.store.all('persons'), (r) => () => personDoc(toPerson(r))),
        ...Array.from(this.vault.store.all('activities'), (r) => () => activityDoc(toActivity(r))),
      ];
      for (let i = 0; i < records.length; i += CHUNK) {
        for (const make of records.slice(i, i + CHUNK)) this.searchIndex.upsert(make());
        // The last tenth is sorting and joining: the index is usable at 1 only.
        this.progress = Math.min(0.9, ((i + CHUNK) / records.length) * 0.9);
        for (const listener of this.progressListeners) listener(this.progress);
        await nextBackgroundTask();
      }
      const steps = this.searchIndex.prepareInSteps();
      while (!steps.next().done) await nextBackgroundTask();
      this.built = true;
      markPhase('search-ready');
      this.progress = 1;
      for (const listener of this.progressListeners) listener(1);
    })();
    return this.building;
  }
}

const services = new WeakMap<OpenVault, SearchService>();

export function searchServiceOf(vault: OpenVault): SearchService {
  let service = services.get(vault);
  if (!service) {
    service = new SearchService(vault);
    services.set(vault, service);
  }
  return service;
}
