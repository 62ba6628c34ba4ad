import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, openApp, type Page, test } from './fixtures';

/** Counts every key press (a chord like Ctrl+Enter is one press); typed text is not counted. */
function keyCounter(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    },
    type: (text: string) => page.keyboard.type(text),
    get count() {
      return presses;
    },
  };
}

test('a phone inquiry is captured by keyboard in at most 12 key presses besides the typed text', async ({
  app: { page },
}) => {
  const keys = keyCounter(page);

  await keys.press('Control+n');
  await keys.type('Poliz');
  await keys.press('Enter');
  await keys.press('Tab');
  await keys.type('Sicherh');
  await keys.press('Enter');
  await keys.press('Tab');
  await keys.type('Unterstützung nach Vorfall in Unterkunft');
  await keys.press('Tab');
  await keys.type('Migrationsberatung Caritas');
  await keys.press('Enter');
  await keys.press('Tab');
  await keys.type('20');
  await keys.press('Control+Enter');
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible();

  console.log(`quick capture: ${keys.count} key presses besides the typed text`);
  expect(keys.count).toBeLessThanOrEqual(12);

  await page.getByRole('button', { name: 'Unterstützung nach Vorfall in Unterkunft' }).click();
  const details = page.getByRole('definition');
  await expect(details.filter({ hasText: 'Polizei' })).toBeVisible();
  await expect(details.filter({ hasText: 'Diskriminierung / Konflikt / Sicherheit' })).toBeVisible();
  await expect(details.filter({ hasText: 'Migrationsberatung Caritas' })).toBeVisible();
  await expect(details.filter({ hasText: /^20$/ })).toBeVisible();
  await expect(details.filter({ hasText: 'Telefon' })).toBeVisible();
});

