// Acting on inquiries and follow-ups: one save per Ctrl+Enter, asking before leaving with unsaved
// input, creating an organisation only on purpose, deleting, and closing an inquiry in one step.
import { expect, test, type Page } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

const POLIZEI = { requester: 'Polizei', topic: 'Diskriminierung / Konflikt / Sicherheit' };
const count = (page: Page) => page.getByTestId('inquiry-count');

test('Ctrl+Enter in the date field of "Neue Anfrage" saves once', async ({ app: { page, inquiries } }) => {
  await inquiries.openNewWithButton();
  await inquiries.fill({ ...POLIZEI, subject: 'Einmal gespeichert' });
  // The focus in "Eingang": a date field that submits the form on Enter by itself.
  await inquiries
    .dialog()
    .getByText(/^Eingang/)
    .first()
    .click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Enter');
  await expect(inquiries.dialog()).toBeHidden();
  await page.waitForTimeout(1000); // a second save would land within this time
  await expect(count(page)).toHaveText('1 Anfrage');
});

test('Ctrl+Enter in the date field of "Neue Wiedervorlage" saves once', async ({
  app: { page, followups },
}) => {
  await followups.goto();
  await page.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
  const followup = page.getByRole('dialog');
  await followup.getByRole('textbox', { name: 'Titel' }).fill('Rückruf Polizei');
  await followup
    .getByText(/^Fällig am/)
    .first()
    .click();
  await page.keyboard.press('Control+Enter');
  await expect(followup).toBeHidden();
  await page.waitForTimeout(1000);
  await expect(page.getByRole('button', { name: 'Rückruf Polizei' })).toHaveCount(1);
});

test('a follow-up from an inquiry suggests its subject as title, selected: typing replaces it', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({ ...POLIZEI, subject: 'Dolmetscher für Anzeige' });
  await inquiries.openDetail('Dolmetscher für Anzeige');
  await page.getByRole('button', { name: 'Wiedervorlage', exact: true }).click();
  const title = page.getByRole('dialog').getByRole('textbox', { name: 'Titel' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Dolmetscher für Anzeige');
  await page.keyboard.type('Rückruf Polizei');
  await expect(title).toHaveValue('Rückruf Polizei');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(
    page.getByRole('checkbox', { name: '„Rückruf Polizei“ als erledigt markieren' }),
  ).toBeVisible();
});

test('Enter on a word "Anfragende Stelle" does not know sends nothing: no errors, the focus stays, Tab goes on', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  const dialog = inquiries.dialog();
  const requester = dialog.getByRole('combobox', { name: 'Anfragende Stelle' });
  await requester.fill('xyz');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // (Enter used to send the form: every empty field's error, and the focus pulled back later.)
  await expect(dialog.getByRole('combobox', { name: 'Themen' })).toBeFocused();
  await expect(dialog.getByText('Bitte auswählen.')).toHaveCount(0);
  await expect(dialog.getByText('Bitte einen Betreff eingeben.')).toHaveCount(0);
  // Enter on a known word still takes it.
  await requester.fill('Poliz');
  await page.keyboard.press('Enter');
  await expect(requester).toHaveValue('Polizei');
});

