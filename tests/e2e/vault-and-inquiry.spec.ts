import { expect, openApp, test } from './fixtures';
import { InquiriesPage } from './pages/InquiriesPage';
import { PASSWORD, VaultPage } from './pages/VaultPage';
import { tabTo } from './support/keyboard';

test('a coordinator sets up the vault, logs an inquiry, locks, is refused a wrong password, unlocks and edits it', async ({
  page,
}) => {
  const vault = new VaultPage(page);
  const inquiries = new InquiriesPage(page);
  await page.goto('/');

  // Set-up refuses short, weak and mismatching passwords with German messages, and creates nothing.
  await vault.passwordField().fill('kurz');
  await page.getByRole('button', { name: 'Tresor anlegen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Das Passwort muss mindestens 12 Zeichen lang sein.');
  await vault.passwordField().fill('passwort1234');
  await page.getByRole('button', { name: 'Tresor anlegen' }).click();
  await expect(page.getByRole('alert')).toContainText('zu leicht zu erraten');
  await vault.passwordField().fill(PASSWORD);
  await page.getByLabel('Passwort wiederholen').fill(PASSWORD + 'x');
  await page.getByRole('button', { name: 'Tresor anlegen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Die Passwörter stimmen nicht überein.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tresor einrichten' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('nicht für Terminalserver');

  await vault.setUp();
  await inquiries.goto();
  await expect(page.getByText('Noch keine Anfragen')).toBeVisible();

  await inquiries.create({
    requester: 'Polizei',
    topic: 'Diskriminierung / Konflikt / Sicherheit',
    subject: 'Beratung nach Vorfall am Bahnhof',
    notes: 'Rückruf bei Frau Kommissarin vereinbart.',
  });
  const row = inquiries.row('Beratung nach Vorfall am Bahnhof');
  await expect(row).toContainText('Polizei');
  await expect(row).toContainText('offen');
  await expect(row).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
  await expect(page.getByText('1 Anfrage', { exact: true })).toBeVisible();

  // Reload = a fresh start of the app: the vault is locked, nothing of the inquiry is on the page.
  await page.reload();
  await vault.expectLocked();
  await expect(page.getByText('Beratung nach Vorfall am Bahnhof')).toHaveCount(0);

  await vault.passwordField().fill('Falsches-Passwort-123');
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('alert')).toContainText('Das Passwort ist falsch.');
  await expect(page.getByRole('alert')).toContainText(/Bitte warten Sie \d+ Sekunden/);
  await expect(page.getByRole('button', { name: 'Entsperren' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Entsperren' })).toBeEnabled({ timeout: 5000 });

  await vault.unlock();
  await expect(row).toContainText('Polizei');

  await inquiries.open('Beratung nach Vorfall am Bahnhof');
  const dialog = inquiries.dialog();
  await expect(dialog.getByRole('textbox', { name: 'Notizen' })).toHaveValue(
    'Rückruf bei Frau Kommissarin vereinbart.',
  );
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'erledigt' }).click();
  await dialog
    .getByRole('textbox', { name: 'Betreff' })
    .fill('Beratung nach Vorfall am Bahnhof (abgeschlossen)');
  await inquiries.save();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Beratung nach Vorfall am Bahnhof (abgeschlossen)',
  );
  await expect(page.getByRole('definition').filter({ hasText: 'erledigt' })).toBeVisible();
  await inquiries.goto();
  await expect(inquiries.row('(abgeschlossen)')).toContainText('erledigt');

  // Lock drops the data from the page; after unlocking, the change is there.
  await page.getByRole('button', { name: 'Sperren' }).click();
  await vault.expectLocked();
  await expect(page.getByText('Beratung nach Vorfall')).toHaveCount(0);
  await vault.unlock();
  await expect(inquiries.row('(abgeschlossen)')).toContainText('erledigt');
  await inquiries.open('Beratung nach Vorfall am Bahnhof (abgeschlossen)');
  await expect(inquiries.dialog()).toContainText(/Erledigt am \d{2}\.\d{2}\.\d{4}/);
});

test('validation errors appear at the field, in German, and nothing is saved', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  await inquiries.dialog().getByRole('button', { name: 'Speichern', exact: true }).click();
  const dialog = inquiries.dialog();
  await expect(dialog.getByRole('textbox', { name: 'Betreff' })).toHaveAccessibleDescription(
    'Bitte einen Betreff eingeben.',
  );
  await expect(dialog.getByRole('combobox', { name: 'Anfragende Stelle' })).toHaveAccessibleDescription(
    'Bitte auswählen.',
  );
  await expect(dialog.getByRole('combobox', { name: 'Themen' })).toHaveAccessibleDescription(
    'Bitte mindestens ein Thema wählen.',
  );
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByText('Noch keine Anfragen')).toBeVisible();
});

test('everything works by keyboard alone: set up, capture with Ctrl+N and Ctrl+Enter, lock with Ctrl+L, unlock', async ({
  page,
}) => {
  await page.goto('/');
  // Set-up: focus starts in the password field.
  await expect(page.getByLabel('Passwort', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await tabTo(page, 'Passwort wiederholen');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  // The recovery key is shown once; confirming it was stored opens the app.
  await expect(page.getByRole('heading', { name: 'Wiederherstellungsschlüssel' })).toBeVisible();
  await tabTo(
    page,
    'Ich habe den Wiederherstellungsschlüssel ausgedruckt oder notiert und sicher aufbewahrt.',
  );
  await page.keyboard.press('Space');
  await tabTo(page, 'Weiter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Heute, / })).toBeVisible();

  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Anfragende Stelle' })).toBeFocused();
  await page.keyboard.type('Schule');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Themen');
  await page.keyboard.type('Sprache');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Betreff');
  await page.keyboard.type('Klassenbesuch Ethikunterricht');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible();
  // "Heute" lists it among today's inquiries; Tab to it, Enter opens the detail view.
  const today = page.getByRole('region', { name: /Heute eingegangene Anfragen/ });
  await expect(today.getByRole('button', { name: 'Klassenbesuch Ethikunterricht' })).toBeVisible();
  await tabTo(page, 'Klassenbesuch Ethikunterricht', 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Klassenbesuch Ethikunterricht' })).toBeVisible();
  await expect(page.getByText('Schule / Kita', { exact: true })).toBeVisible();
  await expect(page.getByText('Sprache / Sprachkurs', { exact: true })).toBeVisible();
  // Esc goes back to the list.
  await page.keyboard.press('Escape');
  const row = page.getByRole('row').filter({ hasText: 'Klassenbesuch Ethikunterricht' });
  await expect(row).toContainText('Schule / Kita');

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Entsperren' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Desktop-App');
  await expect(page.getByLabel('Passwort', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(row).toBeVisible();
});

test('the vault locks itself after the idle time and the page no longer shows the data', async ({ page }) => {
  await page.clock.install();
  const { inquiries } = await openApp(page);
  await inquiries.create({
    requester: 'Jobcenter / Agentur für Arbeit',
    topic: 'Arbeit / Ausbildung',
    subject: 'Leerlauf-Prüfung',
  });

  await page.clock.fastForward('09:00');
  await expect(inquiries.row('Leerlauf-Prüfung')).toBeVisible();
  await page.clock.fastForward('01:10');
  await expect(page.getByRole('heading', { name: 'Entsperren' })).toBeVisible();
  await expect(page.getByText('Leerlauf-Prüfung')).toHaveCount(0);
});
