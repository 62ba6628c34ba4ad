import { expect, type Locator, type Page } from '@playwright/test';
import { clickSave, openScreen } from './screens';

/** "Wiedervorlagen": the list and the follow-up dialog (also opened from an inquiry's detail view). */
export class FollowupsPage {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async goto() {
    await openScreen(this.page, 'Wiedervorlagen');
  }

  /** "Neue Wiedervorlage" on the list, title typed and a due-date shortcut ("morgen", …) chosen. */
  async startNew(title: string, due?: string) {
    await this.page.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
    await this.fillTitleAndDue(title, due);
  }

  /** "Wiedervorlage" in an inquiry's detail view, title typed and a due-date shortcut chosen. */
  async startFromInquiry(title: string, due?: string) {
    await this.page.getByRole('button', { name: 'Wiedervorlage', exact: true }).click();
    await this.fillTitleAndDue(title, due);
  }

  private async fillTitleAndDue(title: string, due?: string) {
    await this.dialog().getByRole('textbox', { name: 'Titel' }).fill(title);
    if (due !== undefined) await this.dialog().getByRole('button', { name: due }).click();
  }

  /** Saves the dialog; the dialog closes (the caller checks any message). */
  async save() {
    await clickSave(this.page);
    await expect(this.dialog()).toBeHidden();
  }

  /** A new follow-up from the list, saved. */
  async add(title: string, due?: string) {
    await this.startNew(title, due);
    await this.save();
  }

  /** A follow-up from the open inquiry's detail view, saved with its confirmation. */
  async addFromInquiry(title: string, due?: string) {
    await this.startFromInquiry(title, due);
    await clickSave(this.page);
    await expect(this.page.getByText('Wiedervorlage gespeichert')).toBeVisible();
    await expect(this.dialog()).toBeHidden();
  }

  async markDone(title: string) {
    await this.page.getByRole('checkbox', { name: `„${title}“ als erledigt markieren` }).click();
  }
}
