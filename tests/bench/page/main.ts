// Runs inside Chromium at the app's origin and drives the real storage code (no mocks).
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { saveInquiry } from '../../../renderer/data/inquiries';
import { readVaultState, setUpVault, unlockVault } from '../../../renderer/data/vault';
import { generateInquiries } from '../dataset';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const bench = {
  async seed(inquiries: number, password: string) {
    const db = new AnlaufstelleDb();
    const t0 = performance.now();
    const data = generateInquiries(inquiries);
    const tGen = performance.now();
    const vault = await setUpVault(db, password);
    await vault.putMany('inquiries', data);
    const tWrite = performance.now();
    await vault.writeSnapshot();
    const tSnap = performance.now();
    const bytes = data.reduce((sum, r) => sum + JSON.stringify(r.payload).length, 0);
    db.close();
    return {
      generateMs: tGen - t0,
      writeMs: tWrite - tGen,
      snapshotMs: tSnap - tWrite,
      avgRecordBytes: bytes / data.length,
    };
  },

  /** Unlocks with the real code, then saves `count` inquiries one after another, each durable. */
  async saves(password: string, count: number) {
    const db = new AnlaufstelleDb();
    const state = await readVaultState(db);
    if (state.kind !== 'locked') throw new Error('no vault');
    const vault = await unlockVault(db, state.header, password);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const draft = {
        ...emptyInquiryDraft(new Date(), { channel: 'kanal-01' }),
        requesterType: 'stelle-01',
        topics: ['thema-01'],
        subject: `Benchmark-Anfrage ${i}`,
        notes: 'Rückruf zugesagt. Verwiesen an die Migrationsberatung.',
      };
      const t = performance.now();
      await saveInquiry(vault, undefined, draft);
      times.push(performance.now() - t);
    }
    db.close();
    return { median: median(times), times };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.body.dataset.ready = 'true';
