// The Wegweiser for integration portals and district websites, in the shape of the Open Referral
// Human Services Data Specification (HSDS 3.0): the tables organizations, services, locations,
// service_at_location, addresses, phones, languages, schedules and service_areas with HSDS's own
// field names (schema/*.json of openreferral/specification). JSON holds every table as an array;
// the services table also goes out as CSV (services.csv of the HSDS data package).
//
// Only offers whose provider consented, and only the organisations providing them. Ids are the
// app's record ids (stable across exports, so a portal can update rather than duplicate); rows
// derived from them carry a suffix ("…-standort").
import Papa from 'papaparse';
import { defuseCsvText } from '../codecs/csv';
import { labelOf, type CategoryEntry } from '../domain/categories';
import { publishableOffers } from './guideDocument';
import type { GuideOffer, GuideOrganisation } from './guideReview';

export const HSDS_VERSION = '3.0';

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
}
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  status: 'active';
  eligibility_description?: string;
  fees_description?: string;
  /** The offer's contact: how to reach the service. */
  application_process?: string;
  /** "zuletzt geprüft am": the day the information was last checked. */
  assured_date?: string;
}
export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
}
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}
export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}
export interface HsdsPhone {
  id: string;
  organization_id: string;
  number: string;
}
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  /** ISO 639-1 (or 639-3) when the German name is a known one. */
  code?: string;
}
export interface HsdsSchedule {
  id: string;
  service_id: string;
  description: string;
}
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}

