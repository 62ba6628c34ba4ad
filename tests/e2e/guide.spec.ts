// Wegweiser end to end: providers made in Netzwerk, offers in three chapters entered through the
// dialog (one without the provider's consent, one not checked for over a year), the yearly check list
// as CSV, and the guide as PDF printed by Chromium (text extracted with PDF.js), as DOCX (mammoth) and
// as Open Referral HSDS — the unconsented offer and its provider in none of them.
import type { Locator, Page } from '@playwright/test';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { readFile, writeFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, openApp, test } from './fixtures';
import { clickSave, typeDate } from './pages/screens';
import { expectNoSeriousA11yViolations } from './support/axe';

const PROVIDERS = [
  {
    name: 'Caritas Migrationsberatung Halberstadt',
    address: 'Domplatz 3, 38820 Halberstadt',
    phone: '03941 1111',
    email: 'mbe@caritas-hbs.example',
  },
  {
    name: 'AWO Begegnungsstätte Wernigerode',
    address: 'Breite Straße 12, 38855 Wernigerode',
    phone: '03943 2222',
    email: 'begegnung@awo-wr.example',
  },
  {
    name: 'Kreisvolkshochschule Harz',
    address: 'Bahnhofstraße 5, 38820 Halberstadt',
    phone: '03941 3333',
    email: 'kurse@kvhs-harz.example',
  },
  {
    name: 'Tafel Quedlinburg',
    address: 'Steinweg 1, 06484 Quedlinburg',
    phone: '03946 4444',
    email: 'ausgabe@tafel-qlb.example',
  },
];

interface OfferInput {
  title: string;
  provider: string;
  chapter: string;
  languages: string[];
  checked: string;
  consent: boolean;
  contact?: string;
}

const OFFERS: OfferInput[] = [
  {
    title: 'Sprachcafé am Nachmittag',
    provider: 'AWO Begegnungsstätte Wernigerode',
    chapter: 'Sprache',
    languages: ['Deutsch', 'Arabisch'],
    checked: '01022026',
    consent: true,
  },
  {
    title: 'Migrationsberatung für Erwachsene',
    provider: 'Caritas Migrationsberatung Halberstadt',
    chapter: 'Aufenthalt und Einbürgerung',
    languages: ['Deutsch', 'Russisch'],
    checked: '15012026',
    consent: true,
  },
  {
    // Checked over a year ago: on "Ist das noch aktuell?".
    title: 'Integrationskurs mit Alphabetisierung',
    provider: 'Kreisvolkshochschule Harz',
    chapter: 'Sprache',
    languages: ['Deutsch'],
    checked: '02022025',
    consent: true,
    contact: 'Frau Brandt, Kursberatung',
  },
  {
    title: 'Begleitung bei der Wohnungssuche',
    provider: 'AWO Begegnungsstätte Wernigerode',
    chapter: 'Wohnen',
    languages: ['Deutsch', 'Türkisch'],
    checked: '10012026',
    consent: true,
  },
  {
    // The provider has not agreed: never in the guide, its address list or the HSDS export.
    title: 'Lebensmittelausgabe Steinweg',
    provider: 'Tafel Quedlinburg',
    chapter: 'Soziales',
    languages: ['Deutsch'],
    checked: '01032026',
    consent: false,
  },
];

async function pick(page: Page, field: Locator, option: string) {
  await field.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await file.path())!);
}

function indexes(text: string, parts: string[]): number[] {
  return parts.map((p) => {
    const i = text.indexOf(p);
    expect(i, `"${p}" in the text`).toBeGreaterThanOrEqual(0);
    return i;
  });
}

