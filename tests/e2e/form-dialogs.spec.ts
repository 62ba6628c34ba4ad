// Every form dialog asks "Eingaben verwerfen?" before Esc or a click outside throws typed input away
// (a fully typed Netzwerktreffen was once lost that way); an untouched dialog closes at once.
import { expect, test } from './fixtures';
import { openScreen } from './pages/screens';

const DIALOGS = [
  { screen: 'Netzwerk', button: 'Neue Person', field: 'Nachname' },
  { screen: 'Netzwerk', button: 'Neue Organisation', field: 'Name' },
  { screen: 'Aktivitäten', button: 'Neue Aktivität', field: 'Titel' },
  { screen: 'Wiedervorlagen', button: 'Neue Wiedervorlage', field: 'Titel' },
] as const;

test('Esc with typed input asks first in the Person, Organisation, Aktivität and Wiedervorlage dialogs', async ({
  app: { page },
}) => {
  test.slow(); // four dialogs walked through, with Argon2id at set-up, on two shared cores
  const question = page.getByRole('dialog', { name: 'Eingaben verwerfen?' });

  for (const { screen, button, field } of DIALOGS) {
    await openScreen(page, screen);
    const dialog = page.getByRole('dialog', { name: button });

    // Untouched: Esc closes without a question.
    await page.getByRole('button', { name: button }).first().click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(question).toHaveCount(0);

    // Typed input: Esc asks; "Weiter bearbeiten" (which has the focus) keeps the input.
    await page.getByRole('button', { name: button }).first().click();
    const input = dialog.getByRole('textbox', { name: field, exact: true });
    await input.fill('Netzwerktreffen Juni');
    await page.keyboard.press('Escape');
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Weiter bearbeiten' })).toBeFocused();
    await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
    await expect(question).toBeHidden();
    await expect(input).toHaveValue('Netzwerktreffen Juni');

    // Esc again, "Verwerfen": the dialog closes, nothing was saved, and the focus is back on the
    // button that opened it (a keyboard user goes on from there, not from the top of the page).
    await page.keyboard.press('Escape');
    await question.getByRole('button', { name: 'Verwerfen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Netzwerktreffen Juni')).toHaveCount(0);
    await expect(page.getByRole('button', { name: button }).first()).toBeFocused();

    // Opened again, the form starts empty.
    await page.getByRole('button', { name: button }).first().click();
    await expect(dialog.getByRole('textbox', { name: field, exact: true })).not.toHaveValue(
      'Netzwerktreffen Juni',
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  // A click outside (on the dimmed backdrop) asks the same question.
  await page.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
  const followup = page.getByRole('dialog', { name: 'Neue Wiedervorlage' });
  await followup.getByRole('textbox', { name: 'Titel' }).fill('Netzwerktreffen Juni');
  await page.mouse.click(5, 5);
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(followup.getByRole('textbox', { name: 'Titel' })).toHaveValue('Netzwerktreffen Juni');
});

test('a typed passphrase or password asks before Esc throws it away: restore a backup, change the password', async ({
  app: { page },
}) => {
  const question = page.getByRole('dialog', { name: 'Eingaben verwerfen?' });
  await openScreen(page, 'Einstellungen');

  await page.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
  const restore = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
  const passphrase = restore.getByRole('textbox', { name: 'Passphrase für die Sicherung' });
  await passphrase.fill('ABCD-EFGH-IJKL');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(passphrase).toHaveValue('ABCD-EFGH-IJKL');
  await page.keyboard.press('Escape');
  await question.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(restore).toBeHidden();

  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  const change = page.getByRole('dialog', { name: 'Passwort ändern' });
  await change.getByLabel('Aktuelles Passwort').fill('Sonnenblume');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(change).toBeHidden();
  // Opened again, nothing of the typed password is left.
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(change.getByLabel('Aktuelles Passwort')).toHaveValue('');
});

test('"Neue Anfrage" opens with "Anfragende Stelle" focused and its list closed: the first Esc closes the dialog', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  const dialog = page.getByRole('dialog', { name: 'Neue Anfrage' });
  const requester = dialog.getByRole('combobox', { name: 'Anfragende Stelle' });
  await expect(requester).toBeFocused();
  await expect(requester).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toHaveCount(0);

  // The list opens when the user asks for it (Alt+Down) or types.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(dialog).toBeVisible();

  // Untouched: one Esc closes the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('"Verwerfen" in "Neue Anfrage" gives the focus back to the button that opened it', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  const dialog = page.getByRole('dialog', { name: 'Neue Anfrage' });
  await dialog.getByRole('textbox', { name: 'Betreff' }).fill('Anruf Polizei wegen Vorfall');
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Eingaben verwerfen?' })
    .getByRole('button', { name: 'Verwerfen' })
    .click();
  await expect(dialog).toBeHidden();
  // A keyboard user goes on from the button, not from the top of the page.
  await expect(page.getByRole('button', { name: 'Neue Anfrage' }).first()).toBeFocused();
});

test('Strg+K and Strg+N wait while a form is open: no second form over it, no screen change behind it', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  const dialog = page.getByRole('dialog', { name: 'Neue Anfrage' });
  const subject = dialog.getByRole('textbox', { name: 'Betreff' });
  await subject.fill('Anruf Polizei wegen Vorfall');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(subject).toHaveValue('Anruf Polizei wegen Vorfall');
  await expect(subject).toBeFocused();

  // Closed, the keys work again at once.
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Eingaben verwerfen?' })
    .getByRole('button', { name: 'Verwerfen' })
    .click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' })).toBeVisible();
});
