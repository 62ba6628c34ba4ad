import { expect, type Page } from '@playwright/test';

export const OTHER_WINDOW_TITLE = 'Anlaufstelle ist bereits in einem anderen Fenster geöffnet';

/** The notice a window shows while another window has the vault open. */
export class OtherWindowPage {
  constructor(private readonly page: Page) {}

  /** After a start or reload (slow on a busy machine). */
  async expectShown() {
    await expect(this.page.getByRole('heading', { level: 1, name: OTHER_WINDOW_TITLE })).toBeVisible({
      timeout: 60_000,
    });
  }

  /** "Hier weiterarbeiten": the other window locks, this one continues to its lock screen. */
  async continueHere() {
    await this.expectShown();
    await this.page.getByRole('button', { name: 'Hier weiterarbeiten' }).click();
    await expect(this.page.getByRole('heading', { name: 'Entsperren' })).toBeVisible();
  }
}

/** Whether the app is unlocked in this page (its "Sperren" button is there). */
export async function isUnlocked(page: Page): Promise<boolean> {
  return page.getByRole('button', { name: /^Sperren\b/ }).isVisible();
}
