// Berichtsprofile end to end: a built-in profile edited (a section switched off, one moved up by
// button and keyboard, one renamed, an own text block added), kept across a reload, shared as a
// JSON file with a second office's vault, a broken file refused with nothing changed, and the
// profile taken back to how it ships.
import { readFile } from 'node:fs/promises';
import { expect, openApp, test, type Page } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

const SACHBERICHT = 'Koordinierungsstelle (Sachbericht)';
const SHIPPED = [
  '1. Netzwerkarbeit',
  '2. Steuerung von Integrationsmaßnahmen',
  '3. Begleitung des Ehrenamts (Integrationslotsen)',
  '4. Öffentlichkeitsarbeit',
  '5. Beratung und Verweisung',
];
const EDITED = [
  '1. Netzwerk und Gremien',
  '2. Steuerung von Integrationsmaßnahmen',
  '3. Beratung und Verweisung',
  '4. Begleitung des Ehrenamts (Integrationslotsen)',
  '5. Ziele 2027',
];
const GOALS = 'Wir wollen drei neue Partner für die Sprachmittlung gewinnen.';

/** The numbered section headings of the report as shown. */
function sectionHeadings(page: Page) {
  return page.getByRole('article').getByRole('heading', { level: 2, name: /^\d+\. / });
}

