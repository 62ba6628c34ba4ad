import { expect, type Page } from '@playwright/test';

export interface InquiryInput {
  requester: string;
  topic: string;
  subject: string;
  notes?: string;
}

/** The "Anfragen" list and the inquiry dialog. */
export class InquiriesPage {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog');
  }

  async openNewWithButton() {
    await this.page.getByRole('button', { name: 'Neue Anfrage' }).first().click();
    await expect(this.dialog().getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible();
  }

  async fill(input: InquiryInput) {
    const dialog = this.dialog();
    await dialog.getByRole('combobox', { name: 'Anfragende Stelle' }).fill(input.requester);
    await this.page.getByRole('option', { name: input.requester, exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Themen' }).fill(input.topic);
    await this.page.getByRole('option', { name: input.topic, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Betreff' }).fill(input.subject);
    if (input.notes !== undefined) await dialog.getByRole('textbox', { name: 'Notizen' }).fill(input.notes);
  }

  async save() {
    await this.dialog().getByRole('button', { name: 'Speichern' }).click();
    await expect(this.page.getByText('Gespeichert')).toBeVisible();
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

  async open(subject: string) {
    await this.page.getByRole('button', { name: subject }).click();
    await expect(this.dialog().getByRole('heading', { name: 'Anfrage bearbeiten' })).toBeVisible();
  }
}
