// Anfrage: one contact in which someone asks the office for something.
import { z } from 'zod';
import { INQUIRY_STATUSES, type InquiryStatus } from './categories';
import { recordMetaSchema } from './recordMeta';

/** Messages are i18n keys; the UI translates them. */
export const inquiryDraftSchema = z.object({
  receivedAt: z.date({ error: 'validation.dateRequired' }).refine((d) => !Number.isNaN(d.getTime()), {
    message: 'validation.dateInvalid',
  }),
  channel: z.string().min(1, 'validation.required'),
  requesterType: z.string().min(1, 'validation.required'),
  topics: z.array(z.string()).min(1, 'validation.topicRequired'),
  subject: z.string().trim().min(1, 'validation.subjectRequired').max(200, 'validation.tooLong'),
  notes: z.string().max(20000, 'validation.tooLong'),
  status: z.enum(INQUIRY_STATUSES),
});
export type InquiryDraft = z.infer<typeof inquiryDraftSchema>;

export const inquiryDataSchema = z.object({
  receivedAt: z.string(),
  channel: z.string(),
  requesterType: z.string(),
  topics: z.array(z.string()),
  subject: z.string(),
  notes: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  closedAt: z.string().optional(),
});
export type InquiryData = z.infer<typeof inquiryDataSchema>;

export const storedInquirySchema = z.object({ data: inquiryDataSchema, meta: recordMetaSchema });

export interface Inquiry extends InquiryData {
  id: string;
  createdAt: string;
  changedAt: string;
}

export function emptyInquiryDraft(
  now: Date,
  defaults: { channel: string; status?: InquiryStatus },
): InquiryDraft {
  return {
    receivedAt: now,
    channel: defaults.channel,
    requesterType: '',
    topics: [],
    subject: '',
    notes: '',
    status: defaults.status ?? 'offen',
  };
}

/** Turns a validated draft into stored data; closing (status "erledigt") records the closing date once. */
export function draftToData(draft: InquiryDraft, previous: InquiryData | undefined, now: Date): InquiryData {
  const closing = draft.status === 'erledigt';
  const closedAt = closing
    ? previous?.status === 'erledigt'
      ? previous.closedAt
      : now.toISOString()
    : undefined;
  return {
    receivedAt: draft.receivedAt.toISOString(),
    channel: draft.channel,
    requesterType: draft.requesterType,
    topics: [...draft.topics],
    subject: draft.subject.trim(),
    notes: draft.notes,
    status: draft.status,
    ...(closedAt ? { closedAt } : {}),
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
  };
}

/** Newest first by receipt time, ties by id for a stable order. */
export function compareNewestFirst(a: Inquiry, b: Inquiry): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