export interface HsdsExport {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  service_at_location: HsdsServiceAtLocation[];
  addresses: HsdsAddress[];
  phones: HsdsPhone[];
  languages: HsdsLanguage[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
}

/** German language names as typed in the offers, to ISO 639 codes. */
const LANGUAGE_CODES: Record<string, string> = {
  albanisch: 'sq',
  amharisch: 'am',
  arabisch: 'ar',
  bosnisch: 'bs',
  bulgarisch: 'bg',
  chinesisch: 'zh',
  dari: 'prs',
  deutsch: 'de',
  englisch: 'en',
  farsi: 'fa',
  französisch: 'fr',
  griechisch: 'el',
  italienisch: 'it',
  kroatisch: 'hr',
  kurdisch: 'ku',
  paschtu: 'ps',
  persisch: 'fa',
  polnisch: 'pl',
  portugiesisch: 'pt',
  rumänisch: 'ro',
  russisch: 'ru',
  serbisch: 'sr',
  somali: 'so',
  spanisch: 'es',
  tigrinya: 'ti',
  türkisch: 'tr',
  ukrainisch: 'uk',
  urdu: 'ur',
  vietnamesisch: 'vi',
};

export function languageCode(name: string): string | undefined {
  return LANGUAGE_CODES[name.trim().toLocaleLowerCase('de')];
}

/**
 * A German address typed in one line, split as well as it can be: "Marktstraße 12, 06484
 * Quedlinburg" or "Quedlinburg, Marktstraße 12". Whatever cannot be told apart stays in address_1.
 */
export function splitAddress(text: string): { address_1: string; postal_code: string; city: string } {
  const parts = text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const withCode = parts.findIndex((p) => /^\d{5}\s+\S/.test(p));
  if (withCode >= 0) {
    const [, code = '', city = ''] = /^(\d{5})\s+(.+)$/.exec(parts[withCode]!) ?? [];
    return {
      address_1: parts.filter((_p, i) => i !== withCode).join(', '),
      postal_code: code,
      city: city.trim(),
    };
  }
  // Two parts, one ending in a house number: that one is the street, the other the place.
  if (parts.length === 2) {
    const street = parts.findIndex((p) => /\d+\s*[a-z]?$/i.test(p));
    const place = 1 - street;
    if (street >= 0 && !/\d/.test(parts[place]!))
      return { address_1: parts[street]!, postal_code: '', city: parts[place]! };
  }
  return { address_1: parts.join(', '), postal_code: '', city: '' };
}

/** Drops empty optional fields, so a portal's validator never meets "" where a URI or email belongs. */
function compact<T extends object>(row: T, keep: ReadonlyArray<keyof T>): T {
  return Object.fromEntries(
    Object.entries(row).filter(([k, v]) => v !== '' || keep.includes(k as keyof T)),
  ) as T;
}

export function guideHsds(
  offers: readonly GuideOffer[],
  organisations: readonly (GuideOrganisation & { offersText?: string })[],
  lists: { municipalities: readonly CategoryEntry[] },
  /** The district's name: the service area of an offer for the whole district ('' leaves it out). */
  district: string,
): HsdsExport {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const published = publishableOffers(offers, new Set(byId.keys()));
  const providers = organisations.filter((o) => published.some((s) => s.organisationId === o.id));
  const out: HsdsExport = {
    organizations: [],
    services: [],
    locations: [],
    service_at_location: [],
    addresses: [],
    phones: [],
    languages: [],
    schedules: [],
    service_areas: [],
  };
  const locationOf = new Map<string, string>();
  for (const org of providers) {
    out.organizations.push(
      compact(
        {
          id: org.id,
          name: org.name,
          description: org.offersText ?? '',
          email: org.email,
          website: org.website,
        },
        ['description'],
      ),
    );
    if (org.phone) out.phones.push({ id: `${org.id}-telefon`, organization_id: org.id, number: org.phone });
    if (org.address.trim()) {
      const locationId = `${org.id}-standort`;
      locationOf.set(org.id, locationId);
      out.locations.push({
        id: locationId,
        location_type: 'physical',
        organization_id: org.id,
        name: org.name,
      });
      out.addresses.push({
        id: `${org.id}-adresse`,
        location_id: locationId,
        ...splitAddress(org.address),
        state_province: '',
        country: 'DE',
        address_type: 'physical',
      });
    }
  }
  for (const offer of published) {
    out.services.push(
      compact(
        {
          id: offer.id,
          organization_id: offer.organisationId,
          name: offer.title,
          description: offer.description,
          status: 'active' as const,
          eligibility_description: offer.targetGroup,
          fees_description: offer.cost,
          application_process: offer.contact,
          assured_date: offer.checkedOn,
        },
        [],
      ),
    );
    const locationId = locationOf.get(offer.organisationId);
    if (locationId)
      out.service_at_location.push({
        id: `${offer.id}-${locationId}`,
        service_id: offer.id,
        location_id: locationId,
      });
    offer.languages.forEach((name, i) => {
      const code = languageCode(name);
      out.languages.push({
        id: `${offer.id}-sprache-${i + 1}`,
        service_id: offer.id,
        name,
        ...(code ? { code } : {}),
      });
    });
    if (offer.openingHours)
      out.schedules.push({ id: `${offer.id}-zeiten`, service_id: offer.id, description: offer.openingHours });
    const area = offer.municipality ? labelOf(lists.municipalities, offer.municipality) : district;
    if (area) out.service_areas.push({ id: `${offer.id}-gebiet`, service_id: offer.id, name: area });
  }
  return out;
}

export function hsdsJson(data: HsdsExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The columns of services.csv, in the order of HSDS's service schema. */
export const HSDS_SERVICE_COLUMNS = [
  'id',
  'organization_id',
  'name',
  'description',
  'status',
  'application_process',
  'fees_description',
  'eligibility_description',
  'assured_date',
] as const satisfies ReadonlyArray<keyof HsdsService>;

/**
 * services.csv as the HSDS data package has it: comma-separated, a header of field names, UTF-8
 * without BOM. Text that a spreadsheet would run as a formula is defused like every CSV the app writes.
 */
export function hsdsServicesCsv(data: HsdsExport): string {
  const rows = data.services.map((s) => HSDS_SERVICE_COLUMNS.map((c) => defuseCsvText(s[c] ?? '')));
  return `${Papa.unparse({ fields: [...HSDS_SERVICE_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
