import { expect, type Locator, type Page } from '@playwright/test';
import { openScreen } from './screens';

/** "Einstellungen": the office, lists (tabs), data safety, Löschfristen, password and recovery. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await openScreen(this.page, 'Einstellungen');
  }

  officeName(): Locator {
    return this.page.getByRole('textbox', { name: 'Name der Stelle' });
  }

  autoLockMinutes(): Locator {
    return this.page.getByRole('spinbutton', { name: 'Automatisch sperren nach (Minuten)' });
  }

  /** "Speichern" of the office section (the first on the screen). */
  async clickSave() {
    await this.page.getByRole('button', { name: 'Speichern', exact: true }).first().click();
  }

  async save() {
    await this.clickSave();
    await this.expectSaved();
  }

  /** Chooses a language in "Sprache" (not saved yet). */
  async chooseLanguage(language: 'English' | 'Deutsch') {
    await this.page.getByRole('combobox', { name: 'Sprache' }).click();
    await this.page.getByRole('option', { name: language }).click();
  }

  /** Einstellungen → Sprache → English → Speichern; the screen then speaks English. */
  async switchToEnglish() {
    await this.goto();
    await this.chooseLanguage('English');
    await this.clickSave();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }

  async expectSaved() {
    await expect(this.page.getByText('Einstellungen gespeichert')).toBeVisible();
  }

  /** Adds an entry to a list tab ("Team (Bearbeiter/innen)", …). */
  async addListEntry(tab: string, entry: string) {
    await this.page.getByRole('tab', { name: tab }).click();
    await this.page.getByRole('textbox', { name: `Neuer Eintrag: ${tab}` }).fill(entry);
    await this.page.getByRole('button', { name: 'Hinzufügen' }).click();
  }

  /** "Ich bin" on this device (a team member). */
  async chooseMe(name: string) {
    await this.page.getByRole('combobox', { name: 'Ich bin' }).click();
    await this.page.getByRole('option', { name }).click();
  }
}
