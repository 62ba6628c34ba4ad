// Löschfristen (DSGVO Art. 5 and 17): which records are due for anonymisation, and what
// anonymisation keeps. Names, contact data, requester, free text and subject lines go; the
// statistical fields (dates, categories, Gemeinde, minutes, result, status) stay, so dashboards and
// reports of past years do not change.
import { subMonths } from 'date-fns';
import { toDay } from '../domain/calendarDay';
import { z } from 'zod';
import type { FollowupData } from '../domain/followup';
import type { InquiryData } from '../domain/inquiry';
import type { PersonData } from '../domain/network';
import { nextMeta, type RecordMeta } from '../domain/recordMeta';
import type { RecordTable } from '../storage/envelope';
import { retainReceiptsUntil } from '../funding/budget';
import type { FundingData, ReceiptData } from '../funding/fundingRecords';

export const RETENTION_ID = 'retention';
export const RETENTION_LOG_ID = 'retention-log';
/** What an anonymised name or subject reads as (fixed text, not personal). */
export const ANONYMISED = 'anonymisiert';

const months = z
  .number({ error: 'validation.number' })
  .int('validation.wholeNumber')
  .min(1, 'retention.monthsRange')
  .max(240, 'retention.monthsRange');

export const retentionRulesSchema = z.object({
  inquiryMonths: months,
  personMonths: months,
  volunteerMonths: months,
  automatic: z.boolean(),
});
export type RetentionRules = z.infer<typeof retentionRulesSchema>;

export const DEFAULT_RETENTION: RetentionRules = {
  inquiryMonths: 24,
  personMonths: 24,
  volunteerMonths: 24,
  automatic: false,
};

/**
 * 'deletion': a record deleted by hand (Anfrage, Aktivität, Wiedervorlage, Organisation).
 * 'receipts': a Vorhaben's receipts five years after its proof of use (ANBest-P); fixed by the
 * funding conditions, not an office's choice.
 */
export type RetentionRule = 'inquiries' | 'persons' | 'volunteers' | 'receipts' | 'erasure' | 'deletion';

export interface Stored<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

type Anonymisable = { anonymisedAt?: string };

export interface RetentionInput {
  inquiries: ReadonlyArray<Stored<InquiryData & Anonymisable>>;
  followups: ReadonlyArray<Stored<FollowupData & Anonymisable>>;
  persons: ReadonlyArray<Stored<PersonData & Anonymisable>>;
  /** The funding file (receipts are due five years after their Vorhaben's proof of use). */
  funding?: ReadonlyArray<Stored<FundingData & Anonymisable>>;
}

export interface DueItem {
  rule: Exclude<RetentionRule, 'erasure' | 'deletion'>;
  table: RecordTable;
  id: string;
}

/** One line of the deletion log: what was anonymised when and by which rule. Counts and ids only. */
export interface RetentionLogEntry {
  at: string;
  rule: RetentionRule;
  table: RecordTable;
  count: number;
  ids: string[];
  automatic: boolean;
}

export function cutoffIso(now: Date, monthsBack: number): string {
  return subMonths(now, monthsBack).toISOString();
}

