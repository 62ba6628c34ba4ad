import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { saveInquiry } from '../../../renderer/data/inquiries';
import { dueForRetention, knownDueForRetention, saveRetentionRules } from '../../../renderer/data/retention';
import { oldestDue } from '../../../renderer/data/retentionReview';
import { setUpVault } from '../../../renderer/data/vault';
import { DEFAULT_RETENTION } from '../../../shared/retention/retention';

// "Heute" asks for what is due on every render; the answer is kept, but never past a change.
describe('what the Löschfristen make due, kept between renders', () => {
  it('sees a newly closed inquiry, a rule change and the next hour at once', async () => {
    const db = new AnlaufstelleDb(`retention-due-${Date.now()}`);
    const vault = await setUpVault(db, 'Lindenblüte-Nebel-7319');
    const closed = (at: string) => ({
      ...emptyInquiryDraft(new Date(at), { channel: 'kanal-01' }),
      subject: 'Frage zur Wohnsitzauflage',
      requesterType: 'stelle-01',
      topics: ['thema-01'],
      status: 'erledigt' as const,
    });
    const now = new Date('2026-11-30T10:15:00Z');
    // Closed 30 months ago: due under the default 24 months.
    const old = await saveInquiry(
      vault,
      undefined,
      closed('2024-05-02T09:00:00Z'),
      new Date('2024-05-02T09:00:00Z'),
    );
    // Not worked out yet: a screen shows "being worked out" and asks again a task later.
    expect(knownDueForRetention(vault.store, now)).toBeUndefined();
    const first = dueForRetention(vault.store, now);
    expect(first.map((d) => d.id)).toEqual([old.id]);
    expect(knownDueForRetention(vault.store, now)).toBe(first);
    expect(dueForRetention(vault.store, new Date('2026-11-30T10:45:00Z'))).toBe(first);

    // Another one closed long ago: due on the next call, not an hour later.
    const older = await saveInquiry(
      vault,
      undefined,
      closed('2023-01-10T09:00:00Z'),
      new Date('2023-01-10T09:00:00Z'),
    );
    expect(knownDueForRetention(vault.store, now)).toBeUndefined();
    expect(
      dueForRetention(vault.store, now)
        .map((d) => d.id)
        .sort(),
    ).toEqual([old.id, older.id].sort());

    // Longer periods in the rules: only the older one stays due.
    await saveRetentionRules(vault, { ...DEFAULT_RETENTION, inquiryMonths: 36 });
    expect(dueForRetention(vault.store, now).map((d) => d.id)).toEqual([older.id]);

    // Closed exactly 36 months before 11:30 today: not due at 10:15, due from the 11 o'clock hour on.
    const boundary = await saveInquiry(
      vault,
      undefined,
      closed('2023-11-30T11:30:00Z'),
      new Date('2023-11-30T11:30:00Z'),
    );
    expect(dueForRetention(vault.store, now).map((d) => d.id)).not.toContain(boundary.id);
    expect(dueForRetention(vault.store, new Date('2026-11-30T12:00:00Z')).map((d) => d.id)).toContain(
      boundary.id,
    );
    db.close();
  });

  it('the review lists the oldest due inquiries first, as many as asked for', async () => {
    const db = new AnlaufstelleDb(`retention-review-${Date.now()}`);
    const vault = await setUpVault(db, 'Lindenblüte-Nebel-7319');
    const ids = new Map<string, string>();
    // Received (and closed) on these days, saved in this order.
    for (const day of ['2022-05-10', '2021-02-01', '2023-03-15', '2020-11-30', '2022-01-20']) {
      const at = new Date(`${day}T10:00:00Z`);
      const saved = await saveInquiry(
        vault,
        undefined,
        {
          ...emptyInquiryDraft(at, { channel: 'kanal-01' }),
          subject: `Anfrage vom ${day}`,
          requesterType: 'stelle-01',
          topics: ['thema-01'],
          status: 'erledigt' as const,
        },
        at,
      );
      ids.set(saved.id, day);
    }
    const due = dueForRetention(vault.store, new Date('2026-11-30T10:00:00Z'));
    expect(due).toHaveLength(5);
    expect(oldestDue(vault.store, due, 3).map((d) => ids.get(d.id))).toEqual([
      '2020-11-30',
      '2021-02-01',
      '2022-01-20',
    ]);
    expect(oldestDue(vault.store, due, 10).map((d) => ids.get(d.id))).toEqual([
      '2020-11-30',
      '2021-02-01',
      '2022-01-20',
      '2022-05-10',
      '2023-03-15',
    ]);
    db.close();
  });
});
