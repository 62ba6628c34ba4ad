import { expect, openApp, type Page, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

async function openActivities(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Aktivitäten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aktivitäten' })).toBeVisible();
}

/** The dashboard's key figures for "dieses Jahr" (its default period). */
async function expectFigures(page: Page, activities: number, hours: number) {
  await page.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
  const figures = page.getByRole('region', { name: 'Kennzahlen' });
  await expect(figures).toContainText(`${activities}Aktivitäten`);
  await expect(figures).toContainText(`${hours}Stunden`);
}

const row = (page: Page, day: string) => page.getByRole('row').filter({ hasText: day });

async function openDate(page: Page, day: string) {
  await row(page, day).getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Aktivität bearbeiten' })).toBeVisible();
}

/** Answers the series question: which dates, then the dialog's confirming button. */
async function chooseScope(page: Page, title: string, scope: RegExp, confirm: string) {
  const question = page.getByRole('dialog', { name: title });
  await expect(question).toBeVisible();
  await question.getByRole('radio', { name: scope }).check();
  await question.getByRole('button', { name: confirm, exact: true }).click();
  await expect(question).toBeHidden();
}

test('a weekly series: Bearbeitet von, long office time, edit the rest or all, cancel the rest; figures follow', async ({
  page,
}) => {
  test.slow(); // one series walked through many steps, with Argon2id at set-up, on two shared cores
  // Monday 20 April 2026; the series is entered afterwards, from Tuesday 3 March on (six dates, all held).
  const { settings } = await openApp(page, { time: new Date('2026-04-20T09:00:00') });

  // A team member, and "Ich bin" on this device: new activities suggest it as "Bearbeitet von".
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await settings.addListEntry('Team (Bearbeiter/innen)', 'Bärbel Krüger');
  await expect(page.getByText('Bärbel Krüger')).toBeVisible();
  await settings.chooseMe('Bärbel Krüger');
  await settings.expectSaved();

  await openActivities(page);
  await page.getByRole('button', { name: 'Neue Aktivität' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neue Aktivität' });
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Lotsentreffen');
  await dialog.getByRole('group', { name: 'Datum' }).getByRole('spinbutton').first().click();
  await page.keyboard.type('03032026');
  await dialog.getByRole('combobox', { name: 'Aktivitätsart' }).fill('Lotsentreffen');
  await page.getByRole('option', { name: 'Lotsentreffen / Austausch Ehrenamt' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Bearbeitet von' })).toHaveValue('Bärbel Krüger');
  await dialog.getByRole('textbox', { name: 'Teilnehmende' }).fill('14');
  // Limits name their number; office time may be more than a day, up to 200 hours.
  await dialog.getByRole('textbox', { name: 'Zeitaufwand der Stelle (Min.)' }).fill('201 h');
  await dialog.getByRole('textbox', { name: 'Notizen' }).fill('x'.repeat(20_001));
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Bitte höchstens 12.000 Minuten (200 Stunden) eingeben.')).toBeVisible();
  await expect(dialog.getByText('Bitte höchstens 20.000 Zeichen eingeben.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neue Aktivität mit Fehlern');
  await dialog.getByRole('textbox', { name: 'Zeitaufwand der Stelle (Min.)' }).fill('30 h');
  await dialog.getByRole('textbox', { name: 'Notizen' }).fill('Raum 1.04');
  await dialog.getByRole('combobox', { name: 'Wiederholung' }).click();
  await page.getByRole('option', { name: 'wöchentlich' }).click();
  await dialog.getByRole('spinbutton', { name: 'Anzahl Termine' }).fill('6');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  // March lies before the vault's set-up in April: back-filling is confirmed once.
  await page
    .getByRole('dialog', { name: 'Datum prüfen' })
    .getByRole('button', { name: 'Trotzdem speichern' })
    .click();
  await expect(page.getByText('6 Termine gespeichert')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Lotsentreffen' })).toHaveCount(6);
  // Each date says in the list that it belongs to a series.
  await expect(page.getByRole('img', { name: 'Termin einer Reihe' })).toHaveCount(6);
  await expectFigures(page, 6, 180);

  // The third date and the rest get a new title; the earlier dates keep theirs.
  await openActivities(page);
  await openDate(page, '17.03.2026');
  const edit = page.getByRole('dialog', { name: 'Aktivität bearbeiten' });
  await expect(edit).toContainText('Termin 3 von 6 einer Reihe');
  await expect(edit.getByRole('combobox', { name: 'Bearbeitet von' })).toHaveValue('Bärbel Krüger');
  await expect(edit.getByRole('textbox', { name: 'Zeitaufwand der Stelle (Min.)' })).toHaveValue('1.800');
  await edit.getByRole('textbox', { name: 'Titel' }).fill('Lotsentreffen im Rathaus');
  await edit.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Termin einer Reihe ändern' })).toContainText(
    'Reihe mit 6 Terminen',
  );
  await expectNoSeriousA11yViolations(page, 'Termin einer Reihe ändern');
  await chooseScope(
    page,
    'Termin einer Reihe ändern',
    /^Diesen und alle folgenden \(4 Termine\)/,
    'Speichern',
  );
  await expect(page.getByText('4 Termine gespeichert')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Lotsentreffen im Rathaus' })).toHaveCount(4);
  await expect(row(page, '10.03.2026')).not.toContainText('Rathaus');

  // "Diesen und alle folgenden" split the series, as calendars do: the renamed dates are a series of
  // their own. All of its dates start later; this date's count is corrected, the others keep 14.
  await openDate(page, '24.03.2026');
  await expect(edit).toContainText('Termin 2 von 4 einer Reihe');
  await edit.getByRole('textbox', { name: 'Beginn (hh:mm)' }).fill('17:00');
  await edit.getByRole('textbox', { name: 'Teilnehmende' }).fill('9');
  await edit.getByRole('button', { name: 'Speichern', exact: true }).click();
  await chooseScope(page, 'Termin einer Reihe ändern', /^Alle Termine der Reihe/, 'Speichern');
  await expect(page.getByRole('row').filter({ hasText: ', 17:00' })).toHaveCount(4);
  await expect(row(page, '10.03.2026')).not.toContainText('17:00');
  for (const [day, count] of [
    ['03.03.2026', '14'],
    ['10.03.2026', '14'],
    ['17.03.2026', '14'],
    ['24.03.2026', '9'],
    ['31.03.2026', '14'],
    ['07.04.2026', '14'],
  ]) {
    await expect(row(page, day!).getByRole('cell').last()).toHaveText(count!);
  }
  await expect(row(page, '03.03.2026')).not.toContainText('Rathaus');

  // Cancel the fifth date and the rest: they leave the list and the figures.
  await openDate(page, '31.03.2026');
  await expectNoSeriousA11yViolations(page, 'Aktivität bearbeiten (Termin einer Reihe)');
  await edit.getByRole('button', { name: 'Löschen' }).click();
  await expectNoSeriousA11yViolations(page, 'Termin einer Reihe löschen');
  await chooseScope(
    page,
    'Termin einer Reihe löschen',
    /^Diesen und alle folgenden \(2 Termine\)/,
    'Löschen',
  );
  await expect(page.getByText('2 Termine gelöscht')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Lotsentreffen' })).toHaveCount(4);
  await expect(row(page, '31.03.2026')).toHaveCount(0);
  await expect(row(page, '07.04.2026')).toHaveCount(0);
  await expectFigures(page, 4, 120);
});

test('a single activity is deleted after a confirmation; the list shows "Teilnehmende" in full; unsaved input asks before leaving', async ({
  app: { page },
}) => {
  await openActivities(page);
  await page.getByRole('button', { name: 'Neue Aktivität' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neue Aktivität' });
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Schulbesuch Grundschule');
  await dialog.getByRole('combobox', { name: 'Aktivitätsart' }).fill('Schul');
  await page.getByRole('option').first().click();
  await dialog.getByRole('textbox', { name: 'Teilnehmende' }).fill('25');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByText('Aktivität gespeichert')).toBeVisible();

  // At 1366 px the column header is not cut off.
  const header = page.getByRole('columnheader', { name: 'Teilnehmende' });
  await expect(header).toBeVisible();
  const fits = await header.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, '"Teilnehmende" fits its column').toBe(true);
  await expectNoSeriousA11yViolations(page, 'Aktivitäten');

  await page.getByRole('button', { name: 'Schulbesuch Grundschule' }).click();
  await page
    .getByRole('dialog', { name: 'Aktivität bearbeiten' })
    .getByRole('button', { name: 'Löschen' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Aktivität löschen?' });
  await expect(confirm).toContainText('„Schulbesuch Grundschule“ am');
  await expectNoSeriousA11yViolations(page, 'Aktivität löschen?');
  // Cancelling changes nothing.
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toBeHidden();
  await page
    .getByRole('dialog', { name: 'Aktivität bearbeiten' })
    .getByRole('button', { name: 'Löschen' })
    .click();
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByText('Aktivität gelöscht')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Schulbesuch Grundschule' })).toHaveCount(0);
  await expect(page.getByText('Noch keine Aktivitäten.', { exact: false })).toBeVisible();

  // Typing in a new activity, then closing the window: the browser asks first.
  await page.getByRole('button', { name: 'Neue Aktivität' }).first().click();
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Netzwerktreffen');
  const asked = page.waitForEvent('dialog', { timeout: 5_000 });
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  // Staying keeps the input; then the page is closed without the question, so teardown never waits
  // on a second one.
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue('Netzwerktreffen');
  await page.close();
});

test('a series of more than 60 dates is refused with a German message, not cut down silently; the repetition counts as input', async ({
  app: { page, activities },
}) => {
  await activities.goto();
  await page.getByRole('button', { name: 'Neue Aktivität' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neue Aktivität' });
  // Only a repetition chosen: Esc asks before throwing it away.
  await dialog.getByRole('combobox', { name: 'Wiederholung' }).click();
  await page.getByRole('option', { name: 'monatlich' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Eingaben verwerfen?' })).toBeVisible();
  await page.getByRole('button', { name: 'Weiter bearbeiten' }).click();

  await activities.chooseKind('Lotsentreffen', 'Lotsentreffen / Austausch Ehrenamt');
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Sprechstunde Ehrenamt');
  const count = dialog.getByRole('spinbutton', { name: 'Anzahl Termine' });
  await count.fill('999');
  await expect(count).toHaveValue('999');
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText('Bitte zwischen 2 und 60 Termine eingeben.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(activities.row('Sprechstunde Ehrenamt')).toHaveCount(0);

  await count.fill('12');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('12 Termine gespeichert')).toBeVisible();
  await expect(activities.row('Sprechstunde Ehrenamt').first()).toBeVisible();
});
