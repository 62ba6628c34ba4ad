// What a real office's data looks like after years of use, applied to the generated demo records:
// a few open inquiries flagged urgent, and old closed inquiries already anonymised by the Löschfristen
// (the office runs them every morning), so the demo does not open with 16.000 records due.
import { addDays, addMonths } from 'date-fns';
import type { FollowupData } from '../domain/followup';
import type { InquiryData } from '../domain/inquiry';
import type { Allowance, Volunteer } from '../domain/network';
import { nextMeta, type RecordMeta } from '../domain/recordMeta';
import {
  anonymiseFollowup,
  anonymiseInquiry,
  cutoffIso,
  DEFAULT_RETENTION,
  type RetentionRules,
} from '../retention/retention';

interface Generated<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

/** Subjects that are urgent when they come in: a person in trouble, a deadline, an incident. */
const URGENT_SUBJECTS = new Set([
  'Polizei bittet um fachliche Unterstützung nach Vorfall',
  'Wohnungssuche für vierköpfige Familie in der Gemeinde',
  'Beschwerde über Diskriminierung bei der Wohnungsvergabe',
  'Rückfrage Ausländerbehörde zur Beschäftigungserlaubnis',
]);
/** How many open inquiries the demo office has flagged "Dringend": a handful, not every tenth. */
export const DEMO_URGENT_COUNT = 5;

/** Flags the newest open inquiries with an urgent subject as "Dringend". */
export function flagUrgent(inquiries: ReadonlyArray<Generated<InquiryData>>): void {
  const candidates = inquiries
    .filter((r) => r.payload.data.status !== 'erledigt' && URGENT_SUBJECTS.has(r.payload.data.subject))
    .sort((a, b) => b.payload.data.receivedAt.localeCompare(a.payload.data.receivedAt));
  for (const r of candidates.slice(0, DEMO_URGENT_COUNT)) r.payload.data.urgent = true;
}

/** The office's daily Löschfristen run, at 07:00 UTC (before the office opens). */
const RUN_HOUR_UTC = 7;

/** The first daily run at which an inquiry closed at `closedAt` was due (findDue's own rule). */
function runThatAnonymised(closedAt: string, months: number): Date {
  const due = addMonths(new Date(closedAt), months);
  let run = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate(), RUN_HOUR_UTC));
  while (run <= due || closedAt >= cutoffIso(run, months)) run = addDays(run, 1);
  return run;
}

/**
 * Anonymises, in place and exactly as the Löschfristen do, every closed inquiry (and its follow-ups)
 * that a daily run before `now` found due: each at the morning of its run. Only those due since the
 * last run stay due.
 */
export function anonymiseAsRetentionDid(
  inquiries: Array<Generated<InquiryData>>,
  followups: Array<Generated<FollowupData>>,
  now: Date,
  deviceId: string,
  rules: RetentionRules = DEFAULT_RETENTION,
): void {
  const runs = new Map<string, Date>();
  for (const r of inquiries) {
    const { status, closedAt } = r.payload.data;
    if (status !== 'erledigt' || !closedAt) continue;
    const run = runThatAnonymised(closedAt, rules.inquiryMonths);
    if (run > now) continue;
    runs.set(r.id, run);
    r.payload = {
      data: anonymiseInquiry(r.payload.data, run.toISOString()),
      meta: nextMeta(r.payload.meta, run, deviceId),
    };
  }
  for (const r of followups) {
    const run = r.payload.data.inquiryId ? runs.get(r.payload.data.inquiryId) : undefined;
    if (!run) continue;
    r.payload = {
      data: anonymiseFollowup(r.payload.data, run.toISOString()),
      meta: nextMeta(r.payload.meta, run, deviceId),
    };
  }
}

/** A small, stable number from a text (FNV-1a): the demo's allowances differ per person and month. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** How many months back the demo's volunteers have allowances paid (the report's recent years). */
const ALLOWANCE_MONTHS = 36;

/** The part of a generated person this reads (persons are generated untyped, as stored). */
interface VolunteerPerson {
  volunteer: Pick<Volunteer, 'activeFrom' | 'allowances'> | null;
}

/**
 * Monthly allowances (Aufwandsentschädigungen) for every volunteer, from the month they started or
 * three years back, to last month: 60–180 € in steps of 10 €, below the default cap, with about one
 * month in six left out (holidays). Derived from id and month, so no other demo figure changes.
 */
export function payAllowances(
  persons: ReadonlyArray<{ id: string; payload: { data: unknown } }>,
  now: Date,
): void {
  const lastMonth = addMonths(now, -1);
  for (const p of persons) {
    const volunteer = (p.payload.data as VolunteerPerson).volunteer;
    if (!volunteer) continue;
    const allowances: Allowance[] = [];
    for (let back = ALLOWANCE_MONTHS - 1; back >= 0; back--) {
      const month = addMonths(lastMonth, -back).toISOString().slice(0, 7);
      if (volunteer.activeFrom && month < volunteer.activeFrom.slice(0, 7)) continue;
      const h = hash(`${p.id}|${month}`);
      if (h % 6 === 0) continue;
      allowances.push({ month, amountCents: (60 + 10 * ((h >>> 3) % 13)) * 100 });
    }
    volunteer.allowances = allowances;
  }
}