test('Ctrl+Enter with the list of "Anfragende Stelle" open does not pick the highlighted option', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  const dialog = inquiries.dialog();
  await dialog.getByRole('combobox', { name: 'Themen' }).fill('Sicherh');
  await page.getByRole('option', { name: POLIZEI.topic }).click();
  await dialog.getByRole('textbox', { name: 'Betreff' }).fill('Nicht gewählt');
  const requester = dialog.getByRole('combobox', { name: 'Anfragende Stelle' });
  await requester.fill('Pol');
  await expect(page.getByRole('option', { name: 'Polizei', exact: true })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  // Nothing chosen for the user: the field asks for a choice, nothing is saved.
  await expect(dialog.getByText('Bitte auswählen.')).toBeVisible();
  await expect(requester).not.toHaveValue('Polizei');
  await expect(dialog.getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Eingaben verwerfen?' })
    .getByRole('button', { name: 'Verwerfen' })
    .click();
  await expect(page.getByText('Noch keine Anfragen')).toBeVisible();
});

test('F5 or closing the window with unsaved input in a dialog asks first', async ({
  app: { page, inquiries, followups },
}) => {
  const questions: string[] = [];
  page.on('dialog', (d) => {
    questions.push(d.type());
    void d.dismiss(); // "Auf dieser Seite bleiben"
  });

  await inquiries.openNewWithButton();
  await inquiries.dialog().getByRole('textbox', { name: 'Betreff' }).click();
  await page.keyboard.type('Halb getippt');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => questions).toEqual(['beforeunload']);
  await expect(inquiries.dialog().getByRole('textbox', { name: 'Betreff' })).toHaveValue('Halb getippt');
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Eingaben verwerfen?' })
    .getByRole('button', { name: 'Verwerfen' })
    .click();

  await followups.goto();
  await page.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Titel' }).click();
  await page.keyboard.type('Nachfassen');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => questions).toEqual(['beforeunload', 'beforeunload']);
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Titel' })).toHaveValue('Nachfassen');

  // Nothing unsaved: the window closes without a question.
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(questions).toHaveLength(2);
});

test('locking with unsaved input in a dialog locks at once, without the leave question', async ({
  app: { page, vault, inquiries },
}) => {
  const questions: string[] = [];
  page.on('dialog', (d) => {
    questions.push(d.type());
    void d.dismiss(); // "Auf dieser Seite bleiben": would keep the vault open if it were asked
  });
  await inquiries.openNewWithButton();
  await inquiries.dialog().getByRole('textbox', { name: 'Betreff' }).click();
  await page.keyboard.type('Halb getippt');
  await page.keyboard.press('Control+l');
  await vault.expectLocked();
  expect(questions).toEqual([]);
});

test('"Verwiesen an" creates an organisation only on purpose and offers the existing one for the same name', async ({
  app: { page, inquiries },
}) => {
  test.slow(); // two axe runs and two saved inquiries on a busy 2-core machine
  const referral = () => inquiries.dialog().getByRole('combobox', { name: 'Verwiesen an' });
  const ask = page.getByRole('dialog', { name: 'Neue Organisation anlegen?' });

  await inquiries.openNewWithButton();
  await inquiries.fill({ ...POLIZEI, subject: 'Leistungsfrage' });
  await referral().fill('Jobcenter Altmarkkreis');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(ask).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neue Organisation anlegen?');
  await ask.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Organisation „Jobcenter Altmarkkreis“ angelegt')).toBeVisible();
  await inquiries.save();

  // The reported slip: "Jobcenter", ↓ onto "… als Organisation anlegen", Enter.
  await inquiries.openNewWithButton();
  await inquiries.fill({ ...POLIZEI, subject: 'Zweite Leistungsfrage' });
  await referral().fill('Jobcenter');
  await expect(page.getByRole('option').last()).toHaveText('„Jobcenter“ als Organisation anlegen');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(ask).toBeHidden();
  await expect(inquiries.dialog().getByRole('button', { name: 'Jobcenter', exact: true })).toHaveCount(0);
  // The typed text is not lost: it stays in the field to correct or keep.
  await expect(referral()).toHaveValue('Jobcenter');

  // The same organisation written differently: a warning and "Vorhandene verwenden".
  await referral().fill('JOBCENTER altmarkkreis e.V.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(ask.getByText('Es gibt bereits „Jobcenter Altmarkkreis“')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Neue Organisation anlegen? (gleicher Name)');
  await ask.getByRole('button', { name: 'Vorhandene verwenden' }).click();
  await expect(inquiries.dialog().getByRole('button', { name: 'Jobcenter Altmarkkreis' })).toBeVisible();
  await inquiries.save();

  await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netzwerk' })).toBeVisible();
  await expect(page.getByText(/jobcenter/i)).toHaveCount(1);
});