test('a Wegweiser with offers in three chapters: check list CSV, PDF, DOCX and HSDS only with consented offers', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { network } = await openApp(page, { time: new Date('2026-03-10T09:00:00') });

  // The providers, in Netzwerk first.
  for (const p of PROVIDERS) {
    await network.goto('Organisationen');
    await network.startOrganisation(p.name);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Adresse' }).fill(p.address);
    await dialog.getByRole('textbox', { name: 'Telefon' }).fill(p.phone);
    await dialog.getByRole('textbox', { name: 'E-Mail' }).fill(p.email);
    await network.saveOrganisation(p.name);
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Öffentlichkeitsarbeit' }).click();
  await page.getByRole('tab', { name: 'Wegweiser' }).click();
  await expect(page.getByText('Noch kein Angebot im Wegweiser.')).toBeVisible();

  // Without title and provider nothing is saved, and the dialog says why in German.
  await page.getByRole('button', { name: 'Neues Angebot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Angebot' });
  await clickSave(page);
  await expect(dialog.getByText('Bitte eine Bezeichnung eingeben.')).toBeVisible();
  await expect(dialog.getByText('Bitte den Anbieter wählen.')).toBeVisible();
  // A check in the future is refused too.
  await typeDate(page, dialog.getByRole('group', { name: 'zuletzt geprüft am' }), '11032026');
  await clickSave(page);
  await expect(dialog.getByText('Das Datum der Prüfung darf nicht in der Zukunft liegen.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neues Angebot');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots/guide-offer-dialog.png' });
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  for (const o of OFFERS) {
    await page.getByRole('button', { name: 'Neues Angebot' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Bezeichnung' }).fill(o.title);
    await pick(page, dialog.getByRole('combobox', { name: 'Anbieter (Organisation)' }), o.provider);
    await pick(page, dialog.getByRole('combobox', { name: 'Kapitel' }), o.chapter);
    const languages = dialog.getByRole('combobox', { name: 'Sprachen' });
    for (const language of o.languages) {
      await languages.fill(language);
      await languages.press('Enter');
    }
    if (o.contact) await dialog.getByRole('textbox', { name: 'Kontakt / Ansprechpartner' }).fill(o.contact);
    await typeDate(page, dialog.getByRole('group', { name: 'zuletzt geprüft am' }), o.checked);
    if (o.consent)
      await dialog
        .getByRole('checkbox', { name: 'Der Anbieter hat der Veröffentlichung zugestimmt' })
        .check();
    await clickSave(page);
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Angebot „${o.title}“ gespeichert.`)).toBeVisible();
  }

  // Grouped by chapter in the list's order; the stale check and the missing consent are shown.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Aufenthalt und Einbürgerung (1)',
    'Wohnen (1)',
    'Soziales (1)',
    'Sprache (2)',
  ]);
  const language = page.getByRole('table', { name: 'Sprache' });
  await expect(language.getByRole('row', { name: /Integrationskurs/ })).toContainText(
    '02.02.202512 Monate oder älter',
  );
  await expect(language.getByRole('row', { name: /Sprachcafé/ })).not.toContainText('12 Monate oder älter');
  await expect(page.getByRole('table', { name: 'Soziales' }).getByRole('row').nth(1)).toContainText(
    'keine Zustimmung',
  );
  await expectNoSeriousA11yViolations(page, 'Wegweiser');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots/guide.png' });

  // The chapter filter shows one chapter.
  await page.getByRole('combobox', { name: 'Kapitel' }).click();
  await page.getByRole('option', { name: 'Wohnen' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Wohnen (1)']);
  await page.getByRole('combobox', { name: 'Kapitel' }).click();
  await page.getByRole('option', { name: 'Alle Kapitel' }).click();

  // "Ist das noch aktuell?": the stale offer with its provider's contact, as CSV for a mail merge.
  await page.getByRole('button', { name: 'Prüfliste: Ist das noch aktuell? (1)' }).click();
  const review = page.getByRole('table', { name: 'Ist das noch aktuell?' });
  await expect(review.getByRole('row')).toHaveCount(2);
  await expect(review.getByRole('row').nth(1)).toContainText('Kreisvolkshochschule Harz');
  await expectNoSeriousA11yViolations(page, 'Prüfliste');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots/guide-review.png' });
  const csv = (
    await download(page, () => page.getByRole('button', { name: 'CSV für Serienbrief' }).click())
  ).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows).toEqual([
    ['Organisation', 'Ansprechpartner', 'E-Mail', 'Telefon', 'Adresse', 'Angebot', 'zuletzt geprüft'],
    [
      'Kreisvolkshochschule Harz',
      'Frau Brandt, Kursberatung',
      'kurse@kvhs-harz.example',
      '03941 3333',
      'Bahnhofstraße 5, 38820 Halberstadt',
      'Integrationskurs mit Alphabetisierung',
      '02.02.2025',
    ],
  ]);

  // The output: only consented offers, chapters in list order, then the address list.
  await page.getByRole('button', { name: 'Wegweiser ausgeben' }).click();
  const output = page.getByRole('dialog', { name: 'Wegweiser ausgeben' });
  await expect(output.getByRole('heading', { name: '1. Aufenthalt und Einbürgerung' })).toBeVisible();
  await expect(output).not.toContainText('Lebensmittelausgabe');
  await expectNoSeriousA11yViolations(page, 'Wegweiser ausgeben');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots/guide-output.png' });

  const formats = output.getByRole('group', { name: 'Ausgabe' });
  const { value: docText } = await mammoth.extractRawText({
    buffer: await download(page, () => formats.getByRole('button', { name: 'DOCX' }).click()),
  });
  await expect(output.getByText('DOCX-Datei gespeichert.')).toBeVisible();

  const hsds = JSON.parse(
    (await download(page, () => formats.getByRole('button', { name: 'HSDS (JSON)' }).click())).toString(
      'utf8',
    ),
  ) as {
    organizations: Array<{ id: string; name: string }>;
    services: Array<{ id: string; name: string; organization_id: string; assured_date?: string }>;
    addresses: Array<{ postal_code: string; city: string }>;
    languages: Array<{ service_id: string; name: string; code?: string }>;
  };
  expect(hsds.services.map((s) => s.name).sort()).toEqual(
    OFFERS.filter((o) => o.consent)
      .map((o) => o.title)
      .sort(),
  );
  expect(hsds.organizations.map((o) => o.name).sort()).toEqual(
    PROVIDERS.slice(0, 3)
      .map((p) => p.name)
      .sort(),
  );
  expect(hsds.addresses).toContainEqual(
    expect.objectContaining({ postal_code: '38855', city: 'Wernigerode' }),
  );
  expect(hsds.services.find((s) => s.name === 'Integrationskurs mit Alphabetisierung')?.assured_date).toBe(
    '2025-02-02',
  );
  const servicesCsv = (
    await download(page, () => formats.getByRole('button', { name: 'HSDS-Dienste (CSV)' }).click())
  ).toString('utf8');
  const services = Papa.parse<Record<string, string>>(servicesCsv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(services.map((s) => s.name).sort()).toEqual(hsds.services.map((s) => s.name).sort());

  // PDF as Chromium prints the open dialog, text extracted with PDF.js (unpdf).
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/shots/guide-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  if (process.env.SHOTS) await writeFile('/tmp/shots/guide.pdf', pdf);
  const { text: pages, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  // Title page, three chapters and the address list, each on a page of its own.
  expect(totalPages).toBe(5);
  expect(pages[0]).toContain(`Seite 1 von ${totalPages}`);
  expect(pages[0]).not.toContain('HSDS'); // the toolbar is not printed
  const pdfText = pages.join('\n');

  for (const [name, text] of [
    ['DOCX', docText],
    ['PDF', pdfText],
  ] as const) {
    // Chapters in list order, offers alphabetical within; the address list last, alphabetical.
    const [aufenthalt, wohnen, sprache, adressen] = indexes(text, [
      '1. Aufenthalt und Einbürgerung',
      '2. Wohnen',
      '3. Sprache',
      '4. Adressverzeichnis',
    ]);
    expect([aufenthalt, wohnen, sprache, adressen], name).toEqual(
      [aufenthalt, wohnen, sprache, adressen].sort((a, b) => a! - b!),
    );
    const [migration, wohnung, kurs, cafe] = indexes(text.slice(aufenthalt), [
      'Migrationsberatung für Erwachsene',
      'Begleitung bei der Wohnungssuche',
      'Integrationskurs mit Alphabetisierung',
      'Sprachcafé am Nachmittag',
    ]);
    expect([migration, wohnung, kurs, cafe], name).toEqual(
      [migration, wohnung, kurs, cafe].sort((a, b) => a! - b!),
    );
    const addresses = text.slice(text.lastIndexOf('4. Adressverzeichnis'));
    const [awo, caritas, kvhs] = indexes(addresses, [
      'AWO Begegnungsstätte Wernigerode',
      'Caritas Migrationsberatung Halberstadt',
      'Kreisvolkshochschule Harz',
    ]);
    expect([awo, caritas, kvhs], name).toEqual([awo, caritas, kvhs].sort((a, b) => a! - b!));
    expect(addresses, name).toContain('Domplatz 3, 38820 Halberstadt');
    expect(addresses, name).toContain('mbe@caritas-hbs.example');
    // Nothing of the offer without consent, nor of its provider.
    expect(text, name).not.toContain('Lebensmittelausgabe');
    expect(text, name).not.toContain('Tafel');
    expect(text, name).not.toContain('Soziales');
  }
  await output.getByRole('button', { name: 'Schließen' }).click();

  // "Heute geprüft": the offer leaves the check list once the write has committed.
  await page.getByRole('button', { name: 'Prüfliste: Ist das noch aktuell? (1)' }).click();
  await page.getByRole('button', { name: 'Heute geprüft: „Integrationskurs mit Alphabetisierung“' }).click();
  await expect(
    page.getByText('„Integrationskurs mit Alphabetisierung“ als heute geprüft vermerkt.'),
  ).toBeVisible();
  await expect(page.getByText('Alle Angebote wurden in den letzten 12 Monaten geprüft.')).toBeVisible();
  await page.getByRole('button', { name: 'Angebote', exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Sprache' }).getByRole('row', { name: /Integrationskurs/ }),
  ).toContainText('10.03.2026');

  // The provider's page in Netzwerk lists its offers, with the check and the consent.
  await network.goto('Organisationen');
  await network.openOrganisation('Kreisvolkshochschule Harz');
  await network.expectOrganisationPage('Kreisvolkshochschule Harz');
  const offers = page.getByRole('region', { name: /Angebote im Wegweiser/ });
  await expect(offers).toContainText('Integrationskurs mit Alphabetisierung');
  await expect(offers).toContainText('geprüft am 10.03.2026 · Veröffentlichung zugestimmt');
});
