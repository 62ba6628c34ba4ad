import { expect, PASSWORD, test, type Page } from './fixtures';

const SECOND = 'Kirschbaum-Laterne-5170!';
const THIRD = 'Wolkenbruch-Mandarine-8842?';

async function recover(page: Page, key: string, newPassword: string) {
  await page.getByRole('button', { name: 'Passwort vergessen?' }).click();
  await expect(
    page.getByRole('heading', { name: 'Mit Wiederherstellungsschlüssel entsperren' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Wiederherstellungsschlüssel' }).fill(key);
  await page.getByLabel('Neues Passwort', { exact: true }).fill(newPassword);
  await page.getByLabel('Neues Passwort wiederholen').fill(newPassword);
  await page.getByRole('button', { name: 'Entsperren und Passwort festlegen' }).click();
}

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Passwort und Wiederherstellung' })).toBeVisible();
}

test('the recovery key opens a vault whose password is forgotten; password change and a new recovery key take effect', async ({
  app: { page, vault, inquiries, recoveryKey: firstKey },
}) => {
  expect(firstKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  await inquiries.goto();
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Diskriminierung / Konflikt / Sicherheit',
    subject: 'Anfrage vor dem Passwortverlust',
  });

  // Forgotten password: a typo in the key is named as such, and nothing opens.
  await page.reload();
  await vault.expectLocked();
  const typo = (firstKey[0] === 'A' ? 'B' : 'A') + firstKey.slice(1);
  await recover(page, typo, SECOND);
  await expect(page.getByRole('alert')).toHaveText(/nicht vollständig oder enthält einen Tippfehler/);
  // The key typed in lower case with spaces is accepted; the data is all there.
  await page
    .getByRole('textbox', { name: 'Wiederherstellungsschlüssel' })
    .fill(firstKey.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Entsperren und Passwort festlegen' }).click();
  await expect(page.getByRole('button', { name: 'Sperren' })).toBeVisible();
  await inquiries.goto();
  await expect(inquiries.row('Anfrage vor dem Passwortverlust')).toBeVisible();

  // The forgotten password no longer opens the vault; the new one does.
  await page.reload();
  await vault.passwordField().fill(PASSWORD);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('alert')).toContainText('Das Passwort ist falsch.');
  await expect(page.getByRole('button', { name: 'Entsperren' })).toBeEnabled({ timeout: 5000 });
  await vault.unlock(SECOND);

  // Passwort ändern: the current password is checked; afterwards only the new one opens.
  await openSettings(page);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  const dialog = page.getByRole('dialog', { name: 'Passwort ändern' });
  await dialog.getByLabel('Aktuelles Passwort').fill('Falsches-Passwort-123');
  await dialog.getByLabel('Neues Passwort', { exact: true }).fill(THIRD);
  await dialog.getByLabel('Neues Passwort wiederholen').fill(THIRD);
  await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Das aktuelle Passwort ist falsch.');
  await dialog.getByLabel('Aktuelles Passwort').fill(SECOND);
  await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
  // Re-keying is on by default: the dialog ends with its outcome.
  await expect(dialog).toContainText('Das Passwort wurde geändert und der Tresor neu verschlüsselt.', {
    timeout: 30_000,
  });
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();

  // A new recovery key: shown once, confirmed; the old key stops working.
  await page.getByRole('button', { name: 'Neuen Wiederherstellungsschlüssel erstellen' }).click();
  const recoveryDialog = page.getByRole('dialog');
  await recoveryDialog.getByLabel('Aktuelles Passwort').fill(THIRD);
  await recoveryDialog.getByRole('button', { name: 'Erstellen' }).click();
  const secondKey = await vault.readRecoveryKey();
  expect(secondKey).not.toBe(firstKey);
  // Shown once: it cannot be closed by accident before it is confirmed as stored.
  await page.keyboard.press('Escape');
  await expect(recoveryDialog.getByRole('group', { name: 'Ihr Wiederherstellungsschlüssel' })).toBeVisible();
  await vault.confirmRecoveryKeyStored('Fertig');
  await expect(recoveryDialog).toBeHidden();

  await page.reload();
  await vault.unlock(THIRD);
  await page.reload();
  await recover(page, firstKey, SECOND);
  await expect(page.getByRole('alert')).toHaveText(/passt nicht zu diesem Tresor/);
  await page.getByRole('textbox', { name: 'Wiederherstellungsschlüssel' }).fill(secondKey);
  await page.getByRole('button', { name: 'Entsperren und Passwort festlegen' }).click();
  await expect(page.getByRole('button', { name: 'Sperren' })).toBeVisible();
  await inquiries.goto();
  await expect(inquiries.row('Anfrage vor dem Passwortverlust')).toBeVisible();
});
