import { expect, test } from './fixtures';
test('shots', async ({ screens: { page, report } }) => {
  test.setTimeout(200_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(page.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 60_000 });
  await report.goto();
  await page.getByRole('combobox', { name: 'Berichtsprofil' }).click();
  await page.screenshot({ path: '/tmp/me-profiles-menu.png' });
  await page.getByRole('option', { name: 'Landesintegrationskonzept' }).click();
  await page.screenshot({ path: '/tmp/me-lik-top.png' });
  await page.getByRole('heading', { name: '2. Anfragen nach Handlungsfeld' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/me-lik-2.png' });
  await page.getByRole('heading', { name: '4. Ziele und Indikatoren' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/me-lik-4.png' });
  await page.getByRole('link', { name: 'Auswertung' }).click();
  await page.getByText('In welchem Handlungsfeld').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/me-dash-field.png' });
});
