// Statistics warm-up: computes the default "Auswertung" once in idle time after unlock, so the first
// visit does not pay for parsing 50,000 dates (integer columns, follow-up day lists are cached).
import { toDay } from '../../shared/domain/calendarDay';
import { EMPTY_FILTER } from '../../shared/domain/inquiryFilter';
import { computeDashboard } from '../../shared/stats/dashboard';
import { listFollowups } from './followups';
import { listInquiries } from './inquiries';
import { listActivities } from './network';
import { markPhase } from './perfMarks';
import type { RecordStore } from './recordStore';

export function warmStatistics(store: RecordStore, now = new Date()): void {
  computeDashboard(listInquiries(store), listActivities(store), listFollowups(store), {
    from: `${now.getFullYear()}-01-01`,
    to: toDay(now),
    grouping: 'month',
    stackBy: 'requesterType',
    filter: EMPTY_FILTER,
  });
  markPhase('statistics-warm');
}
