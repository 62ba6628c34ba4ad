import { expect, type Locator, type Page } from '@playwright/test';
import { openScreen } from './screens';

/** "Auswertung": key figures and the charts, each with its "Tabelle" switch. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await openScreen(this.page, 'Auswertung');
  }

  keyFigures(): Locator {
    return this.page.getByRole('region', { name: 'Kennzahlen' });
  }

  period(): Locator {
    return this.page.getByRole('combobox', { name: 'Zeitraum' });
  }

  /** Chooses a period from "Zeitraum" and waits until the list has closed and the choice shows. */
  async choosePeriod(name: string) {
    await this.period().click();
    await this.page.getByRole('option', { name }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
    await expect(this.period()).toHaveText(name);
  }

  /**
   * Chooses a grouping ("Woche", "Monat", "Quartal", "Jahr"). A click on an option while the list is
   * still opening can be lost (seen once in CI: the list stayed open, "Jahr" only hovered), so the
   * choice is made again until the field shows it.
   */
  async chooseGrouping(name: string) {
    const field = this.page.getByRole('combobox', { name: 'Gruppierung' });
    await expect(async () => {
      if ((await this.page.getByRole('listbox', { name: 'Gruppierung' }).count()) === 0) await field.click();
      await this.page.getByRole('option', { name, exact: true }).click({ timeout: 2000 });
      await expect(field).toHaveText(name, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  /** A chart's card, by its question ("Wie entwickeln sich die Anfragen", "Wer fragt an", …). */
  chart(question: RegExp): Locator {
    return this.page.getByRole('region', { name: question });
  }

  /** Shows a chart as a table. */
  async showTable(chart: Locator) {
    await chart.getByRole('switch', { name: 'Tabelle' }).check();
  }

  async showChart(chart: Locator) {
    await chart.getByRole('switch', { name: 'Tabelle' }).uncheck();
  }

  /** The last table row of this year (the current month in a timeline). */
  thisYearsLastRow(chart: Locator): Locator {
    return chart
      .getByRole('row')
      .filter({ hasText: String(new Date().getFullYear()) })
      .last();
  }
}
