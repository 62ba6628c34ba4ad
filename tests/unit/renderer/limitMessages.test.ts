// Every form's length and size limits name their number in the message, in German and English.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { followupDraftSchema } from '../../../shared/domain/followup';
import { emptyInquiryDraft, inquiryDraftSchema } from '../../../shared/domain/inquiry';
import { allowanceSchema, emptyOrganisation, organisationDraftSchema } from '../../../shared/domain/network';
import { settingsSchema, DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { validationText } from '../../../renderer/components/validationMessage';
import { de } from '../../../renderer/i18n/de';
import { en } from '../../../renderer/i18n/en';

async function translator(lng: 'de' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

function firstMessage(result: { success: boolean; error?: { issues: Array<{ message: string }> } }) {
  expect(result.success).toBe(false);
  return result.error!.issues[0]!.message;
}

describe('limit messages name their number', () => {
  it('in the inquiry, follow-up and organisation forms', async () => {
    const de = await translator('de');
    const en = await translator('en');
    const notes = firstMessage(
      inquiryDraftSchema.safeParse({
        ...emptyInquiryDraft(new Date('2026-03-02T09:15:00Z'), { channel: 'kanal-01' }),
        requesterType: 'stelle-01',
        topics: ['thema-01'],
        subject: 'Polizei fragt nach Dolmetscher',
        notes: 'x'.repeat(20_001),
      }),
    );
    expect(validationText(de.t, 'de', notes)).toBe('Bitte höchstens 20.000 Zeichen eingeben.');
    expect(validationText(en.t, 'en', notes)).toMatch(/20,000/);

    const title = firstMessage(
      followupDraftSchema.safeParse({
        title: 'R'.repeat(201),
        due: '2026-03-05',
        assignee: '',
        notes: '',
        inquiryId: '',
      }),
    );
    expect(validationText(de.t, 'de', title)).toBe('Bitte höchstens 200 Zeichen eingeben.');

    const name = firstMessage(
      organisationDraftSchema.safeParse({ ...emptyOrganisation(), name: 'J'.repeat(201) }),
    );
    expect(validationText(de.t, 'de', name)).toBe('Bitte höchstens 200 Zeichen eingeben.');
  });

  it('writes an amount limit in euros in the reader\'s language, not as a count of cents ("1.000.000")', async () => {
    const de = await translator('de');
    const en = await translator('en');
    const allowance = firstMessage(allowanceSchema.safeParse({ month: '2026-11', amountCents: 10_000_01 }));
    expect(validationText(de.t, 'de', allowance)).toBe('Bitte höchstens 10.000,00 € eingeben.');
    expect(validationText(en.t, 'en', allowance)).toBe('Please enter at most €10,000.00.');
    const cap = firstMessage(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, allowanceCapCents: 20_000_00 }));
    expect(validationText(de.t, 'de', cap)).toBe('Bitte höchstens 10.000,00 € eingeben.');
  });
});