/** Records due under the rules, today. Already anonymised records are never due again. */
export function findDue(input: RetentionInput, rules: RetentionRules, now: Date): DueItem[] {
  const due: DueItem[] = [];
  const inquiryCutoff = cutoffIso(now, rules.inquiryMonths);
  for (const r of input.inquiries) {
    const d = r.payload.data;
    if (d.anonymisedAt || d.status !== 'erledigt' || !d.closedAt) continue;
    if (d.closedAt < inquiryCutoff) due.push({ rule: 'inquiries', table: 'inquiries', id: r.id });
  }

  const personCutoff = cutoffIso(now, rules.personMonths);
  const personCutoffDay = personCutoff.slice(0, 10);
  // A person is linked while an inquiry not yet anonymised refers to them and was touched recently.
  const recentlyLinked = new Set<string>();
  for (const r of input.inquiries) {
    const d = r.payload.data;
    if (!d.requesterPersonId || d.anonymisedAt) continue;
    if (r.payload.meta.changedAt >= personCutoff || d.receivedAt >= personCutoff)
      recentlyLinked.add(d.requesterPersonId);
  }
  const volunteerCutoffDay = cutoffIso(now, rules.volunteerMonths).slice(0, 10);
  for (const r of input.persons) {
    const d = r.payload.data;
    if (d.anonymisedAt) continue;
    if (d.volunteer) {
      const until = d.volunteer.activeUntil;
      if (until && until < volunteerCutoffDay) due.push({ rule: 'volunteers', table: 'persons', id: r.id });
      continue;
    }
    const consentValid = !!d.consent && (!d.consent.withdrawnOn || d.consent.withdrawnOn >= personCutoffDay);
    if (consentValid || d.organisationId || recentlyLinked.has(r.id)) continue;
    if (r.payload.meta.changedAt < personCutoff) due.push({ rule: 'persons', table: 'persons', id: r.id });
  }

  // Receipts: kept until five years after the proof of use was handed in, then due (a local day).
  const today = toDay(now);
  const expired = new Set<string>();
  for (const r of input.funding ?? []) {
    const d = r.payload.data;
    if (d.kind !== 'project') continue;
    const until = retainReceiptsUntil(d);
    if (until && until < today) expired.add(r.id);
  }
  for (const r of input.funding ?? []) {
    const d = r.payload.data;
    if (d.kind === 'receipt' && !d.anonymisedAt && expired.has(d.projectId))
      due.push({ rule: 'receipts', table: 'funding', id: r.id });
  }
  return due;
}

/** Keeps number, day, amount and plan line (the Vorhaben's sums stay); payee and purpose go. */
export function anonymiseReceipt<T extends ReceiptData>(data: T, at: string): T & Anonymisable {
  return { ...data, party: ANONYMISED, purpose: ANONYMISED, note: '', anonymisedAt: at };
}

export function anonymiseInquiry<T extends InquiryData>(data: T, at: string): T & Anonymisable {
  const { requester: _requester, requesterPersonId: _person, ...rest } = data as T & Anonymisable;
  return { ...(rest as T), subject: ANONYMISED, notes: '', anonymisedAt: at };
}

export function anonymiseFollowup<T extends FollowupData>(data: T, at: string): T & Anonymisable {
  return { ...data, title: ANONYMISED, notes: '', anonymisedAt: at };
}

/** Keeps the organisation link, the volunteer period, Gemeinde and allowances (statistics). */
export function anonymisePerson<T extends PersonData>(data: T, at: string): T & Anonymisable {
  return {
    ...data,
    firstName: '',
    lastName: ANONYMISED,
    function: '',
    phone: '',
    mobile: '',
    address: '',
    email: '',
    languages: [],
    notes: '',
    consent: data.consent
      ? { purpose: ANONYMISED, givenOn: data.consent.givenOn, withdrawnOn: data.consent.withdrawnOn }
      : null,
    anonymisedAt: at,
  };
}

export interface Write {
  table: RecordTable;
  id: string;
  payload: { data: unknown; meta: RecordMeta };
}

/**
 * The writes that anonymise the due records (and the follow-ups of due inquiries), plus the log
 * entries. Pure: the caller writes them in one transaction.
 */
