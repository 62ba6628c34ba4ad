import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import {
  deleteFollowup,
  followupsOfInquiry,
  getFollowup,
  saveFollowup,
} from '../../../renderer/data/followups';
import {
  closeInquiry,
  deleteInquiry,
  getInquiry,
  listInquiries,
  saveInquiry,
} from '../../../renderer/data/inquiries';
import { readRetentionLog } from '../../../renderer/data/retention';
import { readVaultState, setUpVault, unlockVault, type OpenVault } from '../../../renderer/data/vault';
import { singleFlight } from '../../../renderer/components/singleFlight';

const PASSWORD = 'Lindenblüte-Nebel-7319';
const draft = emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' });

async function withFollowups(vault: OpenVault, subject: string, titles: string[]) {
  const inquiry = await saveInquiry(vault, undefined, { ...draft, subject });
  const followups = [];
  for (const title of titles)
    followups.push(
      await saveFollowup(vault, undefined, {
        title,
        due: '2026-03-05',
        assignee: '',
        notes: '',
        inquiryId: inquiry.id,
      }),
    );
  return { inquiry, followups };
}

async function reopen(db: AnlaufstelleDb) {
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error('vault not set up');
  return unlockVault(db, state.header, PASSWORD);
}

describe('acting on inquiries and follow-ups', () => {
  it('deletes an inquiry with its follow-ups; deleting a follow-up notes it in its inquiry’s history', async () => {
    const db = new AnlaufstelleDb(`inquiry-actions-${Date.now()}`);
    const vault = await setUpVault(db, PASSWORD);
    const gone = await withFollowups(vault, 'Wird gelöscht', ['A', 'B']);
    const kept = await withFollowups(vault, 'Bleibt', ['C', 'D']);

    await deleteFollowup(vault, kept.followups[0]!.id, new Date('2026-03-06T10:00:00Z'), 'team-01');
    expect(followupsOfInquiry(vault.store, kept.inquiry.id).map((f) => f.title)).toEqual(['D']);
    expect(getInquiry(vault.store, kept.inquiry.id)?.history?.at(-1)).toEqual({
      at: '2026-03-06T10:00:00.000Z',
      action: 'followupDeleted',
      by: 'team-01',
    });

    await deleteInquiry(vault, gone.inquiry.id, new Date('2026-03-07T10:00:00Z'));
    expect(listInquiries(vault.store).map((i) => i.subject)).toEqual(['Bleibt']);
    for (const f of gone.followups) expect(getFollowup(vault.store, f.id)).toBeUndefined();
    expect(readRetentionLog(vault.store).map((e) => [e.table, e.count])).toEqual([
      ['followups', 1],
      ['inquiries', 1],
      ['followups', 2],
    ]);

    // After unlocking again (the stored history entry passes the record registry).
    const reopened = await reopen(db);
    expect(getInquiry(reopened.store, gone.inquiry.id)).toBeUndefined();
    expect(getInquiry(reopened.store, kept.inquiry.id)?.history?.map((h) => h.action)).toEqual([
      'created',
      'followupDeleted',
    ]);
  });

  it('"Erledigt" closes the inquiry and, when asked, its open follow-ups in one step', async () => {
    const db = new AnlaufstelleDb(`inquiry-close-${Date.now()}`);
    const vault = await setUpVault(db, PASSWORD);
    const all = await withFollowups(vault, 'Mit allen', ['A', 'B']);
    const only = await withFollowups(vault, 'Nur die Anfrage', ['C']);
    const now = new Date('2026-03-08T12:00:00Z');

    await closeInquiry(vault, all.inquiry.id, true, now, 'team-01');
    await closeInquiry(vault, only.inquiry.id, false, now);

    const closed = getInquiry(vault.store, all.inquiry.id)!;
    expect([closed.status, closed.closedAt, closed.history?.at(-1)?.action]).toEqual([
      'erledigt',
      '2026-03-08T12:00:00.000Z',
      'closed',
    ]);
    expect(followupsOfInquiry(vault.store, all.inquiry.id).map((f) => [f.status, f.doneAt])).toEqual([
      ['erledigt', '2026-03-08T12:00:00.000Z'],
      ['erledigt', '2026-03-08T12:00:00.000Z'],
    ]);
    expect(getInquiry(vault.store, only.inquiry.id)?.status).toBe('erledigt');
    expect(followupsOfInquiry(vault.store, only.inquiry.id).map((f) => f.status)).toEqual(['offen']);

    // Closing again changes nothing (no second "erledigt" in the history).
    await closeInquiry(vault, all.inquiry.id, true, new Date('2026-03-09T12:00:00Z'));
    expect(
      getInquiry(vault.store, all.inquiry.id)?.history?.filter((h) => h.action === 'closed'),
    ).toHaveLength(1);
  });
});

describe('singleFlight', () => {
  it('ignores calls while an earlier one is still running, then runs again', async () => {
    let runs = 0;
    let release = () => {};
    const save = singleFlight(async () => {
      runs++;
      await new Promise<void>((resolve) => (release = resolve));
    });
    const first = save();
    const second = save(); // Ctrl+Enter and the date field's own submit in the same key press
    release();
    await Promise.all([first, second]);
    expect(runs).toBe(1);
    const third = save();
    release();
    await third;
    expect(runs).toBe(2);
  });
});