async function chooseProfile(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Berichtsprofil' }).click();
  await page.getByRole('option', { name, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Berichtsprofil' })).toHaveText(name);
}

async function profileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Weitere Profilaktionen' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('a Berichtsprofil is edited, kept, shared as a file with another vault and reset to as shipped', async ({
  app: { page, report, vault },
  browser,
}) => {
  test.slow(); // two vaults (two Argon2id derivations) and an axe run on two shared cores

  await report.goto();
  await chooseProfile(page, SACHBERICHT);
  await expect(sectionHeadings(page)).toHaveText(SHIPPED);

  await page.getByRole('button', { name: 'Profil bearbeiten …' }).click();
  const editor = page.getByRole('dialog', { name: `Berichtsprofil bearbeiten: ${SACHBERICHT}` });
  await editor.getByRole('switch', { name: '„Öffentlichkeitsarbeit“ im Bericht' }).uncheck();
  // Moved up once by a click, once more by the keyboard: the focus stays on the moved section's button.
  await editor.getByRole('button', { name: '„Beratung und Verweisung“ nach oben' }).click();
  await expect(editor.getByRole('button', { name: '„Beratung und Verweisung“ nach oben' })).toBeFocused();
  await page.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Einstellungen von „Netzwerkarbeit“' }).click();
  const networkTitle = editor.getByRole('textbox', { name: 'Überschrift' });
  await expect(networkTitle).toHaveAttribute('placeholder', 'Netzwerkarbeit');
  await networkTitle.fill('Netzwerk und Gremien');
  await editor.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  // An own section needs a heading: saving without one says so at the field and focuses it.
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(editor.getByText('Bitte einen Titel eingeben.')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Überschrift' }).last()).toBeFocused();
  await page.keyboard.type('Ziele 2027');
  await expect(editor.getByText('Bitte einen Titel eingeben.')).toHaveCount(0);
  await editor
    .getByRole('listitem', { name: 'Ziele 2027' })
    .getByRole('textbox', { name: 'Textbaustein des Profils' })
    .fill(GOALS);
  await expectNoSeriousA11yViolations(page, 'Berichtsprofil bearbeiten');
  // Another profile's name is refused: the choice could not tell the two apart.
  const profileName = editor.getByRole('textbox', { name: 'Name des Profils' });
  const shippedName = await profileName.inputValue();
  await profileName.fill('Integrationslotsen');
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(editor.getByText('Ein Profil mit diesem Namen gibt es schon.')).toBeVisible();
  await profileName.fill(shippedName);
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText(`Profil „${SACHBERICHT}“ gespeichert.`)).toBeVisible();

  await expect(sectionHeadings(page)).toHaveText(EDITED);
  await expect(page.getByRole('article').getByText(GOALS)).toBeVisible();
  await expect(page.getByRole('article').getByRole('heading', { name: /Öffentlichkeitsarbeit/ })).toHaveCount(
    0,
  );

  // Kept: after a reload and unlock the profile still reads the same.
  await page.reload();
  await vault.unlock();
  await report.goto();
  await chooseProfile(page, SACHBERICHT);
  await expect(sectionHeadings(page)).toHaveText(EDITED);

  // Exported as a small JSON file: the profile, not the office's texts.
  const download = page.waitForEvent('download');
  await profileMenu(page, 'Profil exportieren');
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Berichtsprofil ${SACHBERICHT}.json`);
  const bytes = await readFile((await file.path())!);
  const json = JSON.parse(bytes.toString('utf8')) as {
    format: string;
    version: number;
    profile: { id: string; sections: { key: string; title?: string; enabled: boolean; intro?: string }[] };
  };
  expect(json.format).toBe('anlaufstelle-berichtsprofil');
  expect(json.version).toBe(1);
  expect(json.profile.id).toBe('sachbericht');
  expect(json.profile.sections.map((s) => [s.key.replace(/^eigen-.*/, 'eigen-…'), s.enabled])).toEqual([
    ['sb-netzwerk', true],
    ['sb-steuerung', true],
    ['sb-beratung', true],
    ['sb-ehrenamt', true],
    ['sb-oeffentlichkeit', false],
    ['eigen-…', true],
  ]);

  // A second office's vault, in its own browser context.
  const other = await browser.newContext();
  const second = await openApp(await other.newPage());
  const page2 = second.page;
  await second.report.goto();
  await chooseProfile(page2, SACHBERICHT);
  await expect(sectionHeadings(page2)).toHaveText(SHIPPED);

  // A broken file: the German message names the file and the problem, nothing changes.
  const broken = {
    ...json,
    profile: { ...json.profile, sections: [{ ...json.profile.sections[0], tables: ['kosten'] }] },
  };
  const chooser = page2.waitForEvent('filechooser');
  await profileMenu(page2, 'Profil importieren …');
  await (
    await chooser
  ).setFiles({
    name: 'kaputt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page2.getByRole('alert')).toHaveText(
    '„kaputt.json“ wurde nicht importiert: Sie nennt eine unbekannte Tabelle („kosten“). Es wurde nichts geändert.',
  );
  await page2.getByRole('button', { name: 'OK' }).click();
  await expect(sectionHeadings(page2)).toHaveText(SHIPPED);

  // The exported file: it replaces the shipped Sachbericht after a confirmation.
  const chooser2 = page2.waitForEvent('filechooser');
  await profileMenu(page2, 'Profil importieren …');
  await (await chooser2).setFiles({ name: 'sachbericht.json', mimeType: 'application/json', buffer: bytes });
  const confirm = page2.getByRole('dialog', { name: 'Profil ersetzen?' });
  await expect(confirm).toContainText(`„sachbericht.json“ enthält eine Fassung des Profils „${SACHBERICHT}“`);
  await confirm.getByRole('button', { name: 'Ersetzen' }).click();
  await expect(page2.getByText(`Profil „${SACHBERICHT}“ importiert.`)).toBeVisible();
  await expect(sectionHeadings(page2)).toHaveText(EDITED);
  await expect(page2.getByRole('article').getByText(GOALS)).toBeVisible();
  await other.close();

  // Back to as shipped, after a confirmation that the changes are lost.
  await profileMenu(page, 'Auf Auslieferung zurücksetzen');
  const reset = page.getByRole('dialog', { name: 'Profil zurücksetzen?' });
  await expect(reset).toContainText('Ihre Anpassungen am Profil');
  await reset.getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect(sectionHeadings(page)).toHaveText(SHIPPED);
  // Shipped again: nothing left to reset.
  await page.getByRole('button', { name: 'Weitere Profilaktionen' }).click();
  await expect(page.getByRole('menuitem', { name: 'Profil importieren …' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Auf Auslieferung zurücksetzen' })).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test('a profile copied under a new name is an own profile that can be deleted', async ({
  app: { page, report },
}) => {
  await report.goto();
  await chooseProfile(page, 'Landesintegrationskonzept');
  await profileMenu(page, 'Als neues Profil kopieren …');
  const dialog = page.getByRole('dialog', { name: 'Als neues Profil kopieren' });
  const name = dialog.getByRole('textbox', { name: 'Name des neuen Profils' });
  // A name the list already has is refused at the field, whatever its case; nothing is copied.
  await name.fill('jahresbericht');
  await dialog.getByRole('button', { name: 'Kopieren' }).click();
  await expect(dialog.getByText('Ein Profil mit diesem Namen gibt es schon.')).toBeVisible();
  await expect(name).toBeFocused();
  await name.fill('Bericht an den Kreistag');
  await dialog.getByRole('button', { name: 'Kopieren' }).click();
  await expect(page.getByRole('combobox', { name: 'Berichtsprofil' })).toHaveText('Bericht an den Kreistag');
  // The copy keeps the document title it showed and the built-in section texts.
  await expect(page.getByRole('article', { name: 'Bericht zum Landesintegrationskonzept' })).toBeVisible();
  await expect(sectionHeadings(page)).toHaveText([
    '1. Überblick',
    '2. Anfragen nach Handlungsfeld',
    '3. Aktivitäten nach Handlungsfeld',
    '4. Ziele und Indikatoren',
  ]);

  await profileMenu(page, 'Profil löschen');
  await page
    .getByRole('dialog', { name: 'Profil löschen?' })
    .getByRole('button', { name: 'Löschen' })
    .click();
  await expect(page.getByRole('combobox', { name: 'Berichtsprofil' })).toHaveText('Jahresbericht');
  await page.getByRole('combobox', { name: 'Berichtsprofil' }).click();
  await expect(page.getByRole('option')).toHaveText([
    'Jahresbericht',
    SACHBERICHT,
    'Integrationslotsen',
    'Landesintegrationskonzept',
  ]);
});
