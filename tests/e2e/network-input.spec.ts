// Input in the network dialogs that used to be lost or slip through: a half-typed optional date, an
// allowance over the monthly cap, a month typed the German way, and leaving with unsaved input.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { VaultPage } from './pages/VaultPage';
import { expectNoSeriousA11yViolations } from './support/axe';

async function openNetwork(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netzwerk' })).toBeVisible();
}

/** Types digits into a date picker's first section, as a person does ("12" "03" …). */
async function typeDate(page: Page, field: Locator, digits: string) {
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}

const INCOMPLETE = 'Das Datum ist unvollständig. Bitte als TT.MM.JJJJ eingeben oder das Feld leeren.';

test('a half-typed "Im Netzwerk seit" or "Aktiv bis" is refused with a message, not dropped', async ({
  page,
}) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  await openNetwork(page);
  await page.getByRole('button', { name: 'Neue Organisation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Tafel Salzwedel');
  await typeDate(page, dialog.getByRole('group', { name: 'Im Netzwerk seit' }), '1203');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText(INCOMPLETE)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Neue Organisation' })).toBeVisible(); // not saved
  await expectNoSeriousA11yViolations(page, 'Neue Organisation: Datum unvollständig');
  // Completed, it saves.
  await typeDate(page, dialog.getByRole('group', { name: 'Im Netzwerk seit' }), '12032019');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tafel Salzwedel' })).toBeVisible();
  await expect(page.getByText('12.03.2019')).toBeVisible();

  await page.getByRole('button', { name: 'Neue Person' }).click();
  await dialog.getByRole('textbox', { name: 'Nachname' }).fill('Haddad');
  await expect(dialog.getByText('Einwilligung: nicht erfasst')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'ist Integrationslotse / -lotsin' }).check();
  await typeDate(page, dialog.getByRole('group', { name: 'Aktiv bis' }), '0105');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText(INCOMPLETE)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Neue Person' })).toBeVisible();
});

test('an allowance month as MM.JJJJ or 11/2026; over the cap only after confirming', async ({ page }) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  await openNetwork(page);
  await page.getByRole('button', { name: 'Neue Person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Person' });
  await dialog.getByRole('textbox', { name: 'Vorname' }).fill('Samira');
  await dialog.getByRole('textbox', { name: 'Nachname' }).fill('Haddad');
  await dialog.getByRole('checkbox', { name: 'ist Integrationslotse / -lotsin' }).check();
  await dialog.getByRole('button', { name: 'Betrag hinzufügen' }).click();
  const month = dialog.getByRole('textbox', { name: 'Monat (MM.JJJJ)' });
  await month.fill('13.2026');
  await dialog.getByRole('textbox', { name: 'Betrag (€)' }).fill('120');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Bitte den Monat als MM.JJJJ eingeben, z. B. 11.2026.')).toBeVisible();

  await month.fill('1/2020');
  await dialog.getByRole('button', { name: 'Betrag hinzufügen' }).click();
  await month.nth(1).fill('01.2020');
  await dialog.getByRole('textbox', { name: 'Betrag (€)' }).nth(1).fill('130,50');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Über der Obergrenze speichern?' });
  await expect(ask).toContainText(
    'Die Aufwandsentschädigung liegt über der monatlichen Obergrenze von 200,00 €: 01.2020: 250,50 €.',
  );
  await expectNoSeriousA11yViolations(page, 'Über der Obergrenze speichern?');
  await page.screenshot({ path: 'test-results/allowance-over-cap.png' });
  await ask.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeVisible(); // nothing saved
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await ask.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(dialog).toBeHidden();

  // Stored as the same month: reopened, both amounts are in January 2020.
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('button', { name: 'Samira Haddad' }).click();
  const reopened = page.getByRole('dialog', { name: 'Person bearbeiten' });
  await expect(reopened.getByRole('textbox', { name: 'Monat (MM.JJJJ)' }).first()).toHaveValue('01.2020');
  await expect(reopened.getByRole('textbox', { name: 'Monat (MM.JJJJ)' }).nth(1)).toHaveValue('01.2020');
  await expect(reopened.getByRole('alert')).toContainText(
    'Im Monat 01.2020 liegt die Summe über der Obergrenze',
  );
  // Saving again without changing the month does not ask again.
  await reopened.getByRole('textbox', { name: 'Notizen' }).fill('Sprachmittlung Arabisch');
  await reopened.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(reopened).toBeHidden();
});

test('leaving the page with an unsaved organisation or person asks first', async ({ page }) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  await openNetwork(page);
  for (const [button, field] of [
    ['Neue Organisation', 'Name'],
    ['Neue Person', 'Nachname'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: field, exact: true }).fill('Entwurf');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true }).catch(() => undefined);
    const question = await asked;
    expect(question.type()).toBe('beforeunload');
    await question.dismiss();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: field, exact: true })).toHaveValue(
      'Entwurf',
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
  }
});
