// Funding deadlines become Wiedervorlagen by themselves: the proof of use of an awarded Vorhaben,
// the two months in which drawn funds must be spent (while the receipts do not cover them), a
// programme's application deadlines and the deadline of an advised application. Each follow-up carries its deadline's `source`, so saving the
// record again moves it (a new day), closes it (the deadline is met) or deletes it (the record is
// gone) instead of adding another.
import type { CalendarDay } from '../domain/calendarDay';
import {
  reconcileSourcedFollowups,
  type FollowupChanges,
  type LinkedFollowup,
} from '../domain/sourcedFollowups';
import { drawnFundsWarnings, proofDueOf } from './budget';
import type { FundingData, ReceiptData } from './fundingRecords';

export type DeadlineKind = 'proof' | 'spend' | 'programme' | 'application';

export interface FundingDeadline {
  /** Stable per record and deadline: `funding:<record id>:<kind>[:<detail>]`. */
  source: string;
  kind: DeadlineKind;
  due: CalendarDay;
  /** What the title names: the Vorhaben, programme or application. */
  subject: string;
  /** The payment's day for `spend`. */
  detail?: CalendarDay;
  /** Passed already: kept where a follow-up exists, not created anew. */
  past?: true;
}

export const FUNDING_SOURCE = 'funding:';

export function sourcePrefix(recordId: string): string {
  return `${FUNDING_SOURCE}${recordId}:`;
}

/**
 * The deadlines a funding record has today. Open ones only: a proof of use handed in or an
 * application submitted is no deadline any more; a programme's deadline that passed before it was
 * entered gets no follow-up.
 */
export function deadlinesOf(
  id: string,
  data: FundingData,
  today: CalendarDay,
  /** A Vorhaben's receipts: a payment's spending deadline stands only while they do not cover it. */
  receipts: readonly ReceiptData[] = [],
): FundingDeadline[] {
  const prefix = sourcePrefix(id);
  switch (data.kind) {
    case 'project': {
      if (data.status !== 'bewilligt') return [];
      return [
        { source: `${prefix}proof`, kind: 'proof', due: proofDueOf(data), subject: data.title },
        ...drawnFundsWarnings(data, receipts, today).map((w): FundingDeadline => ({
          source: `${prefix}spend:${w.payment.id}`,
          kind: 'spend',
          due: w.spendBy,
          subject: data.title,
          detail: w.payment.date,
        })),
      ];
    }
    case 'programme':
      return data.deadlines.map((d) => ({
        source: `${prefix}programme:${d}`,
        kind: 'programme',
        due: d,
        subject: data.name,
        ...(d < today ? { past: true as const } : {}),
      }));
    case 'application':
      return data.status === 'vorbereitung' && data.deadline
        ? [{ source: `${prefix}application`, kind: 'application', due: data.deadline, subject: data.title }]
        : [];
    case 'receipt':
      return [];
  }
}

export type { FollowupChanges, LinkedFollowup } from '../domain/sourcedFollowups';

/**
 * What to write so the follow-ups of one funding record match its deadlines. `linked`: the
 * follow-ups whose source belongs to the record; `deadlines` undefined: the record is deleted.
 * A deadline that moved reopens its follow-up on the new day; one no longer open is marked done;
 * one that came back (`returned`: a status set back, a receipt deleted) reopens its follow-up; a
 * second follow-up of the same deadline (two team members saved at once) is removed.
 */
export function reconcileFollowups(
  deadlines: readonly FundingDeadline[] | undefined,
  linked: readonly LinkedFollowup[],
  titleOf: (deadline: FundingDeadline) => string,
  now: Date,
  returned: ReadonlySet<string> = new Set(),
): FollowupChanges {
  return reconcileSourcedFollowups(deadlines, linked, titleOf, now, { returned, gone: 'close' });
}

/** The record and kind a follow-up's source names; undefined for a follow-up of no funding deadline. */
export function parseSource(
  source: string | undefined,
): { recordId: string; kind: DeadlineKind } | undefined {
  if (!source?.startsWith(FUNDING_SOURCE)) return undefined;
  const [recordId, kind] = source.slice(FUNDING_SOURCE.length).split(':');
  const kinds: readonly string[] = ['proof', 'spend', 'programme', 'application'];
  return recordId && kind && kinds.includes(kind) ? { recordId, kind: kind as DeadlineKind } : undefined;
}
