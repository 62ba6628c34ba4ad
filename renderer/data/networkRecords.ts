// Organisations, persons and activities: typed, cached lists over the store, and saving through the vault.
import {
  emptyOrganisation,
  emptyPerson,
  personName,
  seriesOccurrence,
  type Activity,
  type ActivityDraft,
  type Organisation,
  type OrganisationDraft,
  type Person,
  type PersonDraft,
} from '../../shared/domain/network';
import { toDay } from '../../shared/domain/calendarDay';
import { nextMeta } from '../../shared/domain/recordMeta';
import type { RecordTable } from '../../shared/storage/envelope';
import type { LiveRecord } from '../../shared/storage/snapshot';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';
import { newRecordId, payloadOf, type RecordData, type RecordPayload } from '../../shared/storage/records';

type NetworkTable = 'organisations' | 'persons' | 'activities';

function withMeta<T extends NetworkTable>(table: T, record: LiveRecord) {
  const { data, meta } = payloadOf(table, record);
  return { ...data, id: record.id, createdAt: meta.createdAt, changedAt: meta.changedAt };
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });
const caches = new WeakMap<RecordStore, Map<RecordTable, { version: number; list: unknown[] }>>();

function cachedList<T>(store: RecordStore, table: RecordTable, build: () => T[]): T[] {
  let byTable = caches.get(store);
  if (!byTable) caches.set(store, (byTable = new Map()));
  const hit = byTable.get(table);
  if (hit && hit.version === store.tableVersion(table)) return hit.list as T[];
  const list = build();
  byTable.set(table, { version: store.tableVersion(table), list });
  return list;
}

export function toOrganisation(record: LiveRecord): Organisation {
  return { ...emptyOrganisation(), ...withMeta('organisations', record) };
}
export function toPerson(record: LiveRecord): Person {
  return { ...emptyPerson(), ...withMeta('persons', record) };
}
export function toActivity(record: LiveRecord): Activity {
  return withMeta('activities', record);
}

export function listOrganisations(store: RecordStore): Organisation[] {
  return cachedList(store, 'organisations', () =>
    Array.from(store.all('organisations'), toOrganisation).sort((a, b) => collator.compare(a.name, b.name)),
  );
}

export function listPersons(store: RecordStore): Person[] {
  return cachedList(store, 'persons', () =>
    Array.from(store.all('persons'), toPerson).sort(
      (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
    ),
  );
}

export function listActivities(store: RecordStore): Activity[] {
  return cachedList(store, 'activities', () =>
    Array.from(store.all('activities'), toActivity).sort((a, b) =>
      a.date === b.date ? (a.startTime < b.startTime ? 1 : -1) : a.date < b.date ? 1 : -1,
    ),
  );
}

export function getOrganisation(store: RecordStore, id: string): Organisation | undefined {
  const r = store.get('organisations', id);
  return r ? toOrganisation(r) : undefined;
}
export function getPerson(store: RecordStore, id: string): Person | undefined {
  const r = store.get('persons', id);
  return r ? toPerson(r) : undefined;
}
export function getActivity(store: RecordStore, id: string): Activity | undefined {
  const r = store.get('activities', id);
  return r ? toActivity(r) : undefined;
}

async function save<T extends NetworkTable>(
  vault: OpenVault,
  table: T,
  id: string | undefined,
  data: RecordData<T>,
  now = new Date(),
) {
  const recordId = id ?? newRecordId();
  const stored = id ? vault.store.get(table, id) : undefined;
  const previous = stored && payloadOf(table, stored);
  const payload: RecordPayload<T> = { data, meta: nextMeta(previous?.meta, now, vault.deviceId) };
  return vault.put(table, recordId, payload);
}

export async function saveOrganisation(vault: OpenVault, id: string | undefined, draft: OrganisationDraft) {
  return toOrganisation(await save(vault, 'organisations', id, draft));
}
export async function savePerson(vault: OpenVault, id: string | undefined, draft: PersonDraft) {
  return toPerson(await save(vault, 'persons', id, draft));
}

/** Saves an activity; a recurring series is one transaction with one record per day. */
export async function saveActivities(
  vault: OpenVault,
  id: string | undefined,
  draft: ActivityDraft,
  days: string[] = [draft.date],
) {
  if (id || days.length <= 1) return [toActivity(await save(vault, 'activities', id, draft))];
  const now = new Date();
  const records = days.map((date) => ({
    id: newRecordId(),
    payload: {
      data: seriesOccurrence(draft, date, toDay(now)),
      meta: nextMeta(undefined, now, vault.deviceId),
    },
  }));
  await vault.putMany('activities', records);
  return records.map((r) => getActivity(vault.store, r.id)!);
}

export function displayPerson(p: Person, orgs: ReadonlyMap<string, Organisation>): string {
  const org = p.organisationId ? orgs.get(p.organisationId)?.name : undefined;
  return org ? `${personName(p)} (${org})` : personName(p);
}
