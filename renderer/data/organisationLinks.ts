// What points at an organisation: its links, merging or deleting it (links move first), and linking
// free-text referrals ("Verwiesen an") to it.
import type { Organisation } from '../../shared/domain/network';
import {
  organisationLinks,
  planOrganisationRemoval,
  planReferralLinks,
  type OrganisationLinks,
  type OrganisationRecords,
} from '../../shared/domain/organisationMerge';
import { payloadOf, type RecordPayload } from '../../shared/storage/records';
import { deleteRecords } from './deletion';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';

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
    organised: [
      ...Array.from(store.all('funding'), (r) => ({
        table: 'funding' as const,
        id: r.id,
        payload: payloadOf('funding', r),
      })),
      ...Array.from(store.all('outreach'), (r) => ({
        table: 'outreach' as const,
        id: r.id,
        payload: payloadOf('outreach', r),
      })),
    ],
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
