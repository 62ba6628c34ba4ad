import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Sonnenblume-Fahrrad-2026!';

/** The set-up and unlock screens. */
export class VaultPage {
  constructor(private readonly page: Page) {}

  passwordField() {
    return this.page.getByLabel('Passwort', { exact: true });
  }

  /** Sets up a vault, confirms the recovery key was stored, and returns it; the app then opens on "Heute". */
  async setUp(password = PASSWORD): Promise<string> {
    await expect(this.page.getByRole('heading', { name: 'Tresor einrichten' })).toBeVisible();
    await this.passwordField().fill(password);
    await this.page.getByLabel('Passwort wiederholen').fill(password);
    await this.page.getByRole('button', { name: 'Tresor anlegen' }).click();
    const recoveryKey = await this.readRecoveryKey();
    await this.confirmRecoveryKeyStored();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Heute, / })).toBeVisible();
    return recoveryKey;
  }

  /** The recovery key as shown in its groups (what a person would copy from the screen). */
  async readRecoveryKey(): Promise<string> {
    const group = this.page.getByRole('group', { name: 'Ihr Wiederherstellungsschlüssel' });
    await expect(group).toBeVisible({ timeout: 20_000 });
    const groups = await group.locator('span').allTextContents();
    expect(groups).toHaveLength(14);
    return groups.join('-');
  }

  async confirmRecoveryKeyStored(button = 'Weiter') {
    const next = this.page.getByRole('button', { name: button });
    await expect(next).toBeDisabled();
    await this.page.getByLabel(/sicher aufbewahrt/).check();
    await next.click();
  }

  /** "Sperren" in the top bar (the caller checks the lock screen). */
  async lock() {
    await this.page.getByRole('button', { name: /^Sperren\b/ }).click();
  }

  async expectLocked() {
    await expect(this.page.getByRole('heading', { name: 'Entsperren' })).toBeVisible();
  }

  /** `timeout`: a large vault takes longer to open than the default wait. */
  /**
   * The computer was off until `time`: the page reloads (the vault locks) and the clock is set while it
   * is locked. Setting the clock first lets the open page's idle lock fire and reload the page under
   * `page.reload()` (net::ERR_ABORTED in CI).
   */
  async reopenAt(time: Date) {
    await this.page.reload();
    await this.expectLocked();
    await this.page.clock.setSystemTime(time);
  }

  async unlock(password = PASSWORD, { timeout }: { timeout?: number } = {}) {
    await this.expectLocked();
    await this.passwordField().fill(password);
    await this.page.getByRole('button', { name: 'Entsperren' }).click();
    await expect(this.page.getByRole('button', { name: 'Sperren' })).toBeVisible({ timeout });
  }

  /** "Passwort vergessen?": the recovery key and a new password (the outcome is the caller's to check). */
  async recover(recoveryKey: string, newPassword: string) {
    await this.page.getByRole('button', { name: 'Passwort vergessen?' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Mit Wiederherstellungsschlüssel entsperren' }),
    ).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Wiederherstellungsschlüssel' }).fill(recoveryKey);
    await this.page.getByLabel('Neues Passwort', { exact: true }).fill(newPassword);
    await this.page.getByLabel('Neues Passwort wiederholen').fill(newPassword);
    await this.page.getByRole('button', { name: 'Entsperren und Passwort festlegen' }).click();
  }
}
