// Follow-ups the app keeps in step with dates of other records (funding deadlines, the milestones of
// an event series). Each carries its date's `source`, so saving the record again moves it (a new
// day), retitles it, closes or removes it (the date is gone) instead of adding another.
import type { CalendarDay } from './calendarDay';
import type { FollowupData } from './followup';

/** A date a record keeps a follow-up for. */
export interface SourcedDate {
  /** Stable per record and date, e.g. `funding:<id>:proof`, `outreach:<id>:milestone:<id>`. */
  source: string;
  due: CalendarDay;
  /** Passed already: kept where a follow-up exists, not created anew. */
  past?: true;
}

export interface LinkedFollowup {
  id: string;
  data: FollowupData;
}

export interface FollowupChanges {
  create: FollowupData[];
  update: LinkedFollowup[];
  remove: string[];
}

export interface ReconcileOptions {
  /** Dates that came back (a status set back): their follow-ups reopen even on the same day. */
  returned?: ReadonlySet<string>;
  /**
   * What happens to the follow-up of a date the record no longer has: `close` marks an open one done
   * (a deadline met), `remove` deletes it (a milestone taken out of the plan). Default `close`.
   */
  gone?: 'close' | 'remove';
}

/**
 * What to write so the follow-ups of one record match its dates. `linked`: the follow-ups whose
 * source belongs to the record; `dates` undefined: the record is deleted (all its follow-ups go).
 * A date that moved reopens its follow-up on the new day; a second follow-up of the same date (two
 * team members saved at once) is removed.
 */
export function reconcileSourcedFollowups<D extends SourcedDate>(
  dates: readonly D[] | undefined,
  linked: readonly LinkedFollowup[],
  titleOf: (date: D) => string,
  now: Date,
  { returned = new Set(), gone = 'close' }: ReconcileOptions = {},
): FollowupChanges {
  if (!dates) return { create: [], update: [], remove: linked.map((f) => f.id) };
  const changes: FollowupChanges = { create: [], update: [], remove: [] };
  const bySource = new Map<string, LinkedFollowup>();
  for (const f of [...linked].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (bySource.has(f.data.source ?? '')) changes.remove.push(f.id);
    else bySource.set(f.data.source ?? '', f);
  }
  for (const date of dates) {
    const existing = bySource.get(date.source);
    bySource.delete(date.source);
    const title = titleOf(date);
    if (!existing) {
      if (date.past) continue;
      changes.create.push({ title, due: date.due, notes: '', status: 'offen', source: date.source });
    } else if (
      existing.data.due !== date.due ||
      (returned.has(date.source) && existing.data.status !== 'offen')
    ) {
      const { doneAt: _done, ...open } = existing.data;
      changes.update.push({ id: existing.id, data: { ...open, title, due: date.due, status: 'offen' } });
    } else if (existing.data.title !== title && existing.data.status === 'offen') {
      changes.update.push({ id: existing.id, data: { ...existing.data, title } });
    }
  }
  for (const stale of bySource.values()) {
    if (gone === 'remove') changes.remove.push(stale.id);
    else if (stale.data.status === 'offen') {
      changes.update.push({
        id: stale.id,
        data: { ...stale.data, status: 'erledigt', doneAt: now.toISOString() },
      });
    }
  }
  return changes;
}
