// Keeping the network clean: free-text referrals linked to an organisation recorded later, a
// same-named organisation warned about, a duplicate merged (its links move), an unused one deleted.
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

const MBE = 'Migrationsberatung Caritas Salzwedel';

test('free-text referrals are linked to an organisation recorded later; a duplicate is merged and its links move', async ({
  app: { page, vault, inquiries, network },
}) => {
  const base = { requester: 'Verein / Initiative', topic: 'Aufenthalt / Status' };
  await inquiries.create({ ...base, subject: 'Aufenthaltstitel Familie A', referral: MBE });
  await inquiries.create({ ...base, subject: 'Aufenthaltstitel Familie B', referral: MBE });

  // The organisation is recorded later: its page offers to link the two inquiries.
  await network.goto();
  await network.startOrganisation(MBE);
  await network.saveAndClose();
  await network.expectOrganisationPage(MBE);
  const prompt = page.getByRole('alert').filter({ hasText: 'mit dieser Organisation verknüpfen?' });
  await expect(prompt).toHaveText(new RegExp(`2 Anfragen nennen ‚${MBE}‘`));
  await expect(network.region(/Verweise an diese Organisation/)).toContainText('(0)');
  await expectNoSeriousA11yViolations(page, 'Organisation mit Verknüpfungsangebot');
  await page.screenshot({ path: 'test-results/organisation-link-prompt.png' });
  await prompt.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(page.getByText('2 Anfragen verknüpft')).toBeVisible();
  await expect(prompt).toBeHidden();
  const referred = network.region(/Verweise an diese Organisation/);
  await expect(referred).toContainText('(2)');
  await expect(referred).toContainText('Aufenthaltstitel Familie A');

  // Same name, other spelling: a warning with "Vorhandene verwenden", which creates nothing.
  await network.goto();
  await network.startOrganisation('migrationsberatung  caritas salzwedel e.V.');
  const dialog = network.dialog();
  // Ctrl+Enter right after typing does not create it unseen: the first save only shows the warning.
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    `Es gibt schon eine Organisation mit diesem Namen: „${MBE}“. Erneut „Speichern“ legt sie trotzdem`,
  );
  await expectNoSeriousA11yViolations(page, 'Neue Organisation mit gleichem Namen');
  await page.screenshot({ path: 'test-results/organisation-same-name.png' });
  await dialog.getByRole('button', { name: 'Vorhandene verwenden' }).click();
  await network.expectOrganisationPage(MBE);
  await network.goto();
  await expect(page.getByRole('button', { name: /Migrationsberatung/i })).toHaveCount(1);

  // A duplicate under another name, with a person, a referral and an activity.
  await network.goto();
  await network.startOrganisation('Caritas MBE Altmark');
  await network.saveAndClose();
  await network.addPerson({ lastName: 'Weiß' });
  await inquiries.create({ ...base, subject: 'Aufenthaltstitel Familie C', referral: 'Caritas MBE' });

  await network.goto();
  await network.openOrganisation('Caritas MBE Altmark');
  await expect(network.region(/Verweise an diese Organisation/)).toContainText('(1)');
  // Deleting an organisation with links offers to move them first.
  await page.getByRole('button', { name: 'Löschen' }).click();
  const merge = page.getByRole('dialog', { name: 'Organisation löschen' });
  await expect(merge).toContainText('„Caritas MBE Altmark“ ist noch verknüpft (1 Person, 1 Verweis an sie)');
  const confirm = merge.getByRole('button', { name: 'Zusammenführen und „Caritas MBE Altmark“ löschen' });
  await expect(confirm).toBeDisabled();
  await merge.getByRole('combobox', { name: 'Organisation, die bleibt' }).fill('Migrations');
  await page.getByRole('option', { name: MBE }).click();
  await expectNoSeriousA11yViolations(page, 'Organisation löschen: Verknüpfungen verschieben');
  await page.screenshot({ path: 'test-results/organisation-merge-dialog.png' });
  await confirm.click();
  await expect(page.getByText(`„Caritas MBE Altmark“ in „${MBE}“ zusammengeführt`)).toBeVisible();
  await network.expectOrganisationPage(MBE);
  await expect(network.region(/Verweise an diese Organisation/)).toContainText('(3)');
  await expect(network.region(/Personen/)).toContainText('Weiß');

  // After unlocking again: the merge was written, the duplicate is gone.
  await page.reload();
  await vault.unlock();
  await network.goto();
  await expect(page.getByRole('button', { name: 'Caritas MBE Altmark' })).toHaveCount(0);
  await network.openOrganisation(MBE);
  await expect(network.region(/Verweise an diese Organisation/)).toContainText('(3)');
  await expect(network.region(/Personen/)).toContainText('Weiß');

  // A same-named twin saved deliberately: the merge list tells the two apart by their links.
  await network.goto();
  await network.startOrganisation(MBE);
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern', exact: true }).click();
  await network.saveAndClose();
  await page.getByRole('button', { name: 'Zusammenführen …' }).click();
  const twinMerge = page.getByRole('dialog', { name: 'Organisation zusammenführen' });
  await expect(twinMerge.getByRole('combobox', { name: 'Organisation, die bleibt' })).toHaveValue(
    `${MBE} (gleicher Name · 1 Person, 3 Verweise an sie)`,
  );
  await twinMerge.getByRole('button', { name: 'Abbrechen' }).click();
});

test('an organisation without links is deleted after one confirmation', async ({
  app: { page, vault, network },
}) => {
  await network.goto();
  await network.startOrganisation('Sportverein Beispielstadt');
  await network.saveAndClose();
  await page.getByRole('button', { name: 'Löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Organisation löschen?' });
  await expect(confirm).toContainText('„Sportverein Beispielstadt“ wird gelöscht.');
  await expectNoSeriousA11yViolations(page, 'Organisation löschen?');
  // The safe choice has the focus.
  await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByText('Organisation „Sportverein Beispielstadt“ gelöscht')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sportverein Beispielstadt' })).toHaveCount(0);
  await page.reload();
  await vault.unlock();
  await network.goto();
  await expect(page.getByText('Noch keine Organisationen.')).toBeVisible();
});
