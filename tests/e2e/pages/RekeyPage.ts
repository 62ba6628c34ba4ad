import { expect, type Locator, type Page } from '@playwright/test';

/** Re-keying: Einstellungen → "Passwort und Wiederherstellung" and the progress dialog. */
export class RekeyPage {
  constructor(private readonly page: Page) {}

  async openSettings() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await expect(this.page.getByRole('heading', { name: 'Passwort und Wiederherstellung' })).toBeVisible();
  }

  /** The progress dialog of a re-keying without a form of its own (on demand, erasure, anonymisation). */
  progressDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
  }

  /** Waits for "Neu verschlüsselt." in the dialog (its end state). */
  async expectDone(dialog: Locator = this.progressDialog()) {
    await expect(dialog.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 60_000 });
  }

  /** Ends a finished re-keying with the keyboard: "Schließen" has the focus. */
  async closeWithKeyboard(dialog: Locator = this.progressDialog()) {
    await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }

  /** "Tresor neu verschlüsseln" on demand, keyboard only; returns the progress dialog (still open). */
  async startOnDemand(): Promise<Locator> {
    await this.openSettings();
    await this.page.getByRole('button', { name: 'Tresor neu verschlüsseln' }).focus();
    await this.page.keyboard.press('Enter');
    const confirm = this.page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
    await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await expect(confirm).toContainText('bleiben mit ihrer eigenen Passphrase lesbar');
    await this.page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Jetzt neu verschlüsseln' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    return this.progressDialog();
  }

  /** The progress bar's value (0–100) while a re-keying runs. */
  progressBar(dialog: Locator = this.progressDialog()): Locator {
    return dialog.getByRole('progressbar');
  }
}
