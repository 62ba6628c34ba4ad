// Organisations, persons and activities: typed access over the store, and saving through the vault.
import { uuidv7 } from 'uuidv7';
import type { ExportContact, ImportedContact } from '../../shared/codecs/contactsCsv';
import {
  emptyOrganisation,
  emptyPerson,
  personName,
  seriesOccurrence,
  type Activity,
  type ActivityData,
  type ActivityDraft,
  type Organisation,
  type OrganisationData,
  type OrganisationDraft,
  type Person,
  type PersonData,
  type PersonDraft,
} from '../../shared/domain/network';
import { toDay } from '../../shared/domain/calendarDay';
import { nextMeta, type RecordMeta } from '../../shared/domain/recordMeta';
import type { RecordTable } from '../../shared/storage/envelope';
import type { LiveRecord } from '../../shared/storage/snapshot';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

interface Stored<T> {
  data: T;
  meta: RecordMeta;
}

function withMeta<T>(record: LiveRecord): T & { id: string; createdAt: string; changedAt: string } {
  const { data, meta } = record.payload as Stored<T>;
  return { ...data, id: record.id, createdAt: meta.createdAt, changedAt: meta.changedAt };
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });
const caches = new WeakMap<RecordStore, Map<RecordTable, { version: number; list: unknown[] }>>();

function cachedList<T>(store: RecordStore, table: RecordTable, build: () => T[]): T[] {
  let byTable = caches.get(store);
  if (!byTable) caches.set(store, (byTable = new Map()));
  const hit = byTable.get(table);
  if (hit && hit.version === store.getVersion()) return hit.list as T[];
  const list = build();
  byTable.set(table, { version: store.getVersion(), list });
  return list;
}

export function toOrganisation(record: LiveRecord): Organisation {
  return { ...emptyOrganisation(), ...withMeta<OrganisationData>(record) };
}
export function toPerson(record: LiveRecord): Person {
  return { ...emptyPerson(), ...withMeta<PersonData>(record) };
}
export function toActivity(record: LiveRecord): Activity {
  return withMeta<ActivityData>(record);
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

async function save<T>(
  vault: OpenVault,
  table: RecordTable,
  id: string | undefined,
  data: T,
  now = new Date(),
) {
  const recordId = id ?? uuidv7();
  const previous = id ? (vault.store.get(table, id)?.payload as Stored<T> | undefined) : undefined;
  return vault.put(table, recordId, { data, meta: nextMeta(previous?.meta, now, vault.deviceId) });
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
    id: uuidv7(),
    payload: {
      data: seriesOccurrence(draft, date, toDay(now)),
      meta: nextMeta(undefined, now, vault.deviceId),
    },
  }));
  await vault.putMany('activities', records);
  return records.map((r) => getActivity(vault.store, r.id)!);
}

/** What the import preview decided for one contact. */
export type ImportDecision = { action: 'new' } | { action: 'skip' } | { action: 'merge'; personId: string };

/**
 * Writes imported contacts in one transaction: organisations are created by name when new, persons
 * are created or merged (empty fields filled, nothing overwritten). All or nothing.
 */
export async function importContacts(
  vault: OpenVault,
  contacts: readonly ImportedContact[],
  decisions: readonly ImportDecision[],
): Promise<{ persons: number; organisations: number; merged: number }> {
  const now = new Date();
  const orgByName = new Map(
    listOrganisations(vault.store).map((o) => [o.name.trim().toLocaleLowerCase('de'), o.id]),
  );
  const newOrgs: Array<{ id: string; payload: unknown }> = [];
  const persons: Array<{ id: string; payload: unknown }> = [];
  let merged = 0;
  const orgIdFor = (name: string) => {
    const key = name.trim().toLocaleLowerCase('de');
    if (!key) return '';
    let id = orgByName.get(key);
    if (!id) {
      id = uuidv7();
      orgByName.set(key, id);
      newOrgs.push({
        id,
        payload: { data: emptyOrganisation(name.trim()), meta: nextMeta(undefined, now, vault.deviceId) },
      });
    }
    return id;
  };
  contacts.forEach((c, i) => {
    const decision = decisions[i] ?? { action: 'new' };
    if (decision.action === 'skip') return;
    const organisationId = orgIdFor(c.organisation);
    if (!c.firstName && !c.lastName) return; // an organisation only
    if (decision.action === 'merge') {
      const existing = vault.store.get('persons', decision.personId)?.payload as
        Stored<PersonData> | undefined;
      if (!existing) return;
      const d = existing.data;
      const data: PersonData = {
        ...d,
        function: d.function || c.function,
        organisationId: d.organisationId || organisationId,
        phone: d.phone || c.phone,
        email: d.email || c.email,
        notes: d.notes || c.notes,
      };
      persons.push({
        id: decision.personId,
        payload: { data, meta: nextMeta(existing.meta, now, vault.deviceId) },
      });
      merged++;
      return;
    }
    const data: PersonData = {
      ...emptyPerson(),
      firstName: c.firstName,
      lastName: c.lastName,
      function: c.function,
      organisationId,
      phone: c.phone,
      email: c.email,
      notes: c.notes,
    };
    persons.push({ id: uuidv7(), payload: { data, meta: nextMeta(undefined, now, vault.deviceId) } });
  });
  await vault.putAll([
    { table: 'organisations', records: newOrgs },
    { table: 'persons', records: persons },
  ]);
  return { persons: persons.length - merged, organisations: newOrgs.length, merged };
}

/** Every person (with their organisation) and every organisation without people, for CSV/vCard. */
export function contactsForExport(store: RecordStore): ExportContact[] {
  const orgs = new Map(listOrganisations(store).map((o) => [o.id, o]));
  const withPeople = new Set<string>();
  const out: ExportContact[] = listPersons(store).map((p) => {
    const org = p.organisationId ? orgs.get(p.organisationId) : undefined;
    if (org) withPeople.add(org.id);
    return {
      firstName: p.firstName,
      lastName: p.lastName,
      organisation: org?.name ?? '',
      function: p.function,
      email: p.email,
      phone: p.phone,
      notes: p.notes,
    };
  });
  for (const org of orgs.values()) {
    if (withPeople.has(org.id)) continue;
    out.push({
      firstName: '',
      lastName: '',
      organisation: org.name,
      function: '',
      email: org.email,
      phone: org.phone,
      notes: org.notes,
    });
  }
  return out;
}

export function displayPerson(p: Person, orgs: ReadonlyMap<string, Organisation>): string {
  const org = p.organisationId ? orgs.get(p.organisationId)?.name : undefined;
  return org ? `${personName(p)} (${org})` : personName(p);
}
