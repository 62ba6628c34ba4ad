import { expect, PASSWORD, screensOf, test, type Page } from './fixtures';
import { isUnlocked, OtherWindowPage } from './pages/OtherWindowPage';
import { expectNoSeriousA11yViolations } from './support/axe';

// Two tabs of one browser share the origin's IndexedDB: the web mode's "two windows on one vault".
// Before this guard both tabs unlocked, and one tab's snapshot could hide the other's records.

const inquiry = (subject: string) => ({ requester: 'Polizei', topic: 'Wohnen / Unterbringung', subject });

/** The lock screen after a reload (the machine running the tests may be busy: a reload can be slow). */
async function expectLockScreen(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Entsperren' })).toBeVisible({ timeout: 60_000 });
}

/** Never two unlocked tabs at once: checked after every step. */
async function expectAtMostOneUnlocked(pages: Page[]) {
  const unlocked = await Promise.all(pages.map(isUnlocked));
  expect(unlocked.filter(Boolean).length, `unlocked tabs: ${JSON.stringify(unlocked)}`).toBeLessThanOrEqual(
    1,
  );
}

test('a second tab says the vault is open elsewhere; "Hier weiterarbeiten" locks the first; no record is lost', async ({
  context,
  app: { page: a, vault: vaultA, inquiries: inquiriesA },
}) => {
  test.setTimeout(300_000); // four unlocks (Argon2id, 64 MiB) and five saves in one story
  const b = await context.newPage();
  const { vault: vaultB, inquiries: inquiriesB } = screensOf(b);
  const tabs = [a, b];
  await inquiriesA.create(inquiry('Aus Fenster A'));

  // Tab B starts while A has the vault open: it says so instead of offering to unlock.
  await b.goto('/');
  const otherB = new OtherWindowPage(b);
  await otherB.expectShown();
  await expect(b.getByText(/Eingaben, die dort noch nicht gespeichert sind, gehen verloren/)).toBeVisible();
  await expect(b.getByLabel('Passwort', { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(b, 'In einem anderen Fenster geöffnet');
  await b.screenshot({ path: 'test-results/two-windows-other-window.png' });
  await expectAtMostOneUnlocked(tabs);

  // "Hier weiterarbeiten": A reloads to its lock screen, B continues to its unlock screen.
  await otherB.continueHere();
  await expectLockScreen(a);
  await expectAtMostOneUnlocked(tabs);
  await vaultB.unlock();
  await inquiriesB.goto();
  await expect(inquiriesB.row('Aus Fenster A')).toBeVisible();
  await inquiriesB.create(inquiry('Aus Fenster B'));
  await expectAtMostOneUnlocked(tabs);

  // The original bug: A, still on its lock screen, unlocks while B is open. It is refused.
  await a.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await a.getByRole('button', { name: 'Entsperren' }).click();
  const otherA = new OtherWindowPage(a);
  await otherA.expectShown();
  expect(await isUnlocked(b)).toBe(true);
  await expectAtMostOneUnlocked(tabs);

  // Takeover back: B locks, A unlocks and sees B's record.
  await otherA.continueHere();
  await expectLockScreen(b);
  await vaultA.unlock();
  await inquiriesA.goto();
  await expect(inquiriesA.row('Aus Fenster B')).toBeVisible();
  await inquiriesA.create(inquiry('Wieder in Fenster A'));
  await expectAtMostOneUnlocked(tabs);

  // A save that is still being sealed when B takes over is refused, and A says so after its reload.
  await inquiriesA.openNewWithButton();
  await inquiriesA.fill(inquiry('Unterwegs bei der Übernahme'));
  // Hold the record's sealing (before its transaction) until B has taken over.
  await a.evaluate(() => {
    const subtle = crypto.subtle;
    const encrypt = subtle.encrypt.bind(subtle);
    const held = new Promise<void>((resolve) => Object.assign(window, { releaseSeal: resolve }));
    subtle.encrypt = async (...args: Parameters<SubtleCrypto['encrypt']>) => {
      Object.assign(window, { sealWaiting: true });
      await held;
      return encrypt(...args);
    };
  });
  await inquiriesA.dialog().getByRole('button', { name: 'Speichern', exact: true }).click();
  await a.waitForFunction(() => 'sealWaiting' in window);
  await b.reload();
  await otherB.continueHere();
  await expect(a.getByRole('heading', { name: 'In einem anderen Fenster geöffnet' })).toBeVisible();
  await a.evaluate(() => (window as unknown as { releaseSeal: () => void }).releaseSeal());
  await expectLockScreen(a);
  await expect(a.getByRole('alert').filter({ hasText: 'wurde nicht gespeichert' })).toContainText(
    'Eine Änderung in diesem Fenster wurde nicht gespeichert, weil Anlaufstelle inzwischen in einem anderen Fenster geöffnet wurde.',
  );
  await expectNoSeriousA11yViolations(a, 'Entsperren mit Hinweis auf eine nicht gespeicherte Änderung');
  await a.screenshot({ path: 'test-results/two-windows-refused-notice.png' });
  await expectAtMostOneUnlocked(tabs);

  // Finally a fresh tab (both others locked) unlocks: every saved inquiry is there, the refused one is not.
  await b.close();
  await a.close();
  const c = await context.newPage();
  const { vault: vaultC, inquiries: inquiriesC } = screensOf(c);
  await c.goto('/');
  await expectLockScreen(c);
  await vaultC.unlock();
  await inquiriesC.goto();
  for (const subject of ['Aus Fenster A', 'Aus Fenster B', 'Wieder in Fenster A'])
    await expect(inquiriesC.row(subject)).toBeVisible();
  await expect(c.getByText('3 Anfragen', { exact: true })).toBeVisible();
  await expect(inquiriesC.row('Unterwegs bei der Übernahme')).toHaveCount(0);
});

test('a tab on its lock screen blocks nobody: another tab unlocks, and the first then shows the notice', async ({
  context,
  app: { page: a, vault: vaultA },
}) => {
  test.setTimeout(180_000); // two unlocks and four reloads
  await vaultA.lock();
  await expectLockScreen(a);

  const b = await context.newPage();
  await b.goto('/');
  await screensOf(b).vault.unlock();
  await expectAtMostOneUnlocked([a, b]);

  await a.reload();
  await new OtherWindowPage(a).expectShown();
  // Once B locks, a reload of A offers its lock screen again.
  await screensOf(b).vault.lock();
  await expectLockScreen(b);
  await a.reload();
  await expectLockScreen(a);
});

test('the demo vault, which opens without a password, is also open in one tab only', async ({
  context,
  screens: { page: a },
}) => {
  test.setTimeout(240_000); // ten years of sample data are generated, then opened a second time
  await a.goto('/');
  await a.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(a.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 120_000 });

  const b = await context.newPage();
  await b.goto('/');
  await new OtherWindowPage(b).expectShown();
  await expectAtMostOneUnlocked([a, b]);

  // B takes over and opens the demo without asking; A locks like "Sperren" and does not open the
  // demo again by itself (which would take it back): a reload of A shows the notice.
  await b.getByRole('button', { name: 'Hier weiterarbeiten' }).click();
  await expect(b.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 120_000 });
  await expect(a.getByText('DEMO – Beispieldaten')).toBeHidden();
  await expectAtMostOneUnlocked([a, b]);
  await a.reload();
  await new OtherWindowPage(a).expectShown();
  await expectAtMostOneUnlocked([a, b]);
});
