// Anfrage: one contact in which someone asks the office for something.
import { z } from 'zod';
import { maxChars, maxNumber } from './limitMessage';
import { INQUIRY_STATUSES, type InquiryStatus } from './categories';

const optionalCount = (max: number) =>
  z
    .number({ error: 'validation.number' })
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(max, maxNumber(max))
    .nullable();

export const requesterSchema = z.object({
  name: z.string().trim().max(200, maxChars(200)),
  organisation: z.string().trim().max(200, maxChars(200)),
  contact: z.string().trim().max(200, maxChars(200)),
});
export type Requester = z.infer<typeof requesterSchema>;

/** What the form edits. Messages are i18n keys; the UI translates them. */
export const inquiryDraftSchema = z.object({
  receivedAt: z.date({ error: 'validation.dateRequired' }).refine((d) => !Number.isNaN(d.getTime()), {
    message: 'validation.dateInvalid',
  }),
  channel: z.string().min(1, 'validation.required'),
  requesterType: z.string().min(1, 'validation.required'),
  topics: z.array(z.string()).min(1, 'validation.topicRequired'),
  subject: z.string().trim().min(1, 'validation.subjectRequired').max(200, maxChars(200)),
  notes: z.string().max(20000, maxChars(20000)),
  status: z.enum(INQUIRY_STATUSES),
  targetGroup: z.string(),
  municipality: z.string(),
  /** Handlungsfeld of the state's integration concept (list "Handlungsfelder"); '' when not set. */
  fieldOfAction: z.string(),
  result: z.string(),
  referrals: z.array(z.string().trim().min(1).max(200, maxChars(200))).max(20),
  minutes: optionalCount(24 * 60),
  handledBy: z.string(),
  urgent: z.boolean(),
  affectedPersons: optionalCount(100000),
  /** Null: anonymous (the default). */
  requester: requesterSchema.nullable(),
  /** The asking organisation or person from the network: "org:<id>", "person:<id>" or "". */
  requesterContact: z.string(),
  /** Referral targets that are organisations of the network (free-text ones are in `referrals`). */
  referralOrgIds: z.array(z.string()),
});
export type InquiryDraft = z.infer<typeof inquiryDraftSchema>;

export const HISTORY_ACTIONS = ['created', 'changed', 'closed', 'reopened', 'followupDeleted'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];
export interface HistoryEntry {
  at: string;
  action: HistoryAction;
  by?: string;
}

/** What is stored (inside the encrypted payload). Optional fields are absent when empty. */
export interface InquiryData {
  receivedAt: string;
  channel: string;
  requesterType: string;
  topics: string[];
  subject: string;
  notes: string;
  status: InquiryStatus;
  closedAt?: string;
  targetGroup?: string;
  municipality?: string;
  fieldOfAction?: string;
  result?: string;
  referrals?: string[];
  minutes?: number;
  handledBy?: string;
  urgent?: boolean;
  affectedPersons?: number;
  requester?: Requester;
  requesterOrgId?: string;
  requesterPersonId?: string;
  referralOrgIds?: string[];
  history?: HistoryEntry[];
}

export interface Inquiry extends InquiryData {
  id: string;
  createdAt: string;
  changedAt: string;
}

export interface DraftDefaults {
  channel: string;
  handledBy?: string;
  status?: InquiryStatus;
}

export function emptyInquiryDraft(now: Date, defaults: DraftDefaults): InquiryDraft {
  return {
    receivedAt: now,
    channel: defaults.channel,
    requesterType: '',
    topics: [],
    subject: '',
    notes: '',
    status: defaults.status ?? 'offen',
    targetGroup: '',
    municipality: '',
    fieldOfAction: '',
    result: '',
    referrals: [],
    minutes: null,
    handledBy: defaults.handledBy ?? '',
    urgent: false,
    affectedPersons: null,
    requester: null,
    requesterContact: '',
    referralOrgIds: [],
  };
}

/**
 * The draft with the text still typed in "Verwiesen an" taken as a free-text referral: saving
 * (Ctrl+Enter) keeps what the user typed instead of dropping it or choosing an option for them.
 */
export function withTypedReferral(draft: InquiryDraft, typed: string): InquiryDraft {
  const text = typed.trim();
  if (!text || draft.referrals.includes(text)) return draft;
  return { ...draft, referrals: [...draft.referrals, text] };
}

function hasPerson(r: Requester | null): r is Requester {
  return !!r && !!(r.name.trim() || r.organisation.trim() || r.contact.trim());
}

/**
 * Turns a validated draft into stored data. Closing (status "erledigt") records the closing date once;
 * reopening clears it. Every save appends to the history.
 */
