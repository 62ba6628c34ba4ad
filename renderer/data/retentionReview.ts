// The Löschfristen review list: which due records it shows first. Apart from retention.ts, which
// deletion (and through it the inquiries) depend on.
import type { DueItem } from '../../shared/retention/retention';
import { getFunding } from './funding';
import { listInquiries } from './inquiries';
import { getPerson } from './networkRecords';
import type { RecordStore } from './recordStore';

const oldestCache = new WeakMap<readonly DueItem[], { limit: number; items: DueItem[] }>();

/**
 * The first `limit` of the due records as the review lists them: inquiries oldest first (by
 * receipt), then persons by name. Read off the sorted inquiry list from its end, so tens of
 * thousands of due inquiries are not sorted; kept per answer of dueForRetention.
 */
export function oldestDue(store: RecordStore, due: readonly DueItem[], limit: number): DueItem[] {
  const cached = oldestCache.get(due);
  if (cached?.limit === limit) return cached.items;
  const byId = new Map(due.filter((d) => d.table === 'inquiries').map((d) => [d.id, d]));
  const items: DueItem[] = [];
  const inquiries = listInquiries(store);
  for (let i = inquiries.length - 1; i >= 0 && items.length < limit && byId.size > 0; i--) {
    const item = byId.get(inquiries[i]!.id);
    if (item) items.push(item);
  }
  const name = (item: DueItem) => {
    if (item.table === 'funding') {
      // Receipts after persons, oldest first.
      const receipt = getFunding(store, item.id);
      return `\uffff${receipt?.kind === 'receipt' ? receipt.date : ''}${item.id}`;
    }
    const person = getPerson(store, item.id);
    return person ? [person.firstName, person.lastName].filter(Boolean).join(' ') : item.id;
  };
  const persons = due
    .filter((d) => d.table !== 'inquiries')
    .map((item) => ({ item, key: name(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { item } of persons) if (items.length < limit) items.push(item);
  oldestCache.set(due, { limit, items });
  return items;
}
