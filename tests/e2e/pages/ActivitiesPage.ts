import type { Locator, Page } from '@playwright/test';
import { openScreen } from './screens';

/** "Aktivitäten": the list and the activity dialog. */
export class ActivitiesPage {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async goto() {
    await openScreen(this.page, 'Aktivitäten');
  }

  /** "Neue Aktivität" with its title typed (not saved yet). */
  async startNew(title: string) {
    await this.page.getByRole('button', { name: 'Neue Aktivität' }).first().click();
    await this.dialog().getByRole('textbox', { name: 'Titel' }).fill(title);
  }

  /** Picks the kind of activity from its list ("Lotsentreffen" → "Lotsentreffen / Austausch Ehrenamt"). */
  async chooseKind(typed: string, option: string) {
    await this.dialog().getByRole('combobox', { name: 'Aktivitätsart' }).fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }

  row(text: string): Locator {
    return this.page.getByRole('row').filter({ hasText: text });
  }
}
