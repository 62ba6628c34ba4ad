import { expect, type Locator, type Page } from '@playwright/test';

/** The screens of the navigation drawer, by their German names. */
export type ScreenName =
  | 'Heute'
  | 'Anfragen'
  | 'Wiedervorlagen'
  | 'Netzwerk'
  | 'Aktivitäten'
  | 'Auswertung'
  | 'Berichte'
  | 'Einstellungen';

/** Opens a screen from the navigation and waits for its heading ("Heute, <date>" on the start screen). */
export async function openScreen(page: Page, name: ScreenName): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  const heading = name === 'Heute' ? { name: /^Heute, / } : { name, exact: true };
  await expect(page.getByRole('heading', { level: 1, ...heading })).toBeVisible();
}

/** The open dialog's "Speichern" (the caller checks the outcome). */
export async function clickSave(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern', exact: true }).click();
}

/** Types digits into a date picker's first section, as a person does ("12" "03" …). */
export async function typeDate(page: Page, field: Locator, digits: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}
