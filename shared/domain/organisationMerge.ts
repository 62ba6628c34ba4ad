// Merging two records of one organisation, deleting an organisation, and linking free-text referrals
// to an organisation recorded later. Pure planning: the caller writes the returned records (and
// deletes the merged-away organisation) in one transaction, so no link can point at nothing.
import type { Write } from '../retention/retention';
import type { InquiryData } from './inquiry';
import type { ActivityData, OrganisationData, PersonData } from './network';
import { organisationNameKey } from './organisationName';
import { nextMeta, type RecordMeta } from './recordMeta';
import type { InquiryTemplateData } from './template';

interface Stored<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

/** Every record that can point at an organisation. */
export interface OrganisationRecords {
  organisations: ReadonlyArray<Stored<OrganisationData>>;
  persons: ReadonlyArray<Stored<PersonData>>;
  inquiries: ReadonlyArray<Stored<InquiryData>>;
  activities: ReadonlyArray<Stored<ActivityData>>;
  templates: ReadonlyArray<Stored<InquiryTemplateData>>;
  /** Fördermittel and Öffentlichkeitsarbeit: records with an `organisationId` (advised applications, contributions, offers). */
  organised: ReadonlyArray<Stored<OrganisedData> & { table: 'funding' | 'outreach' }>;
}

/** A record that names one organisation: an advised application, a contribution, a Wegweiser offer. */
interface OrganisedData {
  kind: string;
  organisationId?: string;
}

/** What links an organisation has: these block a plain deletion and move with a merge. */
export interface OrganisationLinks {
  persons: number;
  /** Inquiries in which it asked. */
  requested: number;
  /** Inquiries that referred to it. */
  referred: number;
  activities: number;
  /** Advised applications, event contributions, Wegweiser offers. */
  applications: number;
  contributions: number;
  offers: number;
}

export function organisationLinks(orgId: string, records: OrganisationRecords): OrganisationLinks {
  const count = <T>(list: ReadonlyArray<Stored<T>>, test: (d: T) => boolean) =>
    list.filter((r) => test(r.payload.data)).length;
  return {
    persons: count(records.persons, (p) => p.organisationId === orgId),
    requested: count(records.inquiries, (i) => i.requesterOrgId === orgId),
    referred: count(records.inquiries, (i) => !!i.referralOrgIds?.includes(orgId)),
    activities: count(records.activities, (a) => a.organisationIds.includes(orgId)),
    applications: count(records.organised, (r) => r.kind === 'application' && r.organisationId === orgId),
    contributions: count(records.organised, (r) => r.kind === 'contribution' && r.organisationId === orgId),
    offers: count(records.organised, (r) => r.kind === 'offer' && r.organisationId === orgId),
  };
}

export function hasLinks(links: OrganisationLinks): boolean {
  return Object.values(links).some((n) => n > 0);
}

/** `ids` with `from` replaced by `into` (or dropped when `into` is null), without duplicates. */
function replaceId(ids: readonly string[], from: string, into: string | null): string[] {
  return [...new Set(ids.flatMap((id) => (id === from ? (into ? [into] : []) : [id])))];
}

/**
 * The kept organisation after a merge: its own values win; empty fields are filled from the other;
 * offers and memberships are joined; "Im Netzwerk seit" is the earlier date (the partnership began
 * with the first of the two records).
 */
export function mergedOrganisation(kept: OrganisationData, other: OrganisationData): OrganisationData {
  const earlier = [kept.memberSince, other.memberSince].filter(Boolean).sort()[0] ?? '';
  return {
    ...kept,
    type: kept.type || other.type,
    address: kept.address || other.address,
    phone: kept.phone || other.phone,
    email: kept.email || other.email,
    website: kept.website || other.website,
    offers: [...new Set([...kept.offers, ...other.offers])],
    offersText: kept.offersText || other.offersText,
    memberSince: earlier,
    memberships: [...new Set([...kept.memberships, ...other.memberships])],
    notes: [kept.notes, other.notes].filter(Boolean).join('\n\n'),
  };
}

export class OrganisationStillLinkedError extends Error {
  constructor(public readonly links: OrganisationLinks) {
    super('organisation still linked');
    this.name = 'OrganisationStillLinkedError';
  }
}

/**
 * Removing organisation `fromId`. With `intoId`, every link moves to that organisation (a merge) and
 * it takes over empty fields; without, the organisation must have no links (persons, inquiries,
 * activities, advised applications, contributions, Wegweiser offers) — templates only drop it. Returns the writes; the caller deletes `fromId` with them.
 */
