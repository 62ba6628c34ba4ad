// The statistics projection: what of a record the office lead may see (DSGVO Art. 5(1)(c)). Every
// figure of Auswertung, the team's workload and the Jahresbericht comes from these fields, so the
// lead's copy gives the same figures as the full log; names, subjects, notes, addresses and free-text
// referral labels never leave the coordinators' computers.
//
// A projected record keeps the stored record's shape: texts that do not count are empty, so the same
// statistics functions read both, and the vault's record registry accepts it as it is.
import { emptyOrganisation, emptyPerson } from '../domain/network';
import { SETTINGS_ID } from '../domain/settings';
import type { RecordTable } from '../storage/envelope';

/**
 * Stands for each referral typed as free text: the count stays (the report and the dashboard count
 * them), the words do not. A control character, so nothing a person types is mistaken for it.
 */
export const FREE_TEXT_REFERRAL = '\u0001';

type Data = Record<string, unknown>;

interface Rule {
  /** Fields kept as they are. */
  keep: readonly string[];
  /** Required fields that do not count, with the values stored instead (fresh for each record). */
  blank: () => Data;
  /** Fields computed from the record (kept only when the record has the field). */
  derive?: Readonly<Record<string, (value: unknown) => unknown>>;
}

const RULES: Partial<Record<RecordTable, Rule>> = {
  inquiries: {
    keep: [
      'receivedAt',
      'channel',
      'requesterType',
      'topics',
      'status',
      'closedAt',
      'targetGroup',
      'municipality',
      'fieldOfAction',
      'result',
      'minutes',
      'handledBy',
      'urgent',
      'affectedPersons',
      'referralOrgIds',
    ],
    blank: () => ({ subject: '', notes: '' }),
    derive: {
      referrals: (labels) => (labels as string[]).map(() => FREE_TEXT_REFERRAL),
    },
  },
  followups: {
    // `source`: which funding record a deadline belongs to (ids only) — Haushalt shows the funding
    // deadlines as the coordinators keep them (ticked, moved), not as recomputed.
    keep: ['due', 'status', 'doneAt', 'assignee', 'source'],
    blank: () => ({ title: '', notes: '' }),
  },
  activities: {
    keep: [
      'date',
      'durationMinutes',
      'type',
      'organisationIds',
      'volunteerIds',
      'participants',
      'municipality',
      'fieldOfAction',
      'personsSupported',
      'familiesSupported',
      'minutes',
      'handledBy',
    ],
    blank: () => ({ title: '', notes: '', startTime: '' }),
  },
  organisations: {
    keep: ['name', 'type', 'offers', 'memberSince', 'memberships'],
    // The empty form's values; the kept fields are taken from the record over them.
    blank: emptyOrganisation,
  },
  persons: {
    // Only volunteers count (active months, Gemeinde, allowances), never who they are. A person who
    // is no volunteer stays as an empty record (`volunteer: null`): becoming one later is then a
    // change, not the return of a record the lead's computer was told was erased.
    keep: ['volunteer'],
    blank: emptyPerson,
  },
  // The office's own words for its reports (written for the council, read by the lead) and its
  // Berichtsprofile (the lead reports by them too).
  reports: { keep: ['from', 'to', 'texts', 'profile'], blank: () => ({}) },
};

/** The tables a projection exists for (settings: the office's settings only). */
export const PROJECTED_TABLES: readonly RecordTable[] = [
  'settings',
  ...(Object.keys(RULES) as RecordTable[]),
];

/** Whether the projection takes this field from the record (as it is, or derived from it). */
export function isStatisticalField(table: RecordTable, id: string, field: string): boolean {
  if (table === 'settings') return id === SETTINGS_ID;
  const rule = RULES[table];
  return !!rule && (rule.keep.includes(field) || (rule.derive !== undefined && field in rule.derive));
}

/**
 * The statistical part of a record's data, or undefined when its kind has none (a template, a device's
 * or a member's settings): those are never published.
 */
export function projectData(table: RecordTable, id: string, data: Data): Data | undefined {
  if (table === 'settings') return id === SETTINGS_ID ? { ...data } : undefined;
  const rule = RULES[table];
  if (!rule) return undefined;
  const out: Data = rule.blank();
  for (const field of rule.keep) if (field in data) out[field] = data[field];
  for (const [field, derive] of Object.entries(rule.derive ?? {}))
    if (field in data) out[field] = derive(data[field]);
  return out;
}
