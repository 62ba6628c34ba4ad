import { expect, type Locator, type Page } from '@playwright/test';
import { openScreen } from './screens';

export interface TeamAccess {
  server: string;
  database: string;
  user: string;
  password: string;
  name: string;
  device: string;
}

/** Einstellungen → Team, its set-up, join and invitation dialogs, and the sync status in the top bar. */
export class TeamPage {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Team' });
  }

  async goto() {
    await openScreen(this.page, 'Einstellungen');
    await this.section().scrollIntoViewIfNeeded();
  }

  /** The chip in the top bar ("Synchronisiert · …", "Offline – …"). */
  status(): Locator {
    return this.page.getByRole('button', { name: /^Stand der Synchronisierung/ });
  }

  /** Fills the access data and who works here (set-up and join dialogs). */
  async fillAccess(dialog: Locator, access: TeamAccess) {
    await dialog.getByRole('textbox', { name: 'Serveradresse' }).fill(access.server);
    await dialog.getByRole('textbox', { name: 'Datenbank' }).fill(access.database);
    await dialog.getByRole('textbox', { name: 'Benutzername (Server)' }).fill(access.user);
    await dialog.getByLabel('Passwort (Server)').fill(access.password);
    await dialog.getByRole('textbox', { name: 'Ihr Name' }).fill(access.name);
    await dialog.getByRole('textbox', { name: 'Dieser Computer' }).fill(access.device);
  }

  async openSetUp(): Promise<Locator> {
    await this.section().getByRole('button', { name: 'Team einrichten …' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Team einrichten' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async openJoin(): Promise<Locator> {
    await this.section().getByRole('button', { name: 'Einem Team beitreten …' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Einem Team beitreten' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** "Einem Team beitreten …" filled and sent; waits until the dialog has closed. */
  async join(access: TeamAccess, code: string) {
    const dialog = await this.openJoin();
    await this.fillAccess(dialog, access);
    await dialog.getByRole('textbox', { name: 'Einladungscode' }).fill(code);
    await dialog.getByRole('button', { name: 'Beitreten' }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * "Leitung einladen …": the statistics database as offered (or `database`), then the code as shown;
   * the dialog is closed again.
   */
  async inviteLead(database?: string, role?: string): Promise<string> {
    await this.section().getByRole('button', { name: 'Leitung einladen …' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Leitung oder Haushalt einladen' });
    if (role !== undefined) {
      await dialog.getByRole('combobox', { name: 'Rolle der eingeladenen Person' }).click();
      await this.page.getByRole('option', { name: role }).click();
    }
    if (database !== undefined)
      await dialog.getByRole('textbox', { name: 'Datenbank für die Auswertung' }).fill(database);
    await dialog.getByRole('button', { name: 'Code erstellen' }).click();
    const code = dialog.getByLabel('Einladungscode', { exact: true });
    await expect(code).toHaveText(/^([0-9A-Z]{4} ){13}[0-9A-Z]{4}$/);
    const text = (await code.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toBeHidden();
    return text;
  }

  /** "Mitglied einladen …": the code as shown (groups separated by spaces); the dialog is closed again. */
  async invite(): Promise<string> {
    await this.section().getByRole('button', { name: 'Mitglied einladen …' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Mitglied einladen' });
    const code = dialog.getByLabel('Einladungscode', { exact: true });
    await expect(code).toHaveText(/^([0-9A-Z]{4} ){13}[0-9A-Z]{4}$/);
    const text = (await code.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toBeHidden();
    return text;
  }
}
