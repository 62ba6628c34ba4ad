import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Sonnenblume-Fahrrad-2026!';

/** The set-up and unlock screens. */
export class VaultPage {
  constructor(private readonly page: Page) {}

  passwordField() {
    return this.page.getByLabel('Passwort', { exact: true });
  }

  /** Sets up a vault; the app then opens on "Heute". */
  async setUp(password = PASSWORD) {
    await expect(this.page.getByRole('heading', { name: 'Tresor einrichten' })).toBeVisible();
    await this.passwordField().fill(password);
    await this.page.getByLabel('Passwort wiederholen').fill(password);
    await this.page.getByRole('button', { name: 'Tresor anlegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Heute, / })).toBeVisible();
  }

  async expectLocked() {
    await expect(this.page.getByRole('heading', { name: 'Entsperren' })).toBeVisible();
  }

  async unlock(password = PASSWORD) {
    await this.expectLocked();
    await this.passwordField().fill(password);
    await this.page.getByRole('button', { name: 'Entsperren' }).click();
    await expect(this.page.getByRole('button', { name: 'Sperren' })).toBeVisible();
  }
}