test('a template starts a new inquiry in two key presses; Esc asks before discarding typed text', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  await inquiries.fill({
    requester: 'Polizei',
    topic: 'Diskriminierung / Konflikt / Sicherheit',
    subject: 'Unterstützungsanfrage',
    referral: 'Opferberatung',
  });
  await inquiries.dialog().getByRole('button', { name: 'Als Vorlage speichern' }).click();
  await page.getByRole('textbox', { name: 'Name der Vorlage' }).fill('Polizei – Unterstützungsanfrage');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vorlage gespeichert')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Als Vorlage speichern' })).toHaveCount(0);
  await inquiries.save();

  const keys = keyCounter(page);
  await keys.press('Control+n');
  await keys.press('Alt+1');
  expect(keys.count).toBe(2);
  const dialog = inquiries.dialog();
  await expect(dialog.getByRole('combobox', { name: 'Anfragende Stelle' })).toHaveValue('Polizei');
  await expect(dialog.getByRole('button', { name: 'Diskriminierung / Konflikt / Sicherheit' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Opferberatung' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Betreff' })).toHaveValue('Unterstützungsanfrage');

  // Changed input: Esc asks; "Weiter bearbeiten" keeps it; "Verwerfen" closes without saving.
  await dialog.getByRole('textbox', { name: 'Betreff' }).fill('Zweite Anfrage aus der Vorlage');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Eingaben verwerfen?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Betreff' })).toHaveValue(
    'Zweite Anfrage aus der Vorlage',
  );
  await page.keyboard.press('Escape');
  await confirm.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('1 Anfrage', { exact: true })).toBeVisible();

  // Untouched: Esc closes at once. A template can be deleted from the dialog.
  await page.keyboard.press('Control+n');
  await expect(dialog.getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible();
  await dialog.getByRole('img', { name: 'Vorlage „Polizei – Unterstützungsanfrage“ löschen' }).click();
  await expect(dialog.getByText('Polizei – Unterstützungsanfrage · Alt+1')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a follow-up from an inquiry is due in "Heute" on its day and overdue the day after', async ({
  page,
}) => {
  const { vault, inquiries } = await openApp(page, { time: new Date('2026-11-25T09:00:00') }); // a Wednesday
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Schule / Bildung / Kita',
    subject: 'Elterngespräch mit Dolmetscher',
  });
  await inquiries.openDetail('Elterngespräch mit Dolmetscher');
  await page.getByRole('button', { name: 'Wiedervorlage' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue('Elterngespräch mit Dolmetscher');
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Dolmetscher bestätigen');
  await dialog.getByRole('button', { name: 'morgen' }).click();
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByText('Wiedervorlage gespeichert')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wiedervorlagen zu dieser Anfrage' })).toContainText(
    'fällig 26.11.2026',
  );

  await page.getByRole('link', { name: 'Wiedervorlagen' }).click();
  await expect(page.getByRole('region', { name: /Diese Woche/ })).toContainText('Dolmetscher bestätigen');
  await page.getByRole('link', { name: 'Heute' }).click();
  const due = page.getByRole('region', { name: /Fällige Wiedervorlagen/ });
  await expect(due).toContainText('Nichts fällig.');

  // Next morning: the idle lock has long locked the vault; after unlocking, the follow-up is due
  // today and announced once.
  await page.clock.fastForward('24:00:00');
  await vault.unlock();
  await expect(page.getByText('1 Wiedervorlage ist heute fällig oder überfällig.')).toBeVisible();
  await expect(due).toContainText('Dolmetscher bestätigen');
  await expect(due).not.toContainText('überfällig');
  await page.getByRole('button', { name: 'Sperren' }).click();
  await vault.unlock();
  await expect(due).toContainText('Dolmetscher bestätigen');
  await expect(page.getByText('1 Wiedervorlage ist heute fällig oder überfällig.')).toHaveCount(0);

  // The day after: overdue.
  await page.clock.fastForward('24:00:00');
  await vault.unlock();
  await expect(due).toContainText('1 überfällig');
  await page.getByRole('link', { name: 'Wiedervorlagen' }).click();
  const overdue = page.getByRole('region', { name: /Überfällig/ });
  await expect(overdue).toContainText('Dolmetscher bestätigen');

  // Done: it leaves the open groups; "Erledigte anzeigen" shows it again.
  // click, not check(): the ticked item leaves the open groups as soon as the write commits
  await page.getByRole('checkbox', { name: '„Dolmetscher bestätigen“ als erledigt markieren' }).click();
  await expect(page.getByText('Als erledigt markiert')).toBeVisible();
  await expect(page.getByText('Keine offenen Wiedervorlagen')).toBeVisible();
  await page.getByLabel('Erledigte anzeigen').check();
  await expect(page.getByRole('region', { name: /Erledigt/ })).toContainText('Dolmetscher bestätigen');
});

test('search (Ctrl+K) finds an inquiry by a word from its notes and by an umlaut typed as ae', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({
    requester: 'Bürger/in',
    topic: 'Wohnen / Unterbringung',
    subject: 'Wohnung für Familie gesucht',
    notes: 'Die Vermieterin Frau Jäger meldet sich nächste Woche.',
  });
  await inquiries.create({
    requester: 'Presse',
    topic: 'Veranstaltung / Öffentlichkeitsarbeit',
    subject: 'Interview Interkulturelle Woche',
  });

  const box = page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' });
  await page.keyboard.press('Control+k');
  await box.fill('vermieter');
  const results = page.getByRole('group', { name: 'Anfragen' }).getByRole('option');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Wohnung für Familie gesucht');

  await box.fill('jaeger');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Wohnung für Familie gesucht');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnung für Familie gesucht' })).toBeVisible();

  // Actions are found too.
  await page.keyboard.press('Control+k');
  await box.fill('einstellungen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
});

test('a hidden category is no longer offered, but old inquiries keep it', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({
    requester: 'Zugewanderte Person',
    topic: 'Gesundheit',
    subject: 'Arzttermin mit Begleitung',
  });

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Themen' }).click();
  await expect(page.getByRole('button', { name: '„Gesundheit“ löschen' })).toBeDisabled();
  await page.getByRole('button', { name: '„Gesundheit“ ausblenden' }).click();
  await expect(page.getByText('Liste gespeichert')).toBeVisible();
  await expect(page.getByRole('button', { name: '„Gesundheit“ wieder anzeigen' })).toBeVisible();

  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Themen' }).fill('Gesund');
  await expect(page.getByText('Keine Optionen')).toBeVisible();
  await page.keyboard.press('Escape'); // closes the list
  await page.keyboard.press('Escape'); // nothing was chosen: the dialog closes without asking
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await inquiries.goto();
  await expect(inquiries.row('Arzttermin mit Begleitung')).toContainText('Gesundheit');
  await inquiries.open('Arzttermin mit Begleitung');
  await expect(dialog.getByRole('button', { name: 'Gesundheit' })).toBeVisible();
});

