// Inquiries: typed access over the store, and saving through the vault.
import {
  closedInquiryData,
  compareNewestFirst,
  draftToData,
  type Inquiry,
  type InquiryData,
  type InquiryDraft,
} from '../../shared/domain/inquiry';
import { keepChangesMadeMeanwhile } from '../../shared/domain/concurrentEdits';
import { nextMeta } from '../../shared/domain/recordMeta';
import type { LiveRecord } from '../../shared/storage/snapshot';
import type { Followup } from '../../shared/domain/followup';
import type { RecordStore } from './recordStore';
import { deleteRecords } from './deletion';
import { tableItems, tableList } from './tableList';
import { doneFollowupWrite, followupsOfInquiry } from './followups';
import type { OpenVault } from './vault';
import { newRecordId, payloadOf, type RecordPayload } from '../../shared/storage/records';

// One Inquiry object per stored record object: unchanged records keep their identity across list
// rebuilds, so per-record caches (statistics, search) survive a single change.
const inquiryOf = new WeakMap<LiveRecord, Inquiry>();

export function toInquiry(record: LiveRecord): Inquiry {
  let inquiry = inquiryOf.get(record);
  if (!inquiry) {
    const { data, meta } = payloadOf('inquiries', record);
    inquiry = { ...data, id: record.id, createdAt: meta.createdAt, changedAt: meta.changedAt };
    inquiryOf.set(record, inquiry);
  }
  return inquiry;
}

const listCache = new WeakMap<RecordStore, { version: number; list: Inquiry[] }>();

/** All inquiries, newest first; recomputed (or patched) only when an inquiry changed. */
export function listInquiries(store: RecordStore): Inquiry[] {
  return tableList(store, 'inquiries', listCache, toInquiry, compareNewestFirst);
}

const unsortedCache = new WeakMap<RecordStore, { version: number; list: Inquiry[] }>();

/**
 * All inquiries in no particular order, for figures that do not need the list's order ("Heute"):
 * the newest-first sort of 50,000 inquiries is then not paid at unlock but in the warm-up after.
 */
export function allInquiries(store: RecordStore): Inquiry[] {
  return tableItems(store, 'inquiries', unsortedCache, toInquiry);
}

export function getInquiry(store: RecordStore, id: string): Inquiry | undefined {
  const record = store.get('inquiries', id);
  return record ? toInquiry(record) : undefined;
}

/** Creates (id undefined) or updates an inquiry; resolves after the write is durable. */
export async function saveInquiry(
  vault: OpenVault,
  id: string | undefined,
  draft: InquiryDraft,
  now = new Date(),
  by?: string,
  /** The inquiry as the form showed it: a colleague's change since then is kept where the form left a field alone. */
  base?: InquiryData,
): Promise<Inquiry> {
  const recordId = id ?? newRecordId();
  const stored = id ? vault.store.get('inquiries', id) : undefined;
  const previous = stored && payloadOf('inquiries', stored);
  const payload: RecordPayload<'inquiries'> = {
    data: keepChangesMadeMeanwhile(base, previous?.data, draftToData(draft, previous?.data, now, by)),
    meta: nextMeta(previous?.meta, now, vault.deviceId, by),
  };
  return toInquiry(await vault.put('inquiries', recordId, payload));
}

/** The inquiry's follow-ups that are still open. */
export function openFollowupsOf(store: RecordStore, inquiryId: string): Followup[] {
  return followupsOfInquiry(store, inquiryId).filter((f) => f.status === 'offen');
}

/**
 * "Erledigt" in one step: closes the inquiry and, when asked, its open follow-ups too, in one
 * transaction.
 */
export async function closeInquiry(
  vault: OpenVault,
  id: string,
  followupsToo: boolean,
  now = new Date(),
  by?: string,
): Promise<void> {
  const stored = vault.store.get('inquiries', id);
  if (!stored) return;
  const previous = payloadOf('inquiries', stored);
  const followups = followupsToo ? openFollowupsOf(vault.store, id) : [];
  await vault.putAll([
    {
      table: 'inquiries',
      records: [
        {
          id,
          payload: {
            data: closedInquiryData(previous.data, now, by),
            meta: nextMeta(previous.meta, now, vault.deviceId, by),
          },
        },
      ],
    },
    ...(followups.length
      ? [{ table: 'followups' as const, records: followups.map((f) => doneFollowupWrite(vault, f.id, now)) }]
      : []),
  ]);
}

/** Deletes an inquiry together with its follow-ups (one transaction, one Löschprotokoll line per table). */
export async function deleteInquiry(vault: OpenVault, id: string, now = new Date()): Promise<void> {
  if (!vault.store.get('inquiries', id)) return;
  await deleteRecords(
    vault,
    {
      removals: [
        { table: 'inquiries', id },
        ...followupsOfInquiry(vault.store, id).map((f) => ({ table: 'followups' as const, id: f.id })),
      ],
    },
    now,
  );
}
