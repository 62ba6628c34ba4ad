// Editing the category lists: ids stay stable, used entries can be hidden but never deleted.
import type { CategoryEntry } from './categories';

export type ListProblem = 'emptyLabel' | 'duplicateLabel' | 'inUse';

function normalized(label: string): string {
  return label.trim().toLocaleLowerCase('de');
}

export function validateLabel(
  list: readonly CategoryEntry[],
  label: string,
  exceptId?: string,
): ListProblem | null {
  if (!label.trim()) return 'emptyLabel';
  if (list.some((e) => e.id !== exceptId && normalized(e.label) === normalized(label)))
    return 'duplicateLabel';
  return null;
}

export function addEntry(list: readonly CategoryEntry[], label: string, id: string): CategoryEntry[] {
  return [...list, { id, label: label.trim() }];
}

export function renameEntry(list: readonly CategoryEntry[], id: string, label: string): CategoryEntry[] {
  return list.map((e) => (e.id === id ? { ...e, label: label.trim() } : e));
}

export function setHidden(list: readonly CategoryEntry[], id: string, hidden: boolean): CategoryEntry[] {
  return list.map((e) => {
    if (e.id !== id) return e;
    if (hidden) return { ...e, hidden: true };
    const { hidden: _removed, ...rest } = e;
    return rest;
  });
}

export function moveEntry(list: readonly CategoryEntry[], id: string, delta: -1 | 1): CategoryEntry[] {
  const index = list.findIndex((e) => e.id === id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

/** Deleting is only for entries nobody used; used ones are hidden instead, so old statistics keep their meaning. */
export function removeEntry(
  list: readonly CategoryEntry[],
  id: string,
  usage: number,
): CategoryEntry[] | 'inUse' {
  if (usage > 0) return 'inUse';
  return list.filter((e) => e.id !== id);
}

/** How often each entry of a list is used, so Einstellungen can refuse deleting used ones. */
export function countListUsage(
  key: string,
  inquiries: ReadonlyArray<{
    channel: string;
    requesterType: string;
    topics: string[];
    targetGroup?: string;
    result?: string;
    municipality?: string;
    handledBy?: string;
    fieldOfAction?: string;
  }>,
  followups: ReadonlyArray<{ assignee?: string }>,
  network: {
    organisations?: ReadonlyArray<{ type: string; offers: string[]; memberships: string[] }>;
    activities?: ReadonlyArray<{ type: string; municipality: string; fieldOfAction?: string }>;
    persons?: ReadonlyArray<{ volunteer: { municipality: string } | null }>;
    /** Wegweiser offers: their chapter and Gemeinde. */
    offers?: ReadonlyArray<{ chapter: string; municipality: string }>;
  } = {},
  /** The inquiries' counts for this list when known already (from the statistics columns). */
  inquiryCounts?: ReadonlyMap<string, number>,
): Map<string, number> {
  const counts = new Map<string, number>(inquiryCounts);
  const add = (id: string | undefined) => {
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  if (!inquiryCounts)
    for (const inq of inquiries) {
      if (key === 'channels') add(inq.channel);
      else if (key === 'requesterTypes') add(inq.requesterType);
      else if (key === 'topics') inq.topics.forEach(add);
      else if (key === 'targetGroups') add(inq.targetGroup);
      else if (key === 'results') add(inq.result);
      else if (key === 'municipalities') add(inq.municipality);
      else if (key === 'teamMembers') add(inq.handledBy);
      else if (key === 'fieldsOfAction') add(inq.fieldOfAction);
    }
  if (key === 'teamMembers') for (const f of followups) add(f.assignee);
  for (const org of network.organisations ?? []) {
    if (key === 'organisationTypes') add(org.type);
    else if (key === 'topics') org.offers.forEach(add);
    else if (key === 'workingGroups') org.memberships.forEach(add);
  }
  for (const act of network.activities ?? []) {
    if (key === 'activityTypes') add(act.type);
    else if (key === 'municipalities') add(act.municipality);
    else if (key === 'fieldsOfAction') add(act.fieldOfAction);
  }
  if (key === 'municipalities') for (const p of network.persons ?? []) add(p.volunteer?.municipality);
  for (const offer of network.offers ?? []) {
    if (key === 'guideChapters') add(offer.chapter);
    else if (key === 'municipalities') add(offer.municipality);
  }
  return counts;
}