test('the list filters by who asked, keeps the filter while navigating, and shows counts', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({ requester: 'Polizei', topic: 'Gesundheit', subject: 'Anfrage eins' });
  await inquiries.create({ requester: 'Presse', topic: 'Ehrenamt', subject: 'Anfrage zwei' });
  await inquiries.create({ requester: 'Polizei', topic: 'Ehrenamt', subject: 'Anfrage drei' });

  const filters = page.getByRole('region', { name: 'Filter' });
  await filters.getByRole('combobox', { name: 'Anfragende Stelle' }).fill('Poliz');
  await page.getByRole('option', { name: 'Polizei', exact: true }).click();
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 von 3 Anfragen');
  await filters.getByRole('combobox', { name: 'Themen' }).fill('Ehren');
  await page.getByRole('option', { name: 'Ehrenamt', exact: true }).click();
  await expect(page.getByTestId('inquiry-count')).toHaveText('1 von 3 Anfragen');
  await expect(inquiries.row('Anfrage drei')).toBeVisible();

  await page.getByRole('link', { name: 'Heute' }).click();
  await inquiries.goto();
  await expect(page.getByTestId('inquiry-count')).toHaveText('1 von 3 Anfragen');
  await filters.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(page.getByTestId('inquiry-count')).toHaveText('3 Anfragen');

  await filters.getByRole('searchbox', { name: 'Suche in Anfragen' }).fill('zwei');
  await expect(page.getByTestId('inquiry-count')).toHaveText('1 von 3 Anfragen');
  await page.getByRole('button', { name: 'Status' }).first().click(); // sort by status
  await expect(inquiries.row('Anfrage zwei')).toBeVisible();
});

test('open follow-ups export as an .ics file that a real iCalendar parser reads', async ({
  app: { page },
}) => {
  await page.getByRole('link', { name: 'Wiedervorlagen' }).click();
  await expect(page.getByText('Keine offenen Wiedervorlagen')).toBeVisible();
  await page.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Fördermittelantrag abgeben');
  await dialog.getByRole('button', { name: 'in zwei Wochen' }).click();
  await dialog.getByRole('textbox', { name: 'Notizen' }).fill('Frist beim Land beachten');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Wiedervorlage gespeichert')).toBeVisible();

  await page.getByRole('button', { name: 'Als Kalenderdatei exportieren' }).click();
  const warning = page.getByRole('dialog', { name: 'Kalenderdatei exportieren' });
  await expect(warning).toContainText('nicht verschlüsselt');
  const downloadPromise = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Exportieren' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Wiedervorlagen.ics');
  const ics = await readFile((await download.path())!, 'utf8');

  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(1);
  expect(events[0]!.summary).toBe('Wiedervorlage: Fördermittelantrag abgeben');
  expect(events[0]!.description).toBe('Frist beim Land beachten');
  const due = new Date();
  due.setDate(due.getDate() + 14);
  const expected = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
  expect(events[0]!.startDate.toString()).toBe(expected);
  await expect(page.getByText('Kalenderdatei mit 1 Wiedervorlagen erstellt')).toBeVisible();
});

test('a person with only a name is saved with the inquiry', async ({ app: { page, inquiries } }) => {
  await inquiries.openNewWithButton();
  await inquiries.fill({ requester: 'Bürger/in', topic: 'Wohnen / Unterbringung', subject: 'Wohnungssuche' });
  await inquiries.dialog().getByRole('button', { name: 'Person hinzufügen' }).click();
  await inquiries.dialog().getByRole('textbox', { name: 'Name' }).fill('Frau Yilmaz');
  await inquiries.save();
  await inquiries.openDetail('Wohnungssuche');
  await expect(page.getByText('Frau Yilmaz')).toBeVisible();
});
