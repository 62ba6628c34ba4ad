// Writing the contacts a CSV or vCard import brings: organisations by name, persons new or merged.
import { phoneWithMobile, type ImportedContact } from '../../shared/codecs/contactsCsv';
import { emptyOrganisation, emptyPerson, type PersonData } from '../../shared/domain/network';
import { toDay } from '../../shared/domain/calendarDay';
import { nextMeta } from '../../shared/domain/recordMeta';
import {
  newRecordId,
  payloadOf,
  validateRecord,
  type RecordPayload,
  type RecordProblem,
} from '../../shared/storage/records';
import { listOrganisations } from './networkRecords';
import type { OpenVault } from './vault';

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
