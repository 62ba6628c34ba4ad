// Each test gets its own browser context (its own IndexedDB) from Playwright; the `app` fixture
// opens the app in it with a vault set up, and hands the page objects over.
import { test as base, type Page } from '@playwright/test';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { DashboardPage } from './pages/DashboardPage';
import { FollowupsPage } from './pages/FollowupsPage';
import { InquiriesPage } from './pages/InquiriesPage';
import { NetworkPage } from './pages/NetworkPage';
import { ReportPage } from './pages/ReportPage';
import { SettingsPage } from './pages/SettingsPage';
import { PASSWORD, VaultPage } from './pages/VaultPage';

export { expect, type Locator, type Page } from '@playwright/test';
export { PASSWORD };

/** The page objects of every screen, on one page (a tab or a persistent profile's page). */
export function screensOf(page: Page) {
  return {
    page,
    vault: new VaultPage(page),
    inquiries: new InquiriesPage(page),
    followups: new FollowupsPage(page),
    network: new NetworkPage(page),
    activities: new ActivitiesPage(page),
    dashboard: new DashboardPage(page),
    report: new ReportPage(page),
    settings: new SettingsPage(page),
  };
}

export type Screens = ReturnType<typeof screensOf>;
export type App = Screens & { recoveryKey: string };

/**
 * Opens the app at '/' and sets up a vault with `password`; it then shows "Heute".
 * `time`: the clock is installed first, for tests about due dates.
 */
export async function openApp(
  page: Page,
  { time, password = PASSWORD }: { time?: Date; password?: string } = {},
): Promise<App> {
  if (time) await page.clock.install({ time });
  await page.goto('/');
  const screens = screensOf(page);
  const recoveryKey = await screens.vault.setUp(password);
  return { ...screens, recoveryKey };
}

/** What a failed test's page said: its errors, the console's errors and the text on the screen. */
async function printPageOnFailure(page: Page, title: string, errors: string[]): Promise<void> {
  // A page stuck in a loop answers nothing: the text is given up after a few seconds.
  const text = await Promise.race([
    page
      .locator('body')
      .innerText()
      .catch((e: unknown) => `(no text: ${String(e)})`),
    new Promise<string>((resolve) => setTimeout(() => resolve('(no answer from the page within 5 s)'), 5000)),
  ]);
  const hidden = await Promise.race([
    page
      .evaluate(() =>
        [...document.querySelectorAll('[aria-hidden="true"]')].map((e) => e.id || e.tagName).slice(0, 10),
      )
      .catch(() => []),
    new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 2000)),
  ]);
  console.log(
    [
      `--- page of the failed test "${title}" ---`,
      `errors: ${errors.length ? errors.join('\n') : 'none'}`,
      `aria-hidden: ${hidden.join(', ') || 'none'}`,
      `text on the screen:\n${text.slice(0, 3000)}`,
      '---',
    ].join('\n'),
  );
}

export const test = base.extend<{ app: App; screens: Screens; failureReport: void }>({
  /** On a failure, prints what the page showed: the CI log has no trace to open. */
  failureReport: [
    async ({ page }, provide, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await provide();
      if (testInfo.status !== testInfo.expectedStatus) await printPageOnFailure(page, testInfo.title, errors);
    },
    { auto: true },
  ],
  /** An unlocked app with a fresh vault (test password) in this test's own context. */
  app: async ({ page }, provide) => {
    await provide(await openApp(page));
  },
  /** The page objects without any set-up (for tests that start on the set-up screen or with a clock). */
  screens: async ({ page }, provide) => {
    await provide(screensOf(page));
  },
});