export function draftToData(
  draft: InquiryDraft,
  previous: InquiryData | undefined,
  now: Date,
  by?: string,
): InquiryData {
  const stamp = now.toISOString();
  const wasClosed = previous?.status === 'erledigt';
  const closing = draft.status === 'erledigt';
  const closedAt = closing ? (wasClosed ? previous?.closedAt : stamp) : undefined;
  const action: HistoryAction = !previous
    ? closing
      ? 'closed'
      : 'created'
    : closing && !wasClosed
      ? 'closed'
      : !closing && wasClosed
        ? 'reopened'
        : 'changed';
  const history: HistoryEntry[] = [
    ...(previous?.history ?? []),
    ...(!previous && closing ? [{ at: stamp, action: 'created' as const, ...(by ? { by } : {}) }] : []),
    { at: stamp, action, ...(by ? { by } : {}) },
  ];
  const referrals = draft.referrals.map((r) => r.trim()).filter(Boolean);
  return {
    receivedAt: draft.receivedAt.toISOString(),
    channel: draft.channel,
    requesterType: draft.requesterType,
    topics: [...draft.topics],
    subject: draft.subject.trim(),
    notes: draft.notes,
    status: draft.status,
    ...(closedAt ? { closedAt } : {}),
    ...(draft.targetGroup ? { targetGroup: draft.targetGroup } : {}),
    ...(draft.municipality ? { municipality: draft.municipality } : {}),
    ...(draft.fieldOfAction ? { fieldOfAction: draft.fieldOfAction } : {}),
    ...(draft.result ? { result: draft.result } : {}),
    ...(referrals.length ? { referrals } : {}),
    ...(draft.minutes !== null ? { minutes: draft.minutes } : {}),
    ...(draft.handledBy ? { handledBy: draft.handledBy } : {}),
    ...(draft.urgent ? { urgent: true } : {}),
    ...(draft.affectedPersons !== null ? { affectedPersons: draft.affectedPersons } : {}),
    ...(hasPerson(draft.requester)
      ? {
          requester: {
            name: draft.requester.name.trim(),
            organisation: draft.requester.organisation.trim(),
            contact: draft.requester.contact.trim(),
          },
        }
      : {}),
    ...(draft.requesterContact.startsWith('org:') ? { requesterOrgId: draft.requesterContact.slice(4) } : {}),
    ...(draft.requesterContact.startsWith('person:')
      ? { requesterPersonId: draft.requesterContact.slice(7) }
      : {}),
    ...(draft.referralOrgIds.length ? { referralOrgIds: [...new Set(draft.referralOrgIds)] } : {}),
    history,
  };
}

/** The inquiry closed ("Erledigt" in one step): status, closing date and history as a save would set them. */
export function closedInquiryData(data: InquiryData, now: Date, by?: string): InquiryData {
  if (data.status === 'erledigt') return data;
  return { ...withHistoryEntry(data, 'closed', now, by), status: 'erledigt', closedAt: now.toISOString() };
}

/** The inquiry with one more history entry (e.g. one of its follow-ups was deleted). */
export function withHistoryEntry(
  data: InquiryData,
  action: HistoryAction,
  now: Date,
  by?: string,
): InquiryData {
  return {
    ...data,
    history: [...(data.history ?? []), { at: now.toISOString(), action, ...(by ? { by } : {}) }],
  };
}

export function dataToDraft(data: InquiryData): InquiryDraft {
  return {
    receivedAt: new Date(data.receivedAt),
    channel: data.channel,
    requesterType: data.requesterType,
    topics: [...data.topics],
    subject: data.subject,
    notes: data.notes,
    status: data.status,
    targetGroup: data.targetGroup ?? '',
    municipality: data.municipality ?? '',
    fieldOfAction: data.fieldOfAction ?? '',
    result: data.result ?? '',
    referrals: [...(data.referrals ?? [])],
    minutes: data.minutes ?? null,
    handledBy: data.handledBy ?? '',
    urgent: data.urgent ?? false,
    affectedPersons: data.affectedPersons ?? null,
    requester: data.requester ? { ...data.requester } : null,
    requesterContact: data.requesterOrgId
      ? `org:${data.requesterOrgId}`
      : data.requesterPersonId
        ? `person:${data.requesterPersonId}`
        : '',
    referralOrgIds: [...(data.referralOrgIds ?? [])],
  };
}

/** Newest first by receipt time; ties by entry time (ids are random), then id for a stable order. */
export function compareNewestFirst(a: Inquiry, b: Inquiry): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
