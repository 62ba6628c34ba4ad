// Organisations, persons and activities: typed access over the store, and saving through the vault.
import { phoneWithMobile, type ExportContact, type ImportedContact } from '../../shared/codecs/contactsCsv';
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
  type PersonData,
  type PersonDraft,
} from '../../shared/domain/network';
import { toDay } from '../../shared/domain/calendarDay';
import { nextMeta } from '../../shared/domain/recordMeta';
import type { RecordTable } from '../../shared/storage/envelope';
import type { LiveRecord } from '../../shared/storage/snapshot';
import {
  organisationLinks,
  planOrganisationRemoval,
  planReferralLinks,
  type OrganisationLinks,
  type OrganisationRecords,
} from '../../shared/domain/organisationMerge';
import { deleteRecords } from './deletion';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';
import {
  newRecordId,
  payloadOf,
  validateRecord,
  type RecordData,
  type RecordPayload,
  type RecordProblem,
} from '../../shared/storage/records';

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
  if (hit && hit.version === store.getVersion()) return hit.list as T[];
  const list = build();
  byTable.set(table, { version: store.getVersion(), list });
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

// ---------- Merge, delete, link free-text referrals ----------
type LinkTable = 'organisations' | 'persons' | 'inquiries' | 'activities' | 'templates';
function stored<T extends LinkTable>(
  store: RecordStore,
  table: T,
): Array<{ id: string; payload: RecordPayload<T> }> {
  return Array.from(store.all(table), (r) => ({ id: r.id, payload: payloadOf(table, r) }));
}

/** Every record that can point at an organisation, as stored. */
function organisationRecords(store: RecordStore): OrganisationRecords {
  return {
    organisations: stored(store, 'organisations'),
    persons: stored(store, 'persons'),
    inquiries: stored(store, 'inquiries'),
    activities: stored(store, 'activities'),
    templates: stored(store, 'templates'),
  };
}

export function linksOfOrganisation(store: RecordStore, id: string): OrganisationLinks {
  return organisationLinks(id, organisationRecords(store));
}

/**
 * Removes organisation `fromId`; with `intoId` its links move there first (a merge). One transaction
 * with the Löschprotokoll line. Without `intoId`, an organisation that still has links is refused.
 */
export async function removeOrganisation(vault: OpenVault, fromId: string, intoId: string | null) {
  const now = new Date();
  const writes = planOrganisationRemoval(
    fromId,
    intoId,
    organisationRecords(vault.store),
    now,
    vault.deviceId,
  );
  await deleteRecords(vault, { removals: [{ table: 'organisations', id: fromId }], writes }, now);
}

/** Links those inquiries to the organisation, in one transaction; returns how many changed. */
export async function linkReferralTexts(vault: OpenVault, org: Pick<Organisation, 'id' | 'name'>) {
  const writes = planReferralLinks(org, stored(vault.store, 'inquiries'), new Date(), vault.deviceId);
  await vault.putMany('inquiries', writes);
  return writes.length;
}

/** An imported contact (1-based position in the file) that does not make a valid record; nothing was written. */
export class ImportRecordError extends Error {
  constructor(
    public readonly position: number,
    public readonly problem: RecordProblem,
  ) {
    super('invalid imported record');
    this.name = 'ImportRecordError';
  }
}

/** What the import preview decided for one contact. */
export type ImportDecision = { action: 'new' } | { action: 'skip' } | { action: 'merge'; personId: string };

/** Options for every person an import creates. */
export interface ImportOptions {
  /** A consent purpose given in the preview: new persons get it, given today. Else "nicht erfasst". */
  consentPurpose?: string;
}

/**
 * Writes imported contacts in one transaction: organisations are created by name when new (with the
 * address, and for a row without a person its phone and e-mail), existing ones only get empty fields
 * filled; persons are created or merged (empty fields filled, nothing overwritten). All or nothing.
 */
