// Warm-up after unlock: the sorted inquiry list, the vault's first use (every dialog's date check),
// the list's filter columns (Anfragen) and the default "Auswertung" are computed in idle time, so
// the first visit or dialog does not pay for sorting 50,000 inquiries and parsing their dates. One
// step per task: a click in between is answered between two steps, not after all of them.
import { toDay } from '../../shared/domain/calendarDay';
import { columnsOf } from '../../shared/domain/inquiryColumns';
import { EMPTY_FILTER } from '../../shared/domain/inquiryFilter';
import { computeDashboard } from '../../shared/stats/dashboard';
import { bucketColumn, inquiryColumns, inquiryColumnsInSteps } from '../../shared/stats/inquiryColumns';
import { nextBackgroundTask } from './backgroundTask';
import { warmFirstUse } from './firstUse';
import { listFollowups } from './followups';
import { listInquiries } from './inquiries';
import { listActivities } from './network';
import { markPhase } from './perfMarks';
import type { RecordStore } from './recordStore';

export async function warmUpAfterUnlock(store: RecordStore, now = new Date()): Promise<void> {
  const steps = [
    () => listInquiries(store),
    () => warmFirstUse(store),
    () => columnsOf(listInquiries(store)),
    () => inquiryColumns(listInquiries(store)),
    () =>
      computeDashboard(listInquiries(store), listActivities(store), listFollowups(store), {
        from: `${now.getFullYear()}-01-01`,
        to: toDay(now),
        grouping: 'month',
        stackBy: 'requesterType',
        filter: EMPTY_FILTER,
      }),
  ];
  for (const step of steps) {
    step();
    await nextBackgroundTask();
  }
  markPhase('statistics-warm');
}

/** Time after a change before the columns are built anew: a burst of saves is built once. */
const AFTER_CHANGE_MS = 500;
/** The team sync writes in batches, a second or so apart during a first download: built after it. */
const AFTER_SYNC_MS = 3000;

/**
 * Keeps the Auswertung's columns current after inquiries change: the new list's columns and its
 * month buckets are built in the background, one short step per task, so the first Auswertung
 * after a save does not build them in one long task. Returns a function that stops it.
 */
export function keepStatisticsWarm(store: RecordStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const rebuild = async () => {
    timer = undefined;
    const version = store.tableVersion('inquiries');
    const list = listInquiries(store);
    const steps = inquiryColumnsInSteps(list);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        bucketColumn(step.value, 'month');
        return;
      }
      await nextBackgroundTask();
      // Changed again meanwhile: that change has its own rebuild scheduled.
      if (stopped || store.tableVersion('inquiries') !== version) return;
    }
  };
  const off = store.onRecordChange((table, _id, _record, change) => {
    if (table !== 'inquiries' || stopped || change === 'bookkeeping') return;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), change === 'background' ? AFTER_SYNC_MS : AFTER_CHANGE_MS);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    off();
  };
}
