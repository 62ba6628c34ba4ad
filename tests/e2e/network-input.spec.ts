// Input in the network dialogs that used to be lost or slip through: a half-typed optional date, an
// allowance over the monthly cap, a month typed the German way, and leaving with unsaved input.
import { expect, test } from './fixtures';
import { typeDate } from './pages/screens';
import { expectNoSeriousA11yViolations } from './support/axe';

const INCOMPLETE = 'Das Datum ist unvollständig. Bitte als TT.MM.JJJJ eingeben oder das Feld leeren.';

test('a half-typed "Im Netzwerk seit" or "Aktiv bis" is refused with a message, not dropped', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.startOrganisation('Tafel Salzwedel');
  const dialog = network.dialog();
  await typeDate(page, dialog.getByRole('group', { name: 'Im Netzwerk seit' }), '1203');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText(INCOMPLETE)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Neue Organisation' })).toBeVisible(); // not saved
  await expectNoSeriousA11yViolations(page, 'Neue Organisation: Datum unvollständig');
  // Completed, it saves.
  await typeDate(page, dialog.getByRole('group', { name: 'Im Netzwerk seit' }), '12032019');
  await network.saveOrganisation('Tafel Salzwedel');
  await expect(page.getByText('12.03.2019')).toBeVisible();

  await network.startPerson({ lastName: 'Haddad' });
  await expect(dialog.getByText('Einwilligung: nicht erfasst')).toBeVisible();
  await network.markAsVolunteer();
  await typeDate(page, dialog.getByRole('group', { name: 'Aktiv bis' }), '0105');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText(INCOMPLETE)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Neue Person' })).toBeVisible();
});

test('an allowance month as MM.JJJJ or 11/2026; over the cap only after confirming', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.startPerson({ firstName: 'Samira', lastName: 'Haddad' });
  const dialog = page.getByRole('dialog', { name: 'Neue Person' });
  await network.markAsVolunteer();
  await network.addAllowance(0, '120', '13.2026');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Bitte den Monat als MM.JJJJ eingeben, z. B. 11.2026.')).toBeVisible();

  await network.allowanceMonth(0).fill('1/2020');
  await network.addAllowance(1, '130,50', '01.2020');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  const ask = network.overCapQuestion();
  await expect(ask).toContainText(
    'Die Aufwandsentschädigung liegt über der monatlichen Obergrenze von 200,00 €: 01.2020: 250,50 €.',
  );
  await expectNoSeriousA11yViolations(page, 'Über der Obergrenze speichern?');
  await page.screenshot({ path: 'test-results/allowance-over-cap.png' });
  await ask.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeVisible(); // nothing saved
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await network.saveOverCap();
  await expect(dialog).toBeHidden();

  // Stored as the same month: reopened, both amounts are in January 2020.
  await network.openTab('Personen');
  await page.getByRole('button', { name: 'Samira Haddad' }).click();
  const reopened = page.getByRole('dialog', { name: 'Person bearbeiten' });
  await expect(network.allowanceMonth(0)).toHaveValue('01.2020');
  await expect(network.allowanceMonth(1)).toHaveValue('01.2020');
  await expect(reopened.getByRole('alert')).toContainText(
    'Im Monat 01.2020 liegt die Summe über der Obergrenze',
  );
  // Saving again without changing the month does not ask again.
  await reopened.getByRole('textbox', { name: 'Notizen' }).fill('Sprachmittlung Arabisch');
  await reopened.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(reopened).toBeHidden();
});

test('leaving the page with an unsaved organisation or person asks first', async ({
  app: { page, network },
}) => {
  await network.goto();
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

const CONTACTS_WITH_ONE_BAD_ROW = {
  name: 'kontakte.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Vorname;Nachname;Firma;E-Mail-Adresse',
      'Anna;Berg;;anna@example.org',
      'Karl;Klein;;kein-mail-adresse',
      'Jana;Wolf;;j.wolf@jobcenter.example',
      'Emre;Kaya;;e.kaya@caritas.example',
    ].join('\r\n'),
  ),
};

test('Kontakte importieren: a chosen file counts as input — Esc and a click outside ask before it is dropped', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.openImport();
  const dialog = network.dialog();
  const question = page.getByRole('dialog', { name: 'Eingaben verwerfen?' });
  await network.chooseImportFile(CONTACTS_WITH_ONE_BAD_ROW);
  await expect(dialog.getByText('kontakte.csv')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(dialog.getByText('kontakte.csv')).toBeVisible();

  await page.mouse.click(5, 5);
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(dialog).toBeHidden();
  await network.openTab('Personen');
  await expect(page.getByText('Noch keine Personen.')).toBeVisible();
});

test('Kontakte importieren: a bad row is marked in the preview; the good rows are imported only when the user skips it', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.openImport();
  const dialog = network.dialog();
  await network.chooseImportFile(CONTACTS_WITH_ONE_BAD_ROW);

  // Every row in the preview; the bad one marked with its line, field and reason.
  const preview = dialog.getByRole('region', { name: 'Vorschau (3 Kontakte, 1 Zeile fehlerhaft)' });
  await expect(preview).toContainText('Berg');
  await expect(preview).toContainText('Wolf');
  await expect(preview).toContainText('Kaya');
  await expect(preview).toContainText(
    'Zeile 3, E-Mail: „kein-mail-adresse“ ist keine gültige E-Mail-Adresse.',
  );
  await expectNoSeriousA11yViolations(page, 'Import-Vorschau mit fehlerhafter Zeile');

  // Nothing is taken over until the user chooses to skip the bad row.
  await expect(dialog.getByRole('button', { name: 'Übernehmen' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Fehlerhafte Zeilen überspringen/ }).check();
  await dialog.getByRole('button', { name: '3 Kontakte importieren, 1 Zeile überspringen' }).click();
  await expect(
    page.getByText(
      '3 Personen und 0 Organisationen importiert, 0 zusammengeführt. Fehlerhafte Zeilen übersprungen: 1.',
    ),
  ).toBeVisible();
  await network.openTab('Personen');
  await expect(network.row('Anna Berg')).toBeVisible();
  await expect(network.row('Emre Kaya')).toBeVisible();
  await expect(page.getByText('Karl Klein')).toHaveCount(0);
});

test('Kontakte importieren: a vCard without a name is marked in the preview like a bad CSV row, not refused with the whole file', async ({
  app: { page, network },
}) => {
  const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
  await network.goto();
  await network.openImport();
  const dialog = network.dialog();
  await network.chooseImportFile({
    name: 'kontakte.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(
      [
        card(['N:Özdemir;Hatice;;;', 'FN:Hatice Özdemir', 'EMAIL:h.oezdemir@caritas.example']),
        card(['FN:', 'EMAIL:niemand@example.org']),
      ].join('\r\n'),
    ),
  });

  const preview = dialog.getByRole('region', { name: 'Vorschau (1 Kontakt, 1 Zeile fehlerhaft)' });
  await expect(preview).toContainText('Özdemir');
  await expect(preview).toContainText(
    'vCard 2, Name: Die Karte enthält weder einen Namen noch eine Organisation.',
  );
  await expect(dialog.getByRole('button', { name: 'Übernehmen' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Fehlerhafte Zeilen überspringen/ }).check();
  await dialog.getByRole('button', { name: '1 Kontakt importieren, 1 Zeile überspringen' }).click();
  await expect(page.getByText(/Fehlerhafte Zeilen übersprungen: 1\./)).toBeVisible();
  await network.openTab('Personen');
  await expect(network.row('Hatice Özdemir')).toBeVisible();
});
