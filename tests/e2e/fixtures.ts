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

export const test = base.extend<{ app: App; screens: Screens }>({
  /** An unlocked app with a fresh vault (test password) in this test's own context. */
  app: async ({ page }, provide) => {
    await provide(await openApp(page));
  },
  /** The page objects without any set-up (for tests that start on the set-up screen or with a clock). */
  screens: async ({ page }, provide) => {
    await provide(screensOf(page));
  },
});
