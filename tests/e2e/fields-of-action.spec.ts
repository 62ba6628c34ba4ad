// Handlungsfeld (Landesintegrationskonzept) on inquiries and activities, persons and families
// supported on activities: from the list in Einstellungen to the form, Auswertung and the filter.
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

const RENAMED = 'Sprache, Bildung und Schule';

test('a renamed Handlungsfeld is captured by keyboard, counted in Auswertung and narrows the Anfragen list', async ({
  app: { page, inquiries, settings, dashboard },
}) => {
  await settings.goto();
  await page.getByRole('tab', { name: 'Handlungsfelder (Landesintegrationskonzept)' }).click();
  await page.getByRole('button', { name: '„Sprache und Bildung“ umbenennen' }).click();
  await page.getByRole('textbox', { name: 'Neuer Name' }).fill(RENAMED);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `„${RENAMED}“ umbenennen` })).toBeVisible();

  // One inquiry with the Handlungsfeld, typed and taken with Enter, saved with Ctrl+Enter.
  await inquiries.openNewWithButton();
  await inquiries.fill({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Sprachförderung Kita',
  });
  const field = inquiries.dialog().getByRole('combobox', { name: 'Handlungsfeld' });
  await field.focus();
  await page.keyboard.type('Sprache');
  await expect(page.getByRole('option', { name: RENAMED })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Sprache und Bildung', exact: true })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(RENAMED);
  await expectNoSeriousA11yViolations(page, 'Neue Anfrage mit Handlungsfeld');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible();
  // And one without.
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Praktikum Polizei',
  });

  await inquiries.openDetail('Sprachförderung Kita');
  const handlungsfeld = page.getByRole('term').filter({ hasText: /^Handlungsfeld$/ });
  await expect(handlungsfeld).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: RENAMED })).toBeVisible();

  await dashboard.goto();
  const chart = dashboard.chart(/In welchem Handlungsfeld/);
  await dashboard.showTable(chart);
  await expect(chart.getByRole('row').filter({ hasText: RENAMED }).getByRole('cell')).toHaveText(['1']);
  await expect(chart.getByRole('row').filter({ hasText: 'ohne Angabe' }).getByRole('cell')).toHaveText(['1']);

  await inquiries.goto();
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 Anfragen');
  const filter = page
    .getByRole('region', { name: 'Filter' })
    .getByRole('combobox', { name: 'Handlungsfeld' });
  await filter.fill('Sprache');
  await page.getByRole('option', { name: RENAMED }).click();
  await expect(page.getByTestId('inquiry-count')).toHaveText('1 von 2 Anfragen');
  await expect(inquiries.row('Sprachförderung Kita')).toBeVisible();
  await expect(inquiries.row('Praktikum Polizei')).toHaveCount(0);
});

test('an activity takes a Handlungsfeld and the persons and families supported; "-3" is refused and nothing saved', async ({
  app: { page, activities },
}) => {
  await activities.goto();
  await activities.startNew('Lotsensprechstunde Thale');
  await activities.chooseKind('Lotsentreffen', 'Lotsentreffen / Austausch Ehrenamt');
  const dialog = activities.dialog();
  await dialog.getByRole('combobox', { name: 'Handlungsfeld' }).fill('Teilhabe');
  await page.getByRole('option', { name: 'Gesellschaftliche Teilhabe und Ehrenamt' }).click();
  const persons = dialog.getByRole('textbox', { name: 'Unterstützte Personen' });
  const families = dialog.getByRole('textbox', { name: 'Unterstützte Familien' });
  await expect(persons).toHaveAccessibleDescription(/wie viele Menschen begleitet wurden/);
  await persons.fill('-3');
  await families.fill('2,5');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(persons).toHaveAccessibleDescription('Bitte keine negative Zahl eingeben.');
  await expect(families).toHaveAccessibleDescription('Bitte eine ganze Zahl eingeben.');
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neue Aktivität: negative Zahl');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(activities.row('Lotsensprechstunde Thale')).toHaveCount(0);

  await activities.startNew('Lotsensprechstunde Thale');
  await activities.chooseKind('Lotsentreffen', 'Lotsentreffen / Austausch Ehrenamt');
  await dialog.getByRole('combobox', { name: 'Handlungsfeld' }).fill('Teilhabe');
  await page.getByRole('option', { name: 'Gesellschaftliche Teilhabe und Ehrenamt' }).click();
  await persons.fill('7');
  await families.fill('3');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(activities.row('Lotsensprechstunde Thale')).toContainText(
    'Gesellschaftliche Teilhabe und Ehrenamt',
  );

  await page.getByRole('button', { name: 'Lotsensprechstunde Thale' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Handlungsfeld' })).toHaveValue(
    'Gesellschaftliche Teilhabe und Ehrenamt',
  );
  await expect(persons).toHaveValue('7');
  await expect(families).toHaveValue('3');
});
