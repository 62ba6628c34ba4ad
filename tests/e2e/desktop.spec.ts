import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

test('„Über Anlaufstelle“ from the command palette shows the version and the libraries’ licences', async ({
  app: { page },
}) => {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' }).fill('Über Anl');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Über Anlaufstelle' });
  await expect(dialog.getByTestId('about-version')).toHaveText(/^Version \d+\.\d+\.\d+ · Browser-Version$/);
  const table = dialog.getByRole('table', { name: 'Verwendete Bibliotheken und ihre Lizenzen' });
  await expect(table.getByRole('row').filter({ hasText: /^react-dom/ })).toContainText('MIT');
  await expect(table.getByRole('row').filter({ hasText: /^dexie\d/ })).toContainText('Apache-2.0');
  await expect(dialog).not.toContainText('vitest');
  await expectNoSeriousA11yViolations(page, 'Über Anlaufstelle');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
});
