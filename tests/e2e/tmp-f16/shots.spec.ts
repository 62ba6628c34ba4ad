import { test } from '../fixtures';
import { openScreen } from '../pages/screens';

test('screenshots of two changed dialogs', async ({ app: { page, inquiries } }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await inquiries.openNewWithButton();
  await page.screenshot({ path: '/tmp/f16-inquiry.png' });
  await page.keyboard.press('Escape');
  await openScreen(page, 'Aktivitäten');
  await page.getByRole('button', { name: 'Neue Aktivität' }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Titel', exact: true }).waitFor();
  await page.screenshot({ path: '/tmp/f16-activity.png' });
});
