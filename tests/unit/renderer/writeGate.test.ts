import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';
import { WindowLostError, WriteGate } from '../../../renderer/data/writeGate';

const PASSWORD = 'Lindenblüte-Nebel-7319';
let counter = 0;

function gatedDb(): { db: AnlaufstelleDb; gate: WriteGate } {
  const db = new AnlaufstelleDb(`write-gate-test-${Date.now()}-${counter++}`);
  const gate = new WriteGate();
  gate.install(db);
  return { db, gate };
}

function draft(subject: string) {
  return {
    ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
    requesterType: 'stelle-01',
    topics: ['thema-01'],
    subject,
  };
}

/** What a fresh window finds after unlocking the same database. */
async function subjectsAfterUnlock(gated: AnlaufstelleDb): Promise<string[]> {
  const db = new AnlaufstelleDb(gated.name);
  const state = await readVaultState(db);
  if (state.kind !== 'locked') throw new Error(`expected locked, got ${state.kind}`);
  const vault = await unlockVault(db, state.header, PASSWORD);
  return listInquiries(vault.store)
    .map((i) => i.subject)
    .sort();
}

describe('write gate (a window whose vault another window took over)', () => {
  it('waits for a save under way, refuses it and every later one, and counts the refusals', async () => {
    const { db, gate } = gatedDb();
    const vault = gate.track(await setUpVault(db, PASSWORD));
    await saveInquiry(vault, undefined, draft('Vorher gespeichert'));

    // The record is still being sealed when the other window takes over: close waits until this
    // save has failed (visibly, where it was made) instead of reloading while it is in the air.
    let settled = false;
    const underWay = saveInquiry(vault, undefined, draft('Unterwegs')).finally(() => (settled = true));
    const refused = await gate.close();
    expect(settled).toBe(true);
    expect(refused).toBe(1);
    await expect(underWay).rejects.toThrow(WindowLostError);

    await expect(saveInquiry(vault, undefined, draft('Nach der Übernahme'))).rejects.toThrow(WindowLostError);
    expect(await gate.close()).toBe(2);
    // Nothing of the refused saves reached the database; the committed one is there.
    expect(await subjectsAfterUnlock(db)).toEqual(['Vorher gespeichert']);
  });

  it('still writes the snapshot at lock through the closed gate, and only that', async () => {
    const { db, gate } = gatedDb();
    const vault = gate.track(await setUpVault(db, PASSWORD));
    await saveInquiry(vault, undefined, draft('Im Schnappschuss'));
    await gate.close();

    await expect(vault.writeSnapshot()).rejects.toThrow(WindowLostError);
    expect(await db.snapshots.count()).toBe(0);
    await gate.flush(() => vault.prepareLock());
    expect((await db.snapshots.get('manifest'))?.watermark).toBe(1);
    await expect(db.meta.put({ key: 'probe', value: 1 })).rejects.toThrow(WindowLostError);
    expect(await subjectsAfterUnlock(db)).toEqual(['Im Schnappschuss']);
  });

  it('keeps an open gate transparent: reads and writes work as before', async () => {
    const { db, gate } = gatedDb();
    const vault = gate.track(await setUpVault(db, PASSWORD));
    expect(vault.put).toBe(vault.put); // stable functions (React effect dependencies)
    await saveInquiry(vault, undefined, draft('Normal'));
    expect(listInquiries(vault.store).map((i) => i.subject)).toEqual(['Normal']);
    expect(await subjectsAfterUnlock(db)).toEqual(['Normal']);
  });
});
