// Figures typed and shown the German way (issue "Wrong figures").
import { expect, test } from '@playwright/test';
import { InquiriesPage } from './pages/InquiriesPage';
import { VaultPage } from './pages/VaultPage';
import { expectNoSeriousA11yViolations } from './support/axe';

test('an allowance typed as "85,50" is saved as 85,50 € (it was 8.550 €); "85,505" is refused in German', async ({
  page,
}) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await page.getByRole('button', { name: 'Neue Person' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Vorname' }).fill('Samira');
  await dialog.getByRole('textbox', { name: 'Nachname' }).fill('Haddad');
  await dialog.getByRole('checkbox', { name: 'ist Integrationslotse / -lotsin' }).check();
  await dialog.getByRole('button', { name: 'Betrag hinzufügen' }).click();
  const amount = dialog.getByRole('textbox', { name: 'Betrag (€)' });

  await amount.fill('85,505');
  await expect(dialog.getByText('Höchstens zwei Stellen nach dem Komma (Cent).')).toBeVisible();
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeVisible(); // nothing saved

  await amount.fill('85,5');
  await amount.blur();
  await expect(amount).toHaveValue('85,50'); // shows what was understood
  await expectNoSeriousA11yViolations(page, 'Person mit Aufwandsentschädigung');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Integrationslotsen' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Samira Haddad' });
  await expect(row).toContainText('85,50 €');

  // Reopened, the field shows the stored amount; a second month typed in thousands with a unit
  // ("1.234,50 €") is 1.234,50 €, not 1,23 € or 123.450 €.
  await row.getByRole('button', { name: 'Samira Haddad' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Betrag (€)' })).toHaveValue('85,50');
  await dialog.getByRole('button', { name: 'Betrag hinzufügen' }).click();
  await dialog.getByRole('textbox', { name: 'Monat (MM.JJJJ)' }).nth(1).fill('01.2020');
  await dialog.getByRole('textbox', { name: 'Betrag (€)' }).nth(1).fill('1.234,50 €');
  await expect(dialog.getByRole('alert')).toContainText(
    'Im Monat 01.2020 liegt die Summe über der Obergrenze',
  );
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Über der Obergrenze speichern?' })
    .getByRole('button', { name: 'Trotzdem speichern' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('85,50 €'); // this year's total: 2020 is not in it
});

test('an Eingang on 01.01.2099 is saved only after confirming it; a year 0099 is refused', async ({
  page,
}) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  const inquiries = new InquiriesPage(page);
  await inquiries.openNewWithButton();
  await inquiries.fill({ requester: 'Polizei', topic: 'Sprache / Sprachkurs', subject: 'Datum vertippt' });
  const dialog = inquiries.dialog();
  const received = dialog.getByRole('group', { name: 'Eingang' });
  const typeReceived = async (digits: string) => {
    await received.getByRole('spinbutton').first().click();
    await page.keyboard.type(digits);
  };

  await typeReceived('010120991030');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  const check = page.getByRole('dialog', { name: 'Datum prüfen' });
  await expect(check).toContainText('„Eingang“ ist der 01.01.2099, mehr als ein Jahr in der Zukunft.');
  await expectNoSeriousA11yViolations(page, 'Datum prüfen');
  await check.getByRole('button', { name: 'Datum korrigieren' }).click();
  await expect(check).toBeHidden();
  await expect(dialog.getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible(); // nothing saved

  await typeReceived('010100991030');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Dieses Datum ist nicht möglich. Bitte prüfen Sie das Jahr.')).toBeVisible();
  await expect(check).toBeHidden();

  // An unusual date the user means is saved once confirmed.
  await typeReceived('010120991030');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await check.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
});
