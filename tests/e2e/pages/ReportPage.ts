import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { openScreen } from './screens';

/** "Berichte": the report view by profile, the office's own texts and the exports. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await openScreen(this.page, 'Berichte');
  }

  period(): Locator {
    return this.page.getByRole('combobox', { name: 'Berichtszeitraum' });
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** The office's own text for a section ("Anfragen und Einzelfallberatung", …). */
  ownText(section: string): Locator {
    return this.page.getByRole('textbox', { name: `Eigener Text: ${section}` });
  }

  titlePage(): Locator {
    return this.page.getByRole('article', { name: 'Jahresbericht' });
  }

  /** Clicks an export button ("XLSX", "CSV", "DOCX") and returns the downloaded file. */
  async download(format: string): Promise<Buffer> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page
        .getByRole('group', { name: 'Exportieren' })
        .getByRole('button', { name: format, exact: true })
        .click(),
    ]);
    return readFile((await file.path())!);
  }
}
