// Recurring activities (a monthly Lotsentreffen, say): which dates belong to one series, and what
// editing or cancelling one date changes when the user picks "Nur diesen Termin", "Diesen und alle
// folgenden" or "Alle Termine der Reihe".
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import { toDay, type CalendarDay } from './calendarDay';
import {
  activityDraftSchema,
  recurringDays,
  type Activity,
  type ActivityData,
  type ActivityDraft,
} from './network';

export type SeriesScope = 'one' | 'following' | 'all';

/** A new series: every date gets the same random id. One date alone is no series. */
export function withNewSeriesId(draft: ActivityDraft, days: readonly CalendarDay[]): ActivityDraft {
  if (days.length <= 1) return draft;
  return { ...draft, seriesId: globalThis.crypto.randomUUID() };
}

type Member = Pick<Activity, 'id' | 'date' | 'createdAt' | 'title' | 'type' | 'seriesId'>;

export interface Series<T> {
  /** Every date of the series, earliest first; just the activity itself when it is no series. */
  members: T[];
  /**
   * A series made before series had an id: recognised by the way it was saved (see below). Saving any
   * change gives all its dates an id, so they stay one series whatever is edited later.
   */
  legacy: boolean;
}

const byDate = <T extends Member>(a: T, b: T) => a.date.localeCompare(b.date);

/**
 * The series an activity belongs to. With a `seriesId`, the dates sharing it. Without one, a series
 * saved before the id existed is recognised only where that is safe: it was written in one
 * transaction, so its dates share the creation instant to the millisecond (a person cannot create two
 * activities in one); they also share title and type, fall on different days, and all lie on one
 * weekly, fortnightly or monthly grid from the first. A date edited on its own before (title changed)
 * no longer matches and stays a single date.
 */
export function seriesOf<T extends Member>(activity: T, all: readonly T[]): Series<T> {
  if (activity.seriesId) {
    return { members: all.filter((a) => a.seriesId === activity.seriesId).sort(byDate), legacy: false };
  }
  const alone = { members: [activity], legacy: false };
  const members = all
    .filter(
      (a) =>
        !a.seriesId &&
        a.createdAt === activity.createdAt &&
        a.title === activity.title &&
        a.type === activity.type,
    )
    .sort(byDate);
  if (members.length < 2) return alone;
  const days = members.map((m) => m.date);
  if (new Set(days).size !== days.length) return alone;
  const onGrid = (['weekly', 'biweekly', 'monthly'] as const).some((r) => {
    const grid = new Set(recurringDays(days[0]!, r, 60));
    return days.every((d) => grid.has(d));
  });
  return onGrid ? { members, legacy: true } : alone;
}

/** The dates a choice affects: this one, this and the later ones, or all. */
export function inScope<T extends Member>(activity: T, members: readonly T[], scope: SeriesScope): T[] {
  if (scope === 'one') return [activity];
  if (scope === 'following') return members.filter((m) => m.date >= activity.date);
  return [...members];
}

/**
 * Fields that are each date's own and never copied to other dates: how many took part or were
 * supported. (A count recorded for a past date must survive when the rest of the series is edited,
 * and a planned date must not get one.)
 */
const OWN_FIELDS = new Set<keyof ActivityDraft>([
  'participants',
  'personsSupported',
  'familiesSupported',
  'seriesId',
]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/** The fields changed in the dialog that would carry over to other dates of the series. */
export function sharedChanges(original: ActivityData, draft: ActivityDraft): Array<keyof ActivityDraft> {
  const keys = Object.keys(activityDraftSchema.shape) as Array<keyof ActivityDraft>;
  return keys.filter((k) => !OWN_FIELDS.has(k) && !same(original[k], draft[k]));
}

/** An activity's data without its id and timestamps. */
export function activityData(a: Activity): ActivityData {
  const { id: _id, createdAt: _created, changedAt: _changed, ...data } = a;
  return data;
}

/**
 * What saving an edited date writes, for the user's choice of `scope`. The edited date takes the draft
 * as it is; the other dates in scope take only the fields changed in the dialog (a moved date moves
 * them by as many days) and keep their own participant counts. A legacy series gets an id on every
 * date, also on those outside the scope, so it stays one series. "Diesen und alle folgenden" from a
 * later date splits the series, as calendars do: the changed dates become a series of their own, so a
 * later "Alle Termine" on the earlier dates does not undo the change.
 */
export function seriesEditWrites(
  original: Activity,
  draft: ActivityDraft,
  series: Series<Activity>,
  scope: SeriesScope,
  newId: () => string = () => globalThis.crypto.randomUUID(),
): Array<{ id: string; data: ActivityData }> {
  const seriesId = series.legacy ? newId() : original.seriesId;
  const members = series.members.some((m) => m.id === original.id) ? series.members : [original];
  const targets = new Set(inScope(original, members, scope).map((t) => t.id));
  const split = scope === 'following' && targets.size > 1 && targets.size < members.length;
  const targetId = split ? newId() : seriesId;
  const withSeries = (data: ActivityData, id: string | undefined): ActivityData =>
    id ? { ...data, seriesId: id } : data;
  const changed = sharedChanges(activityData(original), draft);
  const shift = differenceInCalendarDays(parseISO(draft.date), parseISO(original.date));
  return members
    .filter((m) => targets.has(m.id) || series.legacy)
    .map((member) => {
      if (member.id === original.id) return { id: member.id, data: withSeries(draft, targetId) };
      const data: Record<string, unknown> = { ...activityData(member) };
      if (!targets.has(member.id)) return { id: member.id, data: withSeries(data as ActivityData, seriesId) };
      for (const key of changed) data[key] = draft[key];
      if (shift) data.date = toDay(addDays(parseISO(member.date), shift));
      return { id: member.id, data: withSeries(data as ActivityData, targetId) };
    });
}
