import { expect, type Locator, type Page } from '@playwright/test';
import { clickSave, openScreen } from './screens';

export type NetworkTab = 'Organisationen' | 'Personen' | 'Integrationslotsen' | 'Netzwerkpflege';

export interface PersonInput {
  firstName?: string;
  lastName: string;
  role?: string;
}

/** "Netzwerk": organisations, persons, Integrationslotsen (with allowances), import and export. */
export class NetworkPage {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async goto(tab?: NetworkTab) {
    await openScreen(this.page, 'Netzwerk');
    if (tab) await this.openTab(tab);
  }

  async openTab(tab: NetworkTab) {
    await this.page.getByRole('tab', { name: tab }).click();
  }

  row(text: string): Locator {
    return this.page.getByRole('row').filter({ hasText: text });
  }

  /** A section of the organisation page ("Personen", "Verweise an diese Organisation", …). */
  region(name: RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** "Neue Organisation" with its name typed (not saved yet). */
  async startOrganisation(name: string) {
    await this.page.getByRole('button', { name: 'Neue Organisation' }).click();
    await this.dialog().getByRole('textbox', { name: 'Name' }).fill(name);
  }

  /** Saves the organisation dialog; its page opens. */
  async saveOrganisation(name: string) {
    await clickSave(this.page);
    await this.expectOrganisationPage(name);
  }

  async addOrganisation(name: string) {
    await this.startOrganisation(name);
    await this.saveOrganisation(name);
  }

  async expectOrganisationPage(name: string) {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async openOrganisation(name: string) {
    await this.page.getByRole('button', { name }).click();
  }

  /** "Neue Person" with the names typed (not saved yet). */
  async startPerson({ firstName, lastName, role }: PersonInput) {
    await this.page.getByRole('button', { name: 'Neue Person' }).click();
    const dialog = this.dialog();
    if (firstName !== undefined) await dialog.getByRole('textbox', { name: 'Vorname' }).fill(firstName);
    await dialog.getByRole('textbox', { name: 'Nachname' }).fill(lastName);
    if (role !== undefined) await dialog.getByRole('textbox', { name: 'Funktion' }).fill(role);
  }

  /** Saves the open dialog and waits until it has closed. */
  async saveAndClose() {
    await clickSave(this.page);
    await expect(this.dialog()).toBeHidden();
  }

  async addPerson(person: PersonInput) {
    await this.startPerson(person);
    await this.saveAndClose();
  }

  /** In the person dialog: "ist Integrationslotse / -lotsin". */
  async markAsVolunteer() {
    await this.dialog().getByRole('checkbox', { name: 'ist Integrationslotse / -lotsin' }).check();
  }

  /** The allowance rows of the person dialog. */
  allowanceAmount(index = 0): Locator {
    return this.dialog().getByRole('textbox', { name: 'Betrag (€)' }).nth(index);
  }

  allowanceMonth(index = 0): Locator {
    return this.dialog().getByRole('textbox', { name: 'Monat (MM.JJJJ)' }).nth(index);
  }

  /** "Betrag hinzufügen", and the amount (and month, if given) typed into the new row. */
  async addAllowance(index: number, amount?: string, month?: string) {
    await this.dialog().getByRole('button', { name: 'Betrag hinzufügen' }).click();
    if (month !== undefined) await this.allowanceMonth(index).fill(month);
    if (amount !== undefined) await this.allowanceAmount(index).fill(amount);
  }

  overCapQuestion(): Locator {
    return this.page.getByRole('dialog', { name: 'Über der Obergrenze speichern?' });
  }

  /** "Trotzdem speichern" in the question about an allowance over the monthly cap. */
  async saveOverCap() {
    await this.overCapQuestion().getByRole('button', { name: 'Trotzdem speichern' }).click();
  }

  /** "Importieren" and a file picked through the chooser (a native dialog in the desktop app). */
  async openImport() {
    await this.page.getByRole('button', { name: 'Importieren' }).click();
  }

  async chooseImportFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog().getByRole('button', { name: 'Datei auswählen (CSV oder vCard)' }).click();
    await (await chooser).setFiles(file);
  }

  async acceptImport() {
    await this.dialog().getByRole('button', { name: 'Übernehmen' }).click();
  }
}