test('an inquiry and a follow-up can be deleted, with the history noted and the figures updated', async ({
  app: { page, inquiries, followups },
}) => {
  await inquiries.create({ ...POLIZEI, subject: 'Bleibt stehen' });
  await inquiries.create({ ...POLIZEI, subject: 'Wird gelöscht' });
  await inquiries.openDetail('Wird gelöscht');
  await followups.addFromInquiry('Erste Wiedervorlage', 'morgen');
  await followups.addFromInquiry('Zweite Wiedervorlage', 'morgen');

  // A follow-up: from its dialog, with a question; the inquiry's history notes it.
  await followups.goto();
  await page.getByRole('button', { name: 'Erste Wiedervorlage' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
  const askFollowup = page.getByRole('dialog', { name: 'Wiedervorlage löschen?' });
  await expect(askFollowup).toContainText('„Erste Wiedervorlage“ wird gelöscht.');
  await askFollowup.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByText('Wiedervorlage gelöscht', { exact: true })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Erste Wiedervorlage' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Anfrage: Wird gelöscht' }).click();
  const history = page.getByRole('region', { name: 'Verlauf' });
  await expect(history.getByText('Wiedervorlage gelöscht')).toBeVisible();

  // The inquiry: the question names its remaining follow-up; afterwards the list, with a message.
  await expectNoSeriousA11yViolations(page, 'Anfrage (Detail)');
  await page.screenshot({ path: 'test-results/inquiry-actions-detail.png' });
  await page.getByRole('button', { name: 'Löschen' }).click();
  const ask = page.getByRole('dialog', { name: 'Anfrage löschen?' });
  await expect(ask).toContainText('Die Anfrage „Wird gelöscht“ und ihre 1 Wiedervorlage werden gelöscht.');
  await expectNoSeriousA11yViolations(page, 'Anfrage löschen?');
  await ask.getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByText('Anfrage gelöscht', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Anfragen', exact: true })).toBeVisible();
  await expect(count(page)).toHaveText('1 Anfrage');
  await expect(page.getByRole('button', { name: 'Wird gelöscht' })).toHaveCount(0);

  await followups.goto();
  await expect(page.getByRole('button', { name: 'Zweite Wiedervorlage' })).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
  await expect(page.getByRole('region', { name: 'Kennzahlen' })).toContainText('1Anfrage');
  await expect(page.getByRole('region', { name: 'Kennzahlen' })).not.toContainText('2Anfragen');
});

test('"Erledigt" closes an inquiry in one step and asks about its open follow-ups', async ({
  app: { page, inquiries, followups },
}) => {
  await inquiries.create({ ...POLIZEI, subject: 'Aus der Liste erledigt' });
  await inquiries.openDetail('Aus der Liste erledigt');
  await followups.addFromInquiry('Termin A', 'morgen');
  await followups.addFromInquiry('Termin B', 'morgen');
  await inquiries.goto();

  // From the list: both open follow-ups done too.
  await page.getByRole('button', { name: '„Aus der Liste erledigt“ als erledigt markieren' }).click();
  const ask = page.getByRole('dialog', { name: 'Anfrage erledigen' });
  await expect(ask).toContainText('2 offene Wiedervorlagen ebenfalls erledigen?');
  await expectNoSeriousA11yViolations(page, 'Anfrage erledigen');
  await ask.getByRole('button', { name: 'Ja' }).click();
  await expect(page.getByText('Anfrage und 2 Wiedervorlagen erledigt')).toBeVisible();
  await expect(inquiries.row('Aus der Liste erledigt')).toContainText('erledigt');
  await expect(
    page.getByRole('button', { name: '„Aus der Liste erledigt“ als erledigt markieren' }),
  ).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'Anfragen (Liste)');
  await page.screenshot({ path: 'test-results/inquiry-actions-list.png' });
  await followups.goto();
  await expect(page.getByText('Keine offenen Wiedervorlagen')).toBeVisible();

  // From the detail view: only the inquiry; its follow-up stays open.
  await inquiries.create({ ...POLIZEI, subject: 'Im Detail erledigt' });
  await inquiries.openDetail('Im Detail erledigt');
  await followups.addFromInquiry('Termin C', 'morgen');
  await page.getByRole('button', { name: 'Erledigt', exact: true }).click();
  await expect(ask).toContainText('1 offene Wiedervorlage ebenfalls erledigen?');
  await ask.getByRole('button', { name: 'Nein, nur die Anfrage' }).click();
  await expect(page.getByText('Anfrage erledigt', { exact: true })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^erledigt$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erledigt', exact: true })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Termin C/ })).not.toBeChecked();
});

test('Heute has a "Neue Anfrage" button; Wiedervorlagen can be filtered by who is responsible', async ({
  app: { page, followups, settings },
}) => {
  for (const member of ['Anna Berg', 'Ben Kurz', 'Clara Neu']) {
    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await settings.addListEntry('Team (Bearbeiter/innen)', member);
    await expect(page.getByText(member, { exact: true }).first()).toBeVisible();
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Heute' }).click();
  await expectNoSeriousA11yViolations(page, 'Heute');
  await page.screenshot({ path: 'test-results/inquiry-actions-today.png' });
  await page.getByRole('button', { name: /Neue Anfrage/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await followups.goto();
  const planned: Array<[string, string]> = [
    ['Für Anna', 'Anna Berg'],
    ['Für Ben', 'Ben Kurz'],
    ['Für niemand', ''],
  ];
  for (const [title, member] of planned) {
    await page.getByRole('button', { name: 'Neue Wiedervorlage' }).click();
    await dialog.getByRole('textbox', { name: 'Titel' }).fill(title);
    // The device's own user is preset; "Für niemand" clears it.
    await dialog.getByRole('combobox', { name: 'Zuständig' }).clear();
    if (member) {
      await dialog.getByRole('combobox', { name: 'Zuständig' }).fill(member);
      await page.getByRole('option', { name: member }).click();
    }
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }
  const titles = page.getByRole('main').getByRole('listitem').getByRole('button').filter({ hasText: /^Für/ });
  await expect(titles).toHaveText(['Für Anna', 'Für Ben', 'Für niemand']);

  const filter = page.getByRole('combobox', { name: 'Zuständig' });
  await filter.click();
  await page.getByRole('option', { name: 'Ben Kurz' }).click();
  await expect(titles).toHaveText(['Für Ben']);
  await expectNoSeriousA11yViolations(page, 'Wiedervorlagen (gefiltert)');
  await page.screenshot({ path: 'test-results/inquiry-actions-followups.png' });
  await filter.click();
  await page.getByRole('option', { name: 'Niemand zugewiesen' }).click();
  await expect(titles).toHaveText(['Für niemand']);
  // Nothing for this person: said so, not the first-use help.
  await filter.click();
  await page.getByRole('option', { name: 'Clara Neu' }).click();
  await expect(titles).toHaveCount(0);
  await expect(page.getByText('Keine offenen Wiedervorlagen für diese Auswahl')).toBeVisible();
  await expect(page.getByText('Wiedervorlagen erinnern an alles')).toHaveCount(0);
  await filter.click();
  await page.getByRole('option', { name: 'Alle' }).click();
  await expect(titles).toHaveCount(3);
});

test('keyboard: opening an inquiry focuses its heading; "Zurück zur Liste" gives the focus back to its row', async ({
  app: { page, inquiries },
}) => {
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: 'Polizei fragt nach Sprachkurs',
  });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Schule lädt ein',
  });
  const subject = page.getByRole('button', { name: 'Polizei fragt nach Sprachkurs', exact: true });
  await subject.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Polizei fragt nach Sprachkurs' })).toBeFocused();

  await page.getByRole('button', { name: 'Zurück zur Liste' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inquiry-count')).toBeVisible();
  await expect(subject).toBeFocused();
});
