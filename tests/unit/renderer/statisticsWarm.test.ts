import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyInquiryDraft } from '../../../shared/domain/inquiry';
import { hasInquiryColumns } from '../../../shared/stats/inquiryColumns';
import { AnlaufstelleDb } from '../../../renderer/data/db';
import { listInquiries, saveInquiry } from '../../../renderer/data/inquiries';
import { keepStatisticsWarm } from '../../../renderer/data/statistics';
import { setUpVault } from '../../../renderer/data/vault';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The first Auswertung after a save should not build the columns of 100,000 inquiries in one task.
describe('the statistics kept warm after a change', () => {
  const draft = (subject: string) => ({
    ...emptyInquiryDraft(new Date('2026-11-30T09:00:00Z'), { channel: 'kanal-01' }),
    subject,
    requesterType: 'stelle-01',
    topics: ['thema-01'],
  });

  it('builds the columns of the list changed by a save in the background; stopped, it builds nothing', async () => {
    const db = new AnlaufstelleDb(`statistics-warm-${Date.now()}`);
    const vault = await setUpVault(db, 'Lindenblüte-Nebel-7319');
    const stop = keepStatisticsWarm(vault.store);
    await saveInquiry(vault, undefined, draft('Frage zum Integrationskurs'));
    const afterSave = listInquiries(vault.store);
    expect(hasInquiryColumns(afterSave)).toBe(false);
    await pause(1500);
    expect(hasInquiryColumns(afterSave)).toBe(true);

    stop();
    await saveInquiry(vault, undefined, draft('Wohnungssuche'));
    await pause(1500);
    expect(hasInquiryColumns(listInquiries(vault.store))).toBe(false);
  });
});
