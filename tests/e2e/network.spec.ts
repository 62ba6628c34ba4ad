import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

const fixtures = join(import.meta.dirname, '../fixtures/contacts');

test('an organisation and a person, linked from an inquiry as requester and referral target, show on the organisation page', async ({
  app: { page, network, inquiries },
}) => {
  await network.goto();
  await expectNoSeriousA11yViolations(page, 'Netzwerk (leer)');

  await network.startOrganisation('Caritas Migrationsberatung');
  const dialog = network.dialog();
  await dialog.getByRole('combobox', { name: 'Organisationsart' }).fill('Beratungsstelle');
  await page.getByRole('option', { name: 'Beratungsstelle / Wohlfahrtsverband' }).click();
  await expectNoSeriousA11yViolations(page, 'Neue Organisation');
  await network.saveOrganisation('Caritas Migrationsberatung');

  await network.startPerson({ firstName: 'Jürgen', lastName: 'Weiß', role: 'Berater' });
  await expect(dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue(
    'Caritas Migrationsberatung',
  );
  await dialog.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await dialog.getByRole('textbox', { name: 'Zweck' }).fill('Kontakt für Verweisberatung');
  await expectNoSeriousA11yViolations(page, 'Neue Person');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(network.region(/Personen/)).toContainText('Jürgen Weiß');

  // The inquiry: asked by the person's organisation, referred to the organisation (and to a new one).
  await inquiries.openNewWithButton();
  await inquiries.fill({
    requester: 'Verein / Initiative',
    topic: 'Aufenthalt / Status',
    subject: 'Frage zum Aufenthaltstitel',
  });
  const form = inquiries.dialog();
  await form.getByRole('combobox', { name: 'Verwiesen an' }).fill('Caritas');
  await page.keyboard.press('Enter');
  await form.getByRole('combobox', { name: 'Verwiesen an' }).fill('Anwaltskanzlei Beispiel');
  await page.getByRole('option', { name: '„Anwaltskanzlei Beispiel“ als Organisation anlegen' }).click();
  // Creating is a deliberate choice: it is confirmed.
  await page
    .getByRole('dialog', { name: 'Neue Organisation anlegen?' })
    .getByRole('button', { name: 'Anlegen' })
    .click();
  await expect(page.getByText('Organisation „Anwaltskanzlei Beispiel“ angelegt')).toBeVisible();
  await form.getByRole('combobox', { name: 'Anfragende Organisation / Person' }).fill('Caritas');
  await page.getByRole('option', { name: 'Caritas Migrationsberatung', exact: true }).click();
  await inquiries.save();
  // The detail view names both targets (network organisations are linked, not typed text).
  await inquiries.goto();
  await inquiries.openDetail('Frage zum Aufenthaltstitel');
  await expect(
    page.getByRole('definition').filter({ hasText: 'Caritas Migrationsberatung, Anwaltskanzlei Beispiel' }),
  ).toBeVisible();

  await network.goto();
  await network.openOrganisation('Caritas Migrationsberatung');
  await expect(network.region(/Anfragen von dieser Organisation/)).toContainText(
    'Frage zum Aufenthaltstitel',
  );
  await expect(network.region(/Verweise an diese Organisation/)).toContainText('Frage zum Aufenthaltstitel');
  await expect(network.region(/Personen/)).toContainText('Jürgen Weiß');
  await expect(page.getByRole('definition').filter({ hasText: /^\d{2}\.\d{2}\.\d{4}$/ })).toBeVisible(); // last contact
  await expectNoSeriousA11yViolations(page, 'Organisation');

  await network.goto('Organisationen');
  await expect(network.row('Anwaltskanzlei Beispiel')).toBeVisible();
  await network.goto('Netzwerkpflege');
  // Both partners had contact through the inquiry (as requester or referral target).
  await expect(page.getByRole('tabpanel')).toHaveText(
    'Alle Netzwerkpartner hatten in den letzten 6 Monaten Kontakt.',
  );
  await network.startOrganisation('Volkshochschule Harz');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await network.goto('Netzwerkpflege');
  await expect(network.row('Volkshochschule Harz')).toContainText('noch nie');
  await expect(page.getByRole('tabpanel')).not.toContainText('Caritas Migrationsberatung');
  await expectNoSeriousA11yViolations(page, 'Netzwerkpflege');

  // Ctrl+K finds people and organisations.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' }).fill('weiss');
  await expect(
    page.getByRole('group', { name: 'Personen' }).getByRole('option', { name: /Jürgen Weiß/ }),
  ).toBeVisible();
});

test('a German Outlook CSV in Windows-1252 imports with correct umlauts; duplicates are marked', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.openImport();
  const dialog = network.dialog();
  await network.chooseImportFile(join(fixtures, 'outlook-de-windows1252.csv'));
  await expect(dialog.getByText('Zeichenkodierung: Windows-1252')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Vorname' })).toHaveText('Vorname');
  const preview = dialog.getByRole('region', { name: /Vorschau \(3 Kontakte\)/ });
  await expect(preview).toContainText('Müßig-Öztürk');
  await expect(preview).toContainText('Jürgen-Anna');
  await expectNoSeriousA11yViolations(page, 'Import-Vorschau');
  await network.acceptImport();
  await expect(
    page.getByText('2 Personen und 3 Organisationen importiert, 0 zusammengeführt.'),
  ).toBeVisible();

  await network.openTab('Personen');
  await expect(network.row('Jürgen-Anna Müßig-Öztürk')).toContainText(
    'Caritasverband für das Bistum Magdeburg',
  );
  await expect(network.row('Björn Schäfer')).toContainText('b.schaefer@jobcenter.example');
  await expectNoSeriousA11yViolations(page, 'Personen');

  // The same file again: both persons are marked as likely duplicates and skipped by default.
  await network.openImport();
  await network.chooseImportFile(join(fixtures, 'outlook-de-windows1252.csv'));
  await expect(dialog.getByText('mögliche Dublette von Björn Schäfer')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Übernahme für Zeile 3' }).click();
  await page.getByRole('option', { name: 'zusammenführen' }).click();
  await network.acceptImport();
  await expect(
    page.getByText('0 Personen und 0 Organisationen importiert, 1 zusammengeführt.'),
  ).toBeVisible();
  await expect(network.row('Björn Schäfer')).toHaveCount(1);
});

test('a malformed or binary file gives a German message and changes nothing; vCards import', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.openImport();
  const dialog = network.dialog();

  await network.chooseImportFile(join(fixtures, 'broken-bad-email.csv'));
  await expect(dialog.getByRole('alert')).toHaveText(
    // Before anything is confirmed the row is only not taken over (the preview offers to skip it).
    'Zeile 4: „kein-mail-adresse“ ist keine gültige E-Mail-Adresse. Diese Zeile kann nicht übernommen werden.',
  );
  await expect(dialog.getByRole('button', { name: 'Übernehmen' })).toBeDisabled();
  await network.chooseImportFile(join(fixtures, 'image.csv'));
  await expect(dialog.getByRole('alert')).toContainText('keine Text-Datei');
  // A file above the cap is refused before it is read, with its size.
  await network.chooseImportFile({
    name: 'gross.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(13_000_000, 'a'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Die Datei ist zu groß (12,4 MB). Höchstens 5 MB können eingelesen werden; bitte teilen Sie die Kontakte auf mehrere Dateien auf. Es wurde nichts importiert.',
  );
  await network.chooseImportFile(join(fixtures, 'not-a-vcard.vcf'));
  await expect(dialog.getByRole('alert')).toContainText('Es wurde nichts importiert.');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByText('Noch keine Organisationen.', { exact: false })).toBeVisible();
  await network.openTab('Personen');
  await expect(page.getByText('Noch keine Personen.')).toBeVisible();

  await network.openImport();
  await network.chooseImportFile(join(fixtures, 'outlook-mixed.vcf'));
  await expect(dialog.getByText('Format: vCard')).toBeVisible();
  await network.acceptImport();
  await expect(
    page.getByText('3 Personen und 2 Organisationen importiert, 0 zusammengeführt.'),
  ).toBeVisible();
  await expect(network.row('Jürgen Müller')).toContainText('Ausländerbehörde');

  // Export as CSV for Excel: semicolons, UTF-8 with BOM.
  await page.getByRole('button', { name: 'Kontakte exportieren' }).click();
  await page.getByRole('menuitem', { name: 'Kontakte als CSV exportieren' }).click();
  await expect(page.getByRole('dialog')).toContainText('nicht verschlüsselt');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const file = await readFile((await (await download).path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.toString('utf8');
  expect(text).toContain('"Vorname";"Nachname";"Firma"');
  expect(text).toContain('"Jürgen";"Müller";"Ausländerbehörde"');
});

test('volunteers: allowance above the monthly cap warns; activities include a recurring monthly meeting', async ({
  app: { page, network, activities },
}) => {
  await network.goto();
  await network.startPerson({ firstName: 'Samira', lastName: 'Haddad' });
  const dialog = network.dialog();
  await network.markAsVolunteer();
  await network.addAllowance(0, '120');
  await network.addAllowance(1, '95,5');
  await expect(dialog.getByRole('alert')).toContainText('über der Obergrenze von 200,00 €');
  await expectNoSeriousA11yViolations(page, 'Person als Lotsin');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  // Over the cap is saved only when confirmed.
  await network.saveOverCap();
  await network.openTab('Integrationslotsen');
  const row = network.row('Samira Haddad');
  await expect(row).toContainText('215,50 €');
  await expect(row).toContainText('noch nie');

  await page.getByRole('navigation').getByRole('link', { name: 'Aktivitäten' }).click();
  await expectNoSeriousA11yViolations(page, 'Aktivitäten (leer)');
  await activities.startNew('Lotsentreffen');
  await activities.chooseKind('Lotsentreffen', 'Lotsentreffen / Austausch Ehrenamt');
  await dialog.getByRole('combobox', { name: 'Beteiligte Integrationslotsen' }).fill('Samira');
  await page.getByRole('option', { name: 'Samira Haddad' }).click();
  await dialog.getByRole('textbox', { name: 'Teilnehmende' }).fill('14');
  await dialog.getByRole('combobox', { name: 'Wiederholung' }).click();
  await page.getByRole('option', { name: 'monatlich' }).click();
  await dialog.getByRole('spinbutton', { name: 'Anzahl Termine' }).fill('6');
  // axe would otherwise catch the select's menu mid-fade (its options at partial opacity).
  await expect(page.getByRole('listbox')).toBeHidden();
  await expectNoSeriousA11yViolations(page, 'Neue Aktivität');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByText('6 Termine gespeichert')).toBeVisible();
  await expect(activities.row('Lotsentreffen')).toHaveCount(6, { timeout: 10_000 });
  await expectNoSeriousA11yViolations(page, 'Aktivitäten');

  await network.goto('Integrationslotsen');
  await expect(row).not.toContainText('noch nie');
  // Six monthly meetings from today on: only today's has taken place, the other five are planned.
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');
});

test('keyboard: opening an organisation focuses its heading; "Zurück zum Netzwerk" gives the focus back to its row', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.addOrganisation('Jobcenter Musterstadt');
  await network.goto();
  await network.addOrganisation('Volkshochschule Musterstadt');
  await network.goto();
  const jobcenter = page.getByRole('button', { name: 'Jobcenter Musterstadt', exact: true });
  await jobcenter.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Jobcenter Musterstadt' })).toBeFocused();
  await page.getByRole('button', { name: 'Zurück zum Netzwerk' }).focus();
  await page.keyboard.press('Enter');
  await expect(jobcenter).toBeFocused();
});
