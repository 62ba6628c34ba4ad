// Vorlagen: recurring inquiries ("Polizei – Unterstützungsanfrage") start from a saved set of fields.
// A template never holds a person: requester data stays out.
import type { InquiryDraft } from './inquiry';

export type TemplateFields = Omit<InquiryDraft, 'receivedAt' | 'requester' | 'requesterContact'>;

export interface InquiryTemplateData {
  name: string;
  fields: TemplateFields;
}

export function templateFromDraft(name: string, draft: InquiryDraft): InquiryTemplateData {
  const { receivedAt: _r, requester: _p, requesterContact: _c, ...fields } = draft;
  return {
    name: name.trim(),
    fields: { ...fields, topics: [...fields.topics], referrals: [...fields.referrals] },
  };
}

/** A new draft from a template: receipt time is now and nobody is named. */
export function draftFromTemplate(template: InquiryTemplateData, now: Date): InquiryDraft {
  return {
    ...template.fields,
    topics: [...template.fields.topics],
    referrals: [...template.fields.referrals],
    referralOrgIds: [...(template.fields.referralOrgIds ?? [])],
    receivedAt: now,
    requester: null,
    requesterContact: '',
  };
}
