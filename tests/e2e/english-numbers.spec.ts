// Number fields in the UI's language: in English "1,234.50" is 1.234,50 € (it was read the German
// way, and the cap showed "200,00").
import { expect, test } from './fixtures';

test('in English the allowance cap shows "200.00" and "1,234.50" is stored as 1.234,50 €; "85.505" is refused', async ({
  app: { page, settings, vault },
}) => {
  await settings.switchToEnglish();

  const cap = page.getByRole('textbox', { name: 'Monthly allowance cap (€)' });
  await expect(cap).toHaveValue('200.00');
  await page.screenshot({ path: 'test-results/settings-english-1366x768.png' });

  await cap.fill('85.505');
  await expect(page.getByText('At most two decimals (cents).')).toBeVisible();

  await cap.fill('1,234.50');
  await cap.blur();
  await expect(cap).toHaveValue('1,234.50');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  // Back in German, the stored cap reads the German way; after a restart too (stored, not only shown).
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await settings.expectSaved();
  const germanCap = page.getByRole('textbox', { name: 'Obergrenze Aufwandsentschädigung je Monat (€)' });
  await expect(germanCap).toHaveValue('1.234,50');
  await page.reload();
  await vault.unlock();
  await settings.goto();
  await expect(germanCap).toHaveValue('1.234,50');
});

test('a whole-number field refuses "7,5" with a message instead of saving 75; arrow keys step within its limits', async ({
  app: { page, settings },
}) => {
  await settings.goto();
  const minutes = settings.autoLockMinutes();
  await minutes.fill('7,5');
  await settings.clickSave();
  await expect(page.getByText('Bitte eine ganze Zahl eingeben.')).toBeVisible();
  await expect(page.getByText('Einstellungen gespeichert')).toHaveCount(0);
  await expect(minutes).toHaveValue('7,5');

  // Out of range: said on leaving the field, not only on Speichern.
  await minutes.fill('0');
  await minutes.blur();
  await expect(page.getByText('Bitte einen Wert zwischen 1 und 240 Minuten eingeben.')).toBeVisible();

  await minutes.fill('239');
  await minutes.press('ArrowUp');
  await minutes.press('ArrowUp');
  await expect(minutes).toHaveValue('240');
  await settings.save();
});

test('in English the date fields read and show dd/MM/yyyy like the rest of the app', async ({
  app: { page, settings },
}) => {
  await settings.switchToEnglish();

  await page.getByRole('navigation').getByRole('link', { name: 'Follow-ups' }).click();
  await page.getByRole('button', { name: 'New follow-up' }).first().click();
  // The picker's group (the quick choices beside it are a group of the same name).
  const due = page
    .getByRole('dialog')
    .getByRole('group', { name: /^Due on/ })
    .first();
  await expect(due).toHaveText(/^\d{2}\/\d{2}\/\d{4}/);
});

test('in English an allowance month is shown and asked for as MM/YYYY, not the German 11.2026', async ({
  app: { page, settings },
}) => {
  await settings.switchToEnglish();

  await page.getByRole('navigation').getByRole('link', { name: 'Network' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'New person' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'is a volunteer guide' }).check();
  await dialog.getByRole('button', { name: 'Add amount' }).click();
  const now = new Date();
  const thisMonth = `${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  await expect(dialog.getByRole('textbox', { name: 'Month (MM/YYYY)' })).toHaveValue(thisMonth);
});
