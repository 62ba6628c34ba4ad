import {
  followupDraftToData,
  markDone,
  reopen,
  type Followup,
  type FollowupData,
  type FollowupDraft,
} from '../../shared/domain/followup';
import { withHistoryEntry } from '../../shared/domain/inquiry';
import { keepChangesMadeMeanwhile } from '../../shared/domain/concurrentEdits';
import { nextMeta } from '../../shared/domain/recordMeta';
import { deleteRecords } from './deletion';
import type { LiveRecord } from '../../shared/storage/snapshot';
import { tableItems } from './tableList';
import type { RecordStore } from './recordStore';
import type { OpenVault } from './vault';
import { newRecordId, payloadOf, type RecordPayload } from '../../shared/storage/records';

// One Followup object per stored record object (as for inquiries): per-record caches survive a save.
const followupOf = new WeakMap<LiveRecord, Followup>();

export function toFollowup(record: LiveRecord): Followup {
  let followup = followupOf.get(record);
  if (!followup) {
    const { data, meta } = payloadOf('followups', record);
    followup = { ...data, id: record.id, createdAt: meta.createdAt, changedAt: meta.changedAt };
    followupOf.set(record, followup);
  }
  return followup;
}

const cache = new WeakMap<RecordStore, { version: number; list: Followup[] }>();

/** All follow-ups (in no particular order); rebuilt only when a follow-up changed. */
export function listFollowups(store: RecordStore): Followup[] {
  return tableItems(store, 'followups', cache, toFollowup);
}

function storedFollowup(store: RecordStore, id: string): RecordPayload<'followups'> | undefined {
  const record = store.get('followups', id);
  return record && payloadOf('followups', record);
}

export function getFollowup(store: RecordStore, id: string): Followup | undefined {
  const record = store.get('followups', id);
  return record ? toFollowup(record) : undefined;
}

export function followupsOfInquiry(store: RecordStore, inquiryId: string): Followup[] {
  return listFollowups(store)
    .filter((f) => f.inquiryId === inquiryId)
    .sort((a, b) => (a.due < b.due ? -1 : 1));
}

async function write(
  vault: OpenVault,
  id: string,
  data: FollowupData,
  previous: RecordPayload<'followups'> | undefined,
  now: Date,
) {
  return toFollowup(
    await vault.put('followups', id, { data, meta: nextMeta(previous?.meta, now, vault.deviceId) }),
  );
}

export async function saveFollowup(
  vault: OpenVault,
  id: string | undefined,
  draft: FollowupDraft,
  now = new Date(),
  /** The follow-up as the form showed it: a colleague's change since then is kept where the form left a field alone. */
  base?: FollowupData,
) {
  const previous = id ? storedFollowup(vault.store, id) : undefined;
  const data = keepChangesMadeMeanwhile(base, previous?.data, followupDraftToData(draft, previous?.data));
  return write(vault, id ?? newRecordId(), data, previous, now);
}

/** The write that marks a follow-up done (for a transaction that changes more than it). */
export function doneFollowupWrite(vault: OpenVault, id: string, now: Date) {
  const previous = storedFollowup(vault.store, id);
  if (!previous) throw new Error(`no follow-up ${id}`);
  return {
    id,
    payload: { data: markDone(previous.data, now), meta: nextMeta(previous.meta, now, vault.deviceId) },
  };
}

/**
 * Deletes a follow-up; the inquiry it belongs to notes the deletion in its history (same
 * transaction, with the Löschprotokoll line).
 */
export async function deleteFollowup(vault: OpenVault, id: string, now = new Date(), by?: string) {
  const followup = storedFollowup(vault.store, id);
  if (!followup) return;
  const inquiryId = followup.data.inquiryId;
  const stored = inquiryId ? vault.store.get('inquiries', inquiryId) : undefined;
  const inquiry = stored && payloadOf('inquiries', stored);
  await deleteRecords(
    vault,
    {
      removals: [{ table: 'followups', id }],
      writes:
        inquiry && inquiryId
          ? [
              {
                table: 'inquiries',
                id: inquiryId,
                payload: {
                  data: withHistoryEntry(inquiry.data, 'followupDeleted', now, by),
                  meta: nextMeta(inquiry.meta, now, vault.deviceId, by),
                },
              },
            ]
          : [],
    },
    now,
  );
}

export async function setFollowupDone(vault: OpenVault, id: string, done: boolean, now = new Date()) {
  const previous = storedFollowup(vault.store, id);
  if (!previous) return;
  await write(vault, id, done ? markDone(previous.data, now) : reopen(previous.data), previous, now);
}
