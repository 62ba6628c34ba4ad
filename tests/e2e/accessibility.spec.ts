import { expect, openApp, PASSWORD, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

test('every screen and dialog passes axe-core (WCAG 2.1 AA, no serious or critical findings)', async ({
  screens: { page, vault, inquiries },
}) => {
  test.slow(); // fifteen axe runs and two Argon2id derivations on two shared cores
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Tresor einrichten' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Tresor einrichten');
  await vault.passwordField().fill('kurz');
  await page.getByRole('button', { name: 'Tresor anlegen' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Tresor einrichten mit Fehlermeldung');

  await page.reload();
  await vault.setUp();
  await expectNoSeriousA11yViolations(page, 'Heute (leer)');
  await inquiries.goto();
  await expectNoSeriousA11yViolations(page, 'Anfragen (leer)');

  await inquiries.openNewWithButton();
  await expectNoSeriousA11yViolations(page, 'Neue Anfrage');
  await inquiries.dialog().getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(inquiries.dialog().getByText('Bitte einen Betreff eingeben.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neue Anfrage mit Fehlern');
  await inquiries.fill({
    requester: 'Unternehmen / Arbeitgeber',
    topic: 'Arbeit / Ausbildung',
    subject: 'Praktikum für Geflüchtete',
  });
  await inquiries.save();
  await expectNoSeriousA11yViolations(page, 'Anfragen (mit Einträgen)');

  await inquiries.openDetail('Praktikum für Geflüchtete');
  await expectNoSeriousA11yViolations(page, 'Anfrage (Detailansicht)');
  await page.getByRole('button', { name: 'Bearbeiten' }).click();
  await expect(inquiries.dialog().getByRole('heading', { name: 'Anfrage bearbeiten' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Anfrage bearbeiten');
  await page.keyboard.press('Escape');
  await expect(inquiries.dialog()).toBeHidden();
  await page.getByRole('button', { name: 'Wiedervorlage' }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Neue Wiedervorlage' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neue Wiedervorlage');
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByText('Wiedervorlage gespeichert')).toBeVisible();

  await page.getByRole('link', { name: 'Wiedervorlagen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wiedervorlagen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Wiedervorlagen');

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' }).fill('Praktikum');
  await expect(
    page.getByRole('group', { name: 'Anfragen' }).getByRole('option', { name: /Praktikum für Geflüchtete/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Wiedervorlagen' })
      .getByRole('option', { name: /Praktikum für Geflüchtete/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Suche (Strg+K)');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Einstellungen');

  await page.getByRole('button', { name: 'Sperren' }).click();
  await vault.expectLocked();
  await expectNoSeriousA11yViolations(page, 'Entsperren');
  await vault.passwordField().fill('Falsches-Passwort-000');
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByRole('alert')).toContainText('Das Passwort ist falsch.');
  await expectNoSeriousA11yViolations(page, 'Entsperren mit Fehlermeldung');
  await expect(page.getByRole('button', { name: 'Entsperren' })).toBeEnabled({ timeout: 5000 });
  await vault.unlock(PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
});

test('settings: office name, auto-lock minutes and language are kept, and the language switches the UI', async ({
  app: { page, vault, settings },
}) => {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await settings.officeName().fill('Koordinierungsstelle Landkreis Harz');
  const minutes = settings.autoLockMinutes();
  await minutes.fill('0');
  await settings.clickSave();
  await expect(minutes).toHaveAccessibleDescription('Bitte einen Wert zwischen 1 und 240 Minuten eingeben.');
  await minutes.fill('15');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await settings.expectSaved();
  await expect(page.getByRole('banner')).toContainText('Koordinierungsstelle Landkreis Harz');

  await page.reload();
  await vault.unlock();
  await expect(settings.officeName()).toHaveValue('Koordinierungsstelle Landkreis Harz');
  await expect(minutes).toHaveValue('15');

  await page.getByRole('combobox', { name: 'Sprache' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Inquiries' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock' })).toBeVisible();
});

test('at 200 % zoom (1366×768 halved) the list keeps date, subject, who asked and status, and the navigation keeps its names', async ({
  page,
}) => {
  await page.setViewportSize({ width: 683, height: 384 });
  const { inquiries } = await openApp(page);
  await inquiries.create({
    requester: 'Verein / Initiative',
    topic: 'Fördermittel',
    subject: 'Antrag Begegnungsfest',
  });
  const row = page.getByRole('row').filter({ hasText: 'Antrag Begegnungsfest' });
  await expect(row.getByRole('button', { name: 'Antrag Begegnungsfest', exact: true })).toBeVisible();
  await expect(row).toContainText('Verein / Initiative');
  await expect(row).toContainText('offen');
  await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Anfragen bei 200 % Zoom');
});

test('at 1024 px the list gives Betreff its room (who asked moves under it), and an urgent inquiry shows both chips whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const { inquiries } = await openApp(page);
  await inquiries.openNewWithButton();
  const dialog = inquiries.dialog();
  await dialog.getByRole('checkbox', { name: 'Dringend' }).check();
  await inquiries.fill({
    requester: 'Polizei',
    topic: 'Wohnen / Unterbringung',
    subject: 'Wohnungssuche für vierköpfige Familie in der Gemeinde',
  });
  await inquiries.save();
  const row = page.getByRole('row').filter({ hasText: 'Wohnungssuche für vierköpfige Familie' });
  // Before: the fixed columns took the whole width and Betreff was 0 px wide (not shown at all).
  const subject = row.getByRole('button', { name: /^Wohnungssuche für vierköpfige Familie/ });
  expect((await subject.boundingBox())!.width).toBeGreaterThan(300);
  await expect(row).toContainText('Polizei');
  // Both chips inside the row's Status cell, not cut off ("Dring…").
  const cell = row.getByRole('cell').nth(2);
  for (const chip of [
    cell.getByText('offen', { exact: true }),
    cell.getByText('Dringend', { exact: true }),
  ]) {
    const [outer, inner] = [(await cell.boundingBox())!, (await chip.boundingBox())!];
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
});

test('data safety screens and dialogs pass axe-core: recovery key, forgot password, password change, backups, export, Löschfristen', async ({
  screens: { page, vault },
}) => {
  await page.goto('/');
  await vault.passwordField().fill(PASSWORD);
  await page.getByLabel('Passwort wiederholen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Tresor anlegen' }).click();
  await vault.readRecoveryKey();
  await expectNoSeriousA11yViolations(page, 'Wiederherstellungsschlüssel');
  await vault.confirmRecoveryKeyStored();

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Löschfristen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Einstellungen mit Datensicherung und Löschfristen');

  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  const change = page.getByRole('dialog', { name: 'Passwort ändern' });
  await change.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(change.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Passwort ändern mit Fehlermeldung');
  await change.getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Neuen Wiederherstellungsschlüssel erstellen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neuen Wiederherstellungsschlüssel erstellen');
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Sicherung erstellen' }).click();
  await expect(page.getByRole('dialog', { name: 'Sicherung erstellen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Sicherung erstellen');
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Sicherung wiederherstellen' }).click();
  const restore = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
  await restore.getByLabel('Sicherungsdatei wählen').setInputFiles({
    name: 'falsch.age',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('keine Sicherung'),
  });
  await restore.getByRole('textbox', { name: 'Passphrase für die Sicherung' }).fill('irgendetwas-langes');
  await restore.getByRole('button', { name: 'Sicherung prüfen' }).click();
  await expect(restore.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Sicherung wiederherstellen mit Fehlermeldung');
  await restore.getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Alle Daten exportieren' }).click();
  await expect(page.getByRole('dialog', { name: 'Alle Daten exportieren' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Alle Daten exportieren');
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Sperren' }).click();
  await page.getByRole('button', { name: 'Passwort vergessen?' }).click();
  await page.getByRole('button', { name: 'Entsperren und Passwort festlegen' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Passwort vergessen mit Fehlermeldung');
});

test('a button reached by keyboard shows the focus ring', async ({ app: { page } }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Berichte' }).click();
  await page.getByRole('button', { name: 'XLSX' }).focus();
  await page.keyboard.press('Tab');
  const csv = page.getByRole('button', { name: 'CSV' });
  await expect(csv).toBeFocused();
  await expect(csv).toHaveCSS('outline-style', 'solid');
  await expect(csv).toHaveCSS('outline-width', '3px');
});
