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
