// The contacts as a CSV or vCard export sees them: persons with their organisation, and organisations
// without people.
import type { ExportContact } from '../../shared/codecs/contactsCsv';
import { listOrganisations, listPersons } from './networkRecords';
import type { RecordStore } from './recordStore';

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