export async function importContacts(
  vault: OpenVault,
  contacts: readonly ImportedContact[],
  decisions: readonly ImportDecision[],
  options: ImportOptions = {},
): Promise<{ persons: number; organisations: number; merged: number }> {
  const now = new Date();
  const orgByName = new Map(
    listOrganisations(vault.store).map((o) => [o.name.trim().toLocaleLowerCase('de'), o.id]),
  );
  // Each new or changed organisation remembers the contact it came from, for the message if refused.
  const orgs = new Map<
    string,
    { id: string; payload: RecordPayload<'organisations'>; position: number; isNew: boolean }
  >();
  const persons: Array<{ id: string; payload: RecordPayload<'persons'>; position: number }> = [];
  let merged = 0;
  const purpose = options.consentPurpose?.trim();
  const consent = purpose ? { purpose, givenOn: toDay(now), withdrawnOn: '' } : null;
  const orgIdFor = (c: ImportedContact, position: number) => {
    const name = c.organisation.trim();
    const key = name.toLocaleLowerCase('de');
    if (!key) return '';
    const onlyOrganisation = !c.firstName && !c.lastName;
    let id = orgByName.get(key);
    if (!id) {
      id = newRecordId();
      orgByName.set(key, id);
      orgs.set(id, {
        id,
        payload: { data: emptyOrganisation(name), meta: nextMeta(undefined, now, vault.deviceId) },
        position,
        isNew: true,
      });
    }
    let entry = orgs.get(id);
    if (!entry) {
      const existing = payloadOf('organisations', vault.store.get('organisations', id)!);
      entry = {
        id,
        payload: { data: { ...existing.data }, meta: nextMeta(existing.meta, now, vault.deviceId) },
        position,
        isNew: false,
      };
    }
    const d = entry.payload.data;
    const filled = {
      ...d,
      address: d.address || (c.address ?? ''),
      phone: d.phone || (onlyOrganisation ? phoneWithMobile(c.phone, c.mobile) : ''),
      email: d.email || (onlyOrganisation ? c.email : ''),
    };
    if (entry.isNew || filled.address !== d.address || filled.phone !== d.phone || filled.email !== d.email)
      orgs.set(id, { ...entry, payload: { ...entry.payload, data: filled } });
    return id;
  };
  contacts.forEach((c, i) => {
    const decision = decisions[i] ?? { action: 'new' };
    if (decision.action === 'skip') return;
    const organisationId = orgIdFor(c, i + 1);
    if (!c.firstName && !c.lastName) return; // an organisation only
    const mobile = c.mobile && c.mobile !== c.phone ? c.mobile : '';
    // A business address belongs to the organisation; a person without one keeps it.
    const address = organisationId ? '' : (c.address ?? '');
    if (decision.action === 'merge') {
      const stored = vault.store.get('persons', decision.personId);
      if (!stored) return;
      const existing = payloadOf('persons', stored);
      const d = existing.data;
      const data: PersonData = {
        ...d,
        function: d.function || c.function,
        organisationId: d.organisationId || organisationId,
        phone: d.phone || c.phone,
        mobile: d.mobile || mobile,
        address: d.address || address,
        email: d.email || c.email,
        notes: d.notes || c.notes,
      };
      persons.push({
        id: decision.personId,
        payload: { data, meta: nextMeta(existing.meta, now, vault.deviceId) },
        position: i + 1,
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
      mobile,
      address,
      email: c.email,
      notes: c.notes,
      consent,
    };
    persons.push({
      id: newRecordId(),
      payload: { data, meta: nextMeta(undefined, now, vault.deviceId) },
      position: i + 1,
    });
  });
  const newOrgs = [...orgs.values()];
  for (const [table, records] of [
    ['organisations', newOrgs],
    ['persons', persons],
  ] as const) {
    for (const r of records) {
      const result = validateRecord(table, r.id, r.payload);
      if (!result.ok) throw new ImportRecordError(r.position, result.problem);
    }
  }
  await vault.putAll([
    { table: 'organisations', records: newOrgs },
    { table: 'persons', records: persons },
  ]);
  return { persons: persons.length - merged, organisations: newOrgs.filter((o) => o.isNew).length, merged };
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
      mobile: p.mobile,
      address: p.address || org?.address || '',
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
      mobile: '',
      address: org.address,
      notes: org.notes,
    });
  }
  return out;
}

export function displayPerson(p: Person, orgs: ReadonlyMap<string, Organisation>): string {
  const org = p.organisationId ? orgs.get(p.organisationId)?.name : undefined;
  return org ? `${personName(p)} (${org})` : personName(p);
}
