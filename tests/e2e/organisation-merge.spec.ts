// Keeping the network clean: free-text referrals linked to an organisation recorded later, a
// same-named organisation warned about, a duplicate merged (its links move), an unused one deleted.
import { expect, test, type Page } from '@playwright/test';
import { InquiriesPage } from './pages/InquiriesPage';
import { VaultPage } from './pages/VaultPage';
import { expectNoSeriousA11yViolations } from './support/axe';

const MBE = 'Migrationsberatung Caritas Salzwedel';

async function openOrganisations(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netzwerk' })).toBeVisible();
}

async function newOrganisation(page: Page, name: string) {
  await openOrganisations(page);
  await page.getByRole('button', { name: 'Neue Organisation' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill(name);
}

async function saveDialog(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

function region(page: Page, name: RegExp) {
  return page.getByRole('region', { name });
}

test('free-text referrals are linked to an organisation recorded later; a duplicate is merged and its links move', async ({
  page,
}) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  const inquiries = new InquiriesPage(page);
  const base = { requester: 'Verein / Initiative', topic: 'Aufenthalt / Status' };
  await inquiries.create({ ...base, subject: 'Aufenthaltstitel Familie A', referral: MBE });
  await inquiries.create({ ...base, subject: 'Aufenthaltstitel Familie B', referral: MBE });

  // The organisation is recorded later: its page offers to link the two inquiries.
  await newOrganisation(page, MBE);
  await saveDialog(page);
  await expect(page.getByRole('heading', { level: 1, name: MBE })).toBeVisible();
  const prompt = page.getByRole('alert').filter({ hasText: 'mit dieser Organisation verknüpfen?' });
  await expect(prompt).toHaveText(new RegExp(`2 Anfragen nennen ‚${MBE}‘`));
  await expect(region(page, /Verweise an diese Organisation/)).toContainText('(0)');
  await expectNoSeriousA11yViolations(page, 'Organisation mit Verknüpfungsangebot');
  await page.screenshot({ path: 'test-results/organisation-link-prompt.png' });
  await prompt.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(page.getByText('2 Anfragen verknüpft')).toBeVisible();
  await expect(prompt).toBeHidden();
  const referred = region(page, /Verweise an diese Organisation/);
  await expect(referred).toContainText('(2)');
  await expect(referred).toContainText('Aufenthaltstitel Familie A');

  // Same name, other spelling: a warning with "Vorhandene verwenden", which creates nothing.
  await newOrganisation(page, 'migrationsberatung  caritas salzwedel e.V.');
  const dialog = page.getByRole('dialog');
  // Ctrl+Enter right after typing does not create it unseen: the first save only shows the warning.
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    `Es gibt schon eine Organisation mit diesem Namen: „${MBE}“. Erneut „Speichern“ legt sie trotzdem`,
  );
  await expectNoSeriousA11yViolations(page, 'Neue Organisation mit gleichem Namen');
  await page.screenshot({ path: 'test-results/organisation-same-name.png' });
  await dialog.getByRole('button', { name: 'Vorhandene verwenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: MBE })).toBeVisible();
  await openOrganisations(page);
  await expect(page.getByRole('button', { name: /Migrationsberatung/i })).toHaveCount(1);

  // A duplicate under another name, with a person, a referral and an activity.
  await newOrganisation(page, 'Caritas MBE Altmark');
  await saveDialog(page);
  await page.getByRole('button', { name: 'Neue Person' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Nachname' }).fill('Weiß');
  await saveDialog(page);
  await inquiries.create({ ...base, subject: 'Aufenthaltstitel Familie C', referral: 'Caritas MBE' });

  await openOrganisations(page);
  await page.getByRole('button', { name: 'Caritas MBE Altmark' }).click();
  await expect(region(page, /Verweise an diese Organisation/)).toContainText('(1)');
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
  await expect(page.getByRole('heading', { level: 1, name: MBE })).toBeVisible();
  await expect(region(page, /Verweise an diese Organisation/)).toContainText('(3)');
  await expect(region(page, /Personen/)).toContainText('Weiß');

  // After unlocking again: the merge was written, the duplicate is gone.
  await page.reload();
  await new VaultPage(page).unlock();
  await openOrganisations(page);
  await expect(page.getByRole('button', { name: 'Caritas MBE Altmark' })).toHaveCount(0);
  await page.getByRole('button', { name: MBE }).click();
  await expect(region(page, /Verweise an diese Organisation/)).toContainText('(3)');
  await expect(region(page, /Personen/)).toContainText('Weiß');

  // A same-named twin saved deliberately: the merge list tells the two apart by their links.
  await newOrganisation(page, MBE);
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern', exact: true }).click();
  await saveDialog(page);
  await page.getByRole('button', { name: 'Zusammenführen …' }).click();
  const twinMerge = page.getByRole('dialog', { name: 'Organisation zusammenführen' });
  await expect(twinMerge.getByRole('combobox', { name: 'Organisation, die bleibt' })).toHaveValue(
    `${MBE} (gleicher Name · 1 Person, 3 Verweise an sie)`,
  );
  await twinMerge.getByRole('button', { name: 'Abbrechen' }).click();
});

test('an organisation without links is deleted after one confirmation', async ({ page }) => {
  await page.goto('/');
  await new VaultPage(page).setUp();
  await newOrganisation(page, 'Sportverein Beispielstadt');
  await saveDialog(page);
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
  await new VaultPage(page).unlock();
  await openOrganisations(page);
  await expect(page.getByText('Noch keine Organisationen.')).toBeVisible();
});