export function planAnonymisation(
  input: RetentionInput,
  due: readonly DueItem[],
  now: Date,
  deviceId: string,
  automatic: boolean,
): { writes: Write[]; log: RetentionLogEntry[] } {
  const at = now.toISOString();
  const writes: Write[] = [];
  const byRule = new Map<string, RetentionLogEntry>();
  const logId = (rule: RetentionRule, table: RecordTable, id: string) => {
    const key = `${rule}|${table}`;
    let entry = byRule.get(key);
    if (!entry) {
      entry = { at, rule, table, count: 0, ids: [], automatic };
      byRule.set(key, entry);
    }
    entry.count++;
    entry.ids.push(id);
  };
  const inquiries = new Map(input.inquiries.map((r) => [r.id, r]));
  const persons = new Map(input.persons.map((r) => [r.id, r]));
  const funding = new Map((input.funding ?? []).map((r) => [r.id, r]));
  const dueInquiries = new Set<string>();
  for (const item of due) {
    if (item.table === 'inquiries') {
      const r = inquiries.get(item.id);
      if (!r || r.payload.data.anonymisedAt) continue;
      dueInquiries.add(r.id);
      writes.push({
        table: 'inquiries',
        id: r.id,
        payload: {
          data: anonymiseInquiry(r.payload.data, at),
          meta: nextMeta(r.payload.meta, now, deviceId),
        },
      });
      logId(item.rule, 'inquiries', r.id);
    } else if (item.table === 'persons') {
      const r = persons.get(item.id);
      if (!r || r.payload.data.anonymisedAt) continue;
      writes.push({
        table: 'persons',
        id: r.id,
        payload: { data: anonymisePerson(r.payload.data, at), meta: nextMeta(r.payload.meta, now, deviceId) },
      });
      logId(item.rule, 'persons', r.id);
    } else if (item.table === 'funding') {
      const r = funding.get(item.id);
      const d = r?.payload.data;
      if (!r || d?.kind !== 'receipt' || d.anonymisedAt) continue;
      writes.push({
        table: 'funding',
        id: r.id,
        payload: { data: anonymiseReceipt(d, at), meta: nextMeta(r.payload.meta, now, deviceId) },
      });
      logId(item.rule, 'funding', r.id);
    }
  }
  for (const r of input.followups) {
    const d = r.payload.data;
    if (!d.inquiryId || !dueInquiries.has(d.inquiryId) || d.anonymisedAt) continue;
    writes.push({
      table: 'followups',
      id: r.id,
      payload: { data: anonymiseFollowup(d, at), meta: nextMeta(r.payload.meta, now, deviceId) },
    });
    logId('inquiries', 'followups', r.id);
  }
  return { writes, log: [...byRule.values()] };
}

export interface ErasureInput extends RetentionInput {
  activities: ReadonlyArray<Stored<{ volunteerIds: string[] }>>;
}

/**
 * "Person löschen" (Art. 17): the person is removed; every inquiry that names them as requester is
 * anonymised (with its follow-ups), and activities drop them from their volunteers. Counts and
 * categories stay, so statistics do not change.
 */
export function planErasure(
  input: ErasureInput,
  personId: string,
  now: Date,
  deviceId: string,
): { writes: Write[]; removals: Array<{ table: RecordTable; id: string }>; log: RetentionLogEntry[] } {
  const at = now.toISOString();
  const due: DueItem[] = input.inquiries
    .filter((r) => r.payload.data.requesterPersonId === personId)
    .map((r) => ({ rule: 'inquiries', table: 'inquiries', id: r.id }));
  const plan = planAnonymisation({ ...input, persons: [] }, due, now, deviceId, false);
  // Inquiries already anonymised still hold the link: drop it too.
  const written = new Set(plan.writes.map((w) => w.id));
  for (const r of input.inquiries) {
    if (r.payload.data.requesterPersonId !== personId || written.has(r.id)) continue;
    const { requesterPersonId: _link, ...data } = r.payload.data;
    plan.writes.push({
      table: 'inquiries',
      id: r.id,
      payload: { data, meta: nextMeta(r.payload.meta, now, deviceId) },
    });
  }
  const activityIds: string[] = [];
  for (const r of input.activities) {
    if (!r.payload.data.volunteerIds.includes(personId)) continue;
    activityIds.push(r.id);
    plan.writes.push({
      table: 'activities',
      id: r.id,
      payload: {
        data: { ...r.payload.data, volunteerIds: r.payload.data.volunteerIds.filter((v) => v !== personId) },
        meta: nextMeta(r.payload.meta, now, deviceId),
      },
    });
  }
  const log: RetentionLogEntry[] = [
    { at, rule: 'erasure', table: 'persons', count: 1, ids: [personId], automatic: false },
    ...plan.log.map((e) => ({ ...e, rule: 'erasure' as const })),
  ];
  if (activityIds.length)
    log.push({
      at,
      rule: 'erasure',
      table: 'activities',
      count: activityIds.length,
      ids: activityIds,
      automatic: false,
    });
  return { writes: plan.writes, removals: [{ table: 'persons', id: personId }], log };
}
