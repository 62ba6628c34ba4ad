// Auskunft (DSGVO Art. 15): everything that refers to one person, as a readable model and as JSON.
import type { FollowupData } from '../domain/followup';
import type { InquiryData } from '../domain/inquiry';
import type { ActivityData, OrganisationData, PersonData } from '../domain/network';
import type { RecordMeta } from '../domain/recordMeta';

export interface Rec<T> {
  id: string;
  payload: { data: T; meta: RecordMeta };
}

export interface AuskunftInput {
  persons: ReadonlyArray<Rec<PersonData>>;
  organisations: ReadonlyArray<Rec<OrganisationData>>;
  inquiries: ReadonlyArray<Rec<InquiryData>>;
  followups: ReadonlyArray<Rec<FollowupData>>;
  activities: ReadonlyArray<Rec<ActivityData>>;
}

export interface AuskunftModel {
  kind: 'anlaufstelle-auskunft';
  createdAt: string;
  person: PersonData & { id: string; createdAt: string; changedAt: string };
  organisation: { id: string; name: string } | null;
  consent: PersonData['consent'];
  inquiries: Array<InquiryData & { id: string }>;
  followups: Array<FollowupData & { id: string }>;
  activities: Array<ActivityData & { id: string }>;
}

/** Null when the person does not exist. Inquiries refer by requesterPersonId; activities by volunteerIds. */
export function collectAuskunft(input: AuskunftInput, personId: string, now: Date): AuskunftModel | null {
  const person = input.persons.find((p) => p.id === personId);
  if (!person) return null;
  const data = person.payload.data;
  const organisation = data.organisationId
    ? input.organisations.find((o) => o.id === data.organisationId)
    : undefined;
  const inquiries = input.inquiries
    .filter((r) => r.payload.data.requesterPersonId === personId)
    .map((r) => ({ id: r.id, ...r.payload.data }))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const inquiryIds = new Set(inquiries.map((i) => i.id));
  const followups = input.followups
    .filter((r) => r.payload.data.inquiryId && inquiryIds.has(r.payload.data.inquiryId))
    .map((r) => ({ id: r.id, ...r.payload.data }))
    .sort((a, b) => a.due.localeCompare(b.due));
  const activities = input.activities
    .filter((r) => r.payload.data.volunteerIds.includes(personId))
    .map((r) => ({ id: r.id, ...r.payload.data }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    kind: 'anlaufstelle-auskunft',
    createdAt: now.toISOString(),
    person: {
      id: person.id,
      ...data,
      createdAt: person.payload.meta.createdAt,
      changedAt: person.payload.meta.changedAt,
    },
    organisation: organisation ? { id: organisation.id, name: organisation.payload.data.name } : null,
    consent: data.consent,
    inquiries,
    followups,
    activities,
  };
}
