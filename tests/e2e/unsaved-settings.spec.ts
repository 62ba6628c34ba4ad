// A changed setting not yet saved is never dropped silently: another screen from the navigation, the
// search palette or the browser's Back asks "Eingaben verwerfen?" first, like the form dialogs do.
// Locking never waits for that answer.
import { expect, test, openApp } from './fixtures';
import { openScreen } from './pages/screens';

test('leaving Einstellungen with a changed setting asks first; "Weiter bearbeiten" keeps it, "Verwerfen" leaves', async ({
  app: { page, settings },
}) => {
  const question = page.getByRole('dialog', { name: 'Eingaben verwerfen?' });
  await settings.goto();
  const before = await settings.officeName().inputValue();
  await settings.officeName().fill('Integrationsbüro Altmark');

  // Another screen from the navigation: the question; the safe answer has the focus.
  await page.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Weiter bearbeiten' })).toBeFocused();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen', exact: true })).toBeVisible();
  await expect(settings.officeName()).toHaveValue('Integrationsbüro Altmark');
  expect(new URL(page.url()).hash).toBe('#/einstellungen');

  // The browser's Back: the same question, and the address stays on Einstellungen.
  await page.goBack();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(settings.officeName()).toHaveValue('Integrationsbüro Altmark');
  expect(new URL(page.url()).hash).toBe('#/einstellungen');

  // The search palette's "Anfragen" goes through the same question.
  await page.keyboard.press('Control+k');
  await page
    .getByRole('option', { name: /Anfragen/ })
    .first()
    .click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(settings.officeName()).toHaveValue('Integrationsbüro Altmark');

  // "Verwerfen": the other screen opens, and the change was not saved.
  await page.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
  await question.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anfragen', exact: true })).toBeVisible();
  await settings.goto();
  await expect(settings.officeName()).toHaveValue(before);

  // Saved, the change leaves without a question.
  await settings.officeName().fill('Integrationsbüro Altmark');
  await settings.save();
  await openScreen(page, 'Anfragen');
  await expect(question).toHaveCount(0);
  await settings.goto();
  await expect(settings.officeName()).toHaveValue('Integrationsbüro Altmark');
});

test('a changed Sprache not yet saved asks before another screen, and closing the window asks too', async ({
  app: { page, settings },
}) => {
  await settings.goto();
  await settings.chooseLanguage('English');
  await page.getByRole('navigation').getByRole('link', { name: 'Heute' }).click();
  await expect(page.getByRole('dialog', { name: 'Eingaben verwerfen?' })).toBeVisible();

  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
});

test('locking with a changed setting never waits for the question: Strg+L and the idle lock', async ({
  page,
}) => {
  const { settings, vault } = await openApp(page, { time: new Date('2026-06-10T09:00:00') });
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss(); // "Auf dieser Seite bleiben": would keep the vault open if it were asked
  });

  await settings.goto();
  await settings.officeName().fill('Halb getippt');
  await page.keyboard.press('Control+l');
  await vault.expectLocked();

  await vault.unlock();
  await settings.goto();
  await settings.officeName().fill('Halb getippt');
  await page.clock.fastForward('04:00:00');
  await vault.expectLocked();
  expect(asked).toEqual([]);
  await expect(page.getByRole('dialog', { name: 'Eingaben verwerfen?' })).toHaveCount(0);
});
