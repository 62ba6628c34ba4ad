// Netzwerk's "Letzter Kontakt" per organisation: a pass over every inquiry and activity, kept per
// store until one of the two tables changes or the day turns, so a visit to Netzwerk does not
// repeat it.
import type { CalendarDay } from '../../shared/domain/calendarDay';
import { lastContacts } from '../../shared/domain/network';
import { allInquiries } from './inquiries';
import { listActivities } from './networkRecords';
import type { RecordStore } from './recordStore';

const cache = new WeakMap<RecordStore, { key: string; last: Map<string, CalendarDay> }>();

export function lastContactsOf(store: RecordStore, today: CalendarDay): Map<string, CalendarDay> {
  const key = `${store.tableVersion('inquiries')}|${store.tableVersion('activities')}|${today}`;
  const cached = cache.get(store);
  if (cached?.key === key) return cached.last;
  const last = lastContacts(allInquiries(store), listActivities(store), today);
  cache.set(store, { key, last });
  return last;
}
