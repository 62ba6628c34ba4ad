// Wiedervorlage: something to look at again on a due date, so nothing is forgotten.
import { z } from 'zod';
import { maxChars } from './limitMessage';
import { isValidDay, isoWeekBounds, toDay, type CalendarDay } from './calendarDay';

export const FOLLOWUP_STATUSES = ['offen', 'erledigt'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export const followupDraftSchema = z.object({
  title: z.string().trim().min(1, 'validation.titleRequired').max(200, maxChars(200)),
  due: z.string().refine(isValidDay, 'validation.dateInvalid'),
  assignee: z.string(),
  notes: z.string().max(20000, maxChars(20000)),
  inquiryId: z.string().nullable(),
});
export type FollowupDraft = z.infer<typeof followupDraftSchema>;

export interface FollowupData {
  title: string;
  due: CalendarDay;
  assignee?: string;
  notes: string;
  inquiryId?: string;
  status: FollowupStatus;
  doneAt?: string;
  /** Set by the app for a deadline it keeps in step (shared/funding/deadlines.ts). */
  source?: string;
}

export interface Followup extends FollowupData {
  id: string;
  createdAt: string;
  changedAt: string;
}

export function followupDraftToData(draft: FollowupDraft, previous: FollowupData | undefined): FollowupData {
  return {
    title: draft.title.trim(),
    due: draft.due,
    notes: draft.notes,
    status: previous?.status ?? 'offen',
    ...(draft.assignee ? { assignee: draft.assignee } : {}),
    ...(draft.inquiryId ? { inquiryId: draft.inquiryId } : {}),
    ...(previous?.doneAt ? { doneAt: previous.doneAt } : {}),
    ...(previous?.source ? { source: previous.source } : {}),
  };
}

export function followupToDraft(data: FollowupData): FollowupDraft {
  return {
    title: data.title,
    due: data.due,
    assignee: data.assignee ?? '',
    notes: data.notes,
    inquiryId: data.inquiryId ?? null,
  };
}

export function markDone(data: FollowupData, now: Date): FollowupData {
  return { ...data, status: 'erledigt', doneAt: now.toISOString() };
}

export function reopen(data: FollowupData): FollowupData {
  const { doneAt: _d, ...rest } = data;
  return { ...rest, status: 'offen' };
}

export interface FollowupGroups<T> {
  overdue: T[];
  today: T[];
  thisWeek: T[];
  later: T[];
  done: T[];
}

/** Open follow-ups by urgency relative to `now` (local days, ISO weeks); done ones apart. Sorted by due date. */
export function groupFollowups<T extends FollowupData & { id: string }>(
  items: readonly T[],
  now: Date,
): FollowupGroups<T> {
  const today = toDay(now);
  const weekEnd = isoWeekBounds(now).end;
  const groups: FollowupGroups<T> = { overdue: [], today: [], thisWeek: [], later: [], done: [] };
  for (const item of items) {
    if (item.status === 'erledigt') groups.done.push(item);
    else if (item.due < today) groups.overdue.push(item);
    else if (item.due === today) groups.today.push(item);
    else if (item.due <= weekEnd) groups.thisWeek.push(item);
    else groups.later.push(item);
  }
  groups.overdue.sort(byDue);
  groups.today.sort(byDue);
  groups.thisWeek.sort(byDue);
  groups.later.sort(byDue);
  groups.done.sort((a, b) => ((a.doneAt ?? '') < (b.doneAt ?? '') ? 1 : -1));
  return groups;
}

// One collator for every comparison: `localeCompare(…, 'de')` sets one up per call, which costs
// more than the rest of a 20,000-item sort.
const titleOrder = new Intl.Collator('de').compare;

/** By due day, then title as German sorts it. */
function byDue(a: FollowupData, b: FollowupData): number {
  return a.due === b.due ? titleOrder(a.title, b.title) : a.due < b.due ? -1 : 1;
}

/**
 * What needs attention today: the overdue and the today-due open follow-ups (sorted as in
 * groupFollowups), and how many are open at all — without sorting the rest.
 */
export function dueFollowups<T extends FollowupData>(
  items: readonly T[],
  now: Date,
): { overdue: T[]; today: T[]; open: number } {
  const today = toDay(now);
  const overdue: T[] = [];
  const dueToday: T[] = [];
  let open = 0;
  for (const item of items) {
    if (item.status === 'erledigt') continue;
    open++;
    if (item.due < today) overdue.push(item);
    else if (item.due === today) dueToday.push(item);
  }
  return { overdue: overdue.sort(byDue), today: dueToday.sort(byDue), open };
}

/** The "Zuständig" filter of the follow-up list: everyone, nobody assigned, or one team member's id. */
export type AssigneeFilter = { kind: 'all' } | { kind: 'nobody' } | { kind: 'member'; id: string };

export function filterByAssignee<T extends FollowupData>(items: readonly T[], filter: AssigneeFilter): T[] {
  if (filter.kind === 'all') return [...items];
  if (filter.kind === 'nobody') return items.filter((f) => !f.assignee);
  return items.filter((f) => f.assignee === filter.id);
}
