import { expect, type Page } from '@playwright/test';

export interface InquiryInput {
  requester: string;
  topic: string;
  subject: string;
  notes?: string;
  referral?: string;
  minutes?: number;
}

/** The "Anfragen" list, the detail view and the inquiry dialog. */
export class InquiriesPage {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog');
  }

  async goto() {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Anfragen', exact: true })).toBeVisible();
  }

  async openNewWithButton() {
    await this.goto();
    await this.page.getByRole('button', { name: 'Neue Anfrage' }).first().click();
    await expect(this.dialog().getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible();
    // Only the form scrolls: "Speichern" stays on a 1366×768 screen.
    await expect(this.dialog().getByRole('button', { name: 'Speichern', exact: true })).toBeInViewport();
  }

  async fill(input: InquiryInput) {
    const dialog = this.dialog();
    await dialog.getByRole('combobox', { name: 'Anfragende Stelle' }).fill(input.requester);
    await this.page.getByRole('option', { name: input.requester, exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Themen' }).fill(input.topic);
    await this.page.getByRole('option', { name: input.topic, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Betreff' }).fill(input.subject);
    if (input.referral !== undefined) {
      await dialog.getByRole('combobox', { name: 'Verwiesen an' }).fill(input.referral);
      await this.page.keyboard.press('Enter');
    }
    if (input.minutes !== undefined)
      await dialog.getByRole('textbox', { name: 'Zeitaufwand (Min.)' }).fill(String(input.minutes));
    if (input.notes !== undefined) await dialog.getByRole('textbox', { name: 'Notizen' }).fill(input.notes);
  }

  /** Picks a status in the open inquiry dialog (e.g. 'erledigt'). */
  async setStatus(status: string) {
    await this.dialog().getByRole('combobox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: status }).click();
  }

  async save() {
    await this.dialog().getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(this.page.getByText('Gespeichert', { exact: true })).toBeVisible();
    await expect(this.dialog()).toBeHidden();
  }

  async create(input: InquiryInput) {
    await this.openNewWithButton();
    await this.fill(input);
    await this.save();
  }

  row(subject: string) {
    return this.page.getByRole('row').filter({ hasText: subject });
  }

  /** Opens the detail view from the list. */
  async openDetail(subject: string) {
    await this.page.getByRole('button', { name: subject, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  }

  /** Opens the edit dialog: list → detail → "Bearbeiten". */
  async open(subject: string) {
    await this.openDetail(subject);
    await this.page.getByRole('button', { name: 'Bearbeiten' }).click();
    await expect(this.dialog().getByRole('heading', { name: 'Anfrage bearbeiten' })).toBeVisible();
  }
}