export function planOrganisationRemoval(
  fromId: string,
  intoId: string | null,
  records: OrganisationRecords,
  now: Date,
  deviceId: string,
): Write[] {
  if (intoId === fromId) throw new Error('an organisation cannot be merged into itself');
  const from = records.organisations.find((o) => o.id === fromId);
  const into = intoId ? records.organisations.find((o) => o.id === intoId) : undefined;
  if (!from || (intoId && !into)) throw new Error('organisation not found');
  if (!intoId) {
    const links = organisationLinks(fromId, records);
    if (hasLinks(links)) throw new OrganisationStillLinkedError(links);
  }
  const writes: Write[] = [];
  const write = <T>(table: Write['table'], r: Stored<T>, data: T) =>
    writes.push({ table, id: r.id, payload: { data, meta: nextMeta(r.payload.meta, now, deviceId) } });

  if (into) write('organisations', into, mergedOrganisation(into.payload.data, from.payload.data));
  for (const p of records.persons)
    if (p.payload.data.organisationId === fromId)
      write('persons', p, { ...p.payload.data, organisationId: intoId ?? '' });
  for (const i of records.inquiries) {
    const d = i.payload.data;
    const asks = d.requesterOrgId === fromId;
    const refers = !!d.referralOrgIds?.includes(fromId);
    if (!asks && !refers) continue;
    const next: InquiryData = { ...d };
    if (asks) {
      if (intoId) next.requesterOrgId = intoId;
      else delete next.requesterOrgId;
    }
    if (refers) next.referralOrgIds = replaceId(d.referralOrgIds ?? [], fromId, intoId);
    write('inquiries', i, next);
  }
  for (const a of records.activities)
    if (a.payload.data.organisationIds.includes(fromId))
      write('activities', a, {
        ...a.payload.data,
        organisationIds: replaceId(a.payload.data.organisationIds, fromId, intoId),
      });
  // Records that must name an organisation move with a merge (a plain deletion was refused above).
  for (const r of records.organised)
    if (r.payload.data.organisationId === fromId && intoId)
      writes.push({
        table: r.table,
        id: r.id,
        payload: {
          data: { ...r.payload.data, organisationId: intoId },
          meta: nextMeta(r.payload.meta, now, deviceId),
        },
      });
  for (const tpl of records.templates) {
    const ids = tpl.payload.data.fields.referralOrgIds ?? [];
    if (ids.includes(fromId))
      write('templates', tpl, {
        ...tpl.payload.data,
        fields: { ...tpl.payload.data.fields, referralOrgIds: replaceId(ids, fromId, intoId) },
      });
  }
  return writes;
}

/** Free-text referrals that name an organisation: the inquiries and the spellings found. */
export interface ReferralTextMatches {
  inquiryIds: string[];
  texts: string[];
}

/** Inquiries whose free-text "Verwiesen an" names the organisation (normalised: case, umlauts, "e. V."). */
export function referralTextsNaming(
  organisationName: string,
  inquiries: ReadonlyArray<{ id: string; referrals?: readonly string[] }>,
): ReferralTextMatches {
  const key = organisationNameKey(organisationName);
  const inquiryIds: string[] = [];
  const texts = new Set<string>();
  if (!key) return { inquiryIds, texts: [] };
  for (const inq of inquiries) {
    const named = (inq.referrals ?? []).filter((r) => organisationNameKey(r) === key);
    if (named.length === 0) continue;
    inquiryIds.push(inq.id);
    for (const r of named) texts.add(r);
  }
  return { inquiryIds, texts: [...texts] };
}

/**
 * Links those inquiries to the organisation: the free text leaves `referrals` and the organisation
 * joins `referralOrgIds`, so the referral is counted once, as a partner referral.
 */
export function planReferralLinks(
  org: { id: string; name: string },
  inquiries: ReadonlyArray<Stored<InquiryData>>,
  now: Date,
  deviceId: string,
): Write[] {
  const key = organisationNameKey(org.name);
  const writes: Write[] = [];
  if (!key) return writes;
  for (const r of inquiries) {
    const d = r.payload.data;
    const referrals = d.referrals ?? [];
    const kept = referrals.filter((text) => organisationNameKey(text) !== key);
    if (kept.length === referrals.length) continue;
    const next: InquiryData = { ...d, referralOrgIds: [...new Set([...(d.referralOrgIds ?? []), org.id])] };
    if (kept.length) next.referrals = kept;
    else delete next.referrals;
    writes.push({
      table: 'inquiries',
      id: r.id,
      payload: { data: next, meta: nextMeta(r.payload.meta, now, deviceId) },
    });
  }
  return writes;
}
