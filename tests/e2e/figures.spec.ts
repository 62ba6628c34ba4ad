// Figures typed and shown the German way (issue "Wrong figures").
import { expect, openApp, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

test('an allowance typed as "85,50" is saved as 85,50 € (it was 8.550 €); "85,505" is refused in German', async ({
  app: { page, network },
}) => {
  await network.goto();
  await network.startPerson({ firstName: 'Samira', lastName: 'Haddad' });
  const dialog = network.dialog();
  await network.markAsVolunteer();
  await network.addAllowance(0);
  const amount = network.allowanceAmount(0);

  await amount.fill('85,505');
  await expect(dialog.getByText('Höchstens zwei Stellen nach dem Komma (Cent).')).toBeVisible();
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeVisible(); // nothing saved

  await amount.fill('85,5');
  await amount.blur();
  await expect(amount).toHaveValue('85,50'); // shows what was understood
  await expectNoSeriousA11yViolations(page, 'Person mit Aufwandsentschädigung');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();

  await network.openTab('Integrationslotsen');
  const row = network.row('Samira Haddad');
  await expect(row).toContainText('85,50 €');

  // Reopened, the field shows the stored amount; a second month typed in thousands with a unit
  // ("1.234,50 €") is 1.234,50 €, not 1,23 € or 123.450 €.
  await row.getByRole('button', { name: 'Samira Haddad' }).click();
  await expect(network.allowanceAmount(0)).toHaveValue('85,50');
  await network.addAllowance(1, '1.234,50 €', '01.2020');
  await expect(dialog.getByRole('alert')).toContainText(
    'Im Monat 01.2020 liegt die Summe über der Obergrenze',
  );
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await network.saveOverCap();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('85,50 €'); // this year's total: 2020 is not in it
});

test('an Eingang on 01.01.2099 is saved only after confirming it; a year 0099 is refused', async ({
  app: { page, inquiries },
}) => {
  await inquiries.openNewWithButton();
  await inquiries.fill({ requester: 'Polizei', topic: 'Sprache / Sprachkurs', subject: 'Datum vertippt' });
  const dialog = inquiries.dialog();
  const received = dialog.getByRole('group', { name: 'Eingang' });
  const typeReceived = async (digits: string) => {
    await received.getByRole('spinbutton').first().click();
    await page.keyboard.type(digits);
  };

  await typeReceived('010120991030');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  const check = page.getByRole('dialog', { name: 'Datum prüfen' });
  await expect(check).toContainText('„Eingang“ ist der 01.01.2099, mehr als ein Jahr in der Zukunft.');
  await expectNoSeriousA11yViolations(page, 'Datum prüfen');
  await check.getByRole('button', { name: 'Datum korrigieren' }).click();
  await expect(check).toBeHidden();
  await expect(dialog.getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible(); // nothing saved

  await typeReceived('010100991030');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('Dieses Datum ist nicht möglich. Bitte prüfen Sie das Jahr.')).toBeVisible();
  await expect(check).toBeHidden();

  // An unusual date the user means is saved once confirmed.
  await typeReceived('010120991030');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await check.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(page.getByText('Gespeichert', { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('Auswertung, eigener Zeitraum: typing "01072026" digit by digit keeps the screen (it crashed to a white page); only complete periods in order change the figures', async ({
  page,
}) => {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  const { inquiries, dashboard } = await openApp(page);
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: 'Im eigenen Zeitraum',
  });
  const year = new Date().getFullYear();
  await dashboard.goto();
  await dashboard.period().click();
  await page.getByRole('option', { name: 'eigener Zeitraum' }).click();
  const figures = dashboard.keyFigures();
  await expect(figures).toContainText('1Anfragen');
  const type = async (field: 'von' | 'bis', digits: string) => {
    await page.getByRole('group', { name: field }).getByRole('spinbutton').first().click();
    await page.keyboard.type(digits, { delay: 30 });
  };
  const leave = () => page.getByRole('heading', { level: 1, name: 'Auswertung' }).click();

  // Last year only: no inquiry. Typed as a person types, each digit a step ("01.07.2" is the year 2).
  await type('bis', `3112${year - 1}`);
  await type('von', `0107${year - 1}`);
  await leave();
  await expect(figures).toContainText('0Anfragen');
  await expect(page.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();

  // Half-typed and left: named, and the figures keep the last complete period.
  await type('bis', '31122');
  await leave();
  await expect(page.getByText('Bitte ein Datum zwischen 1900 und 2199 eingeben (TT.MM.JJJJ).')).toBeVisible();
  await expect(figures).toContainText('0Anfragen');
  // …and says for which period the figures still are.
  await expect(page.getByRole('status').filter({ hasText: 'Die Zahlen gelten weiter für' })).toHaveText(
    `Die Zahlen gelten weiter für 01.07.${year - 1} – 31.12.${year - 1}, bis beide Daten vollständig sind.`,
  );
  await expectNoSeriousA11yViolations(page, 'Auswertung, eigener Zeitraum mit Hinweis');

  // "Bis" before "Von": said so; nothing computed from it.
  await type('bis', `3006${year - 1}`);
  await leave();
  await expect(page.getByText('„Bis“ liegt vor „Von“.')).toBeVisible();
  await expect(figures).toContainText('0Anfragen');

  // Completed: this year's inquiry counts.
  await type('bis', `3112${year}`);
  await leave();
  await expect(figures).toContainText('1Anfragen');
  await expect(page.getByText('„Bis“ liegt vor „Von“.')).toBeHidden();
  await expect(page.getByText('Die Zahlen gelten weiter für')).toBeHidden();
  expect(crashes).toEqual([]);
});

test('Jahresbericht, eigener Zeitraum: German date fields beside the period choice; the period is on the title page', async ({
  app: { page, report },
}) => {
  const year = new Date().getFullYear();
  await report.goto();
  await report.period().click();
  await page.getByRole('option', { name: 'Eigener Zeitraum …' }).click();
  const from = page.getByRole('group', { name: 'Von' });
  const to = page.getByRole('group', { name: 'Bis' });
  await expect(from).toContainText(`01.01.${year}`); // TT.MM.JJJJ, not the browser's MM/DD/YYYY
  // Aligned: the date fields sit on the same line as the period choice.
  const choiceBox = (await page.getByRole('combobox', { name: 'Berichtszeitraum' }).boundingBox())!;
  for (const field of [from, to]) {
    const box = (await field.boundingBox())!;
    expect(Math.abs(box.y + box.height / 2 - (choiceBox.y + choiceBox.height / 2))).toBeLessThan(4);
  }

  await from.getByRole('spinbutton').first().click();
  await page.keyboard.type(`0107${year - 1}`, { delay: 30 });
  await to.getByRole('spinbutton').first().click();
  await page.keyboard.type(`3006${year}`, { delay: 30 });
  const titlePage = report.titlePage();
  await expect(titlePage).toContainText(`Berichtszeitraum01.07.${year - 1} – 30.06.${year}`);

  await to.getByRole('spinbutton').last().click();
  await page.keyboard.type('2', { delay: 30 });
  await page.getByRole('heading', { level: 1, name: 'Berichte' }).click();
  await expect(page.getByText('Bitte ein Datum zwischen 1900 und 2199 eingeben (TT.MM.JJJJ).')).toBeVisible();
  await expect(titlePage).toContainText(`Berichtszeitraum01.07.${year - 1} – 30.06.${year}`);
  await expectNoSeriousA11yViolations(page, 'Jahresbericht, eigener Zeitraum');
});

test('open follow-ups: Auswertung "dieses Jahr" counts what Heute counts, also follow-ups written while the clock ran ahead', async ({
  page,
}) => {
  // Written on a day the computer's clock stood 25 days ahead; then the clock is put right.
  const { vault, followups, dashboard } = await openApp(page, { time: new Date('2026-12-20T09:00:00') });
  await followups.goto();
  for (const title of ['Antrag nachreichen', 'Rückruf Schule']) await followups.add(title, 'morgen');
  await followups.markDone('Rückruf Schule');
  await expect(page.getByText('Als erledigt markiert')).toBeVisible();
  await vault.reopenAt(new Date('2026-11-25T09:00:00'));
  await vault.unlock();

  await page.getByRole('navigation').getByRole('link', { name: 'Heute' }).click();
  const week = page.getByRole('region', { name: /Diese Woche/ });
  await expect(week).toContainText('1offene Wiedervorlagen');
  await page.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
  await expect(dashboard.period()).toHaveText('dieses Jahr');
  await expect(dashboard.keyFigures()).toContainText('1offene Wiedervorlagendavon 0 überfällig');
});

test('Auswertung: hours include the working time of activities; the column without a team member says so', async ({
  app: { page, inquiries, activities, dashboard },
}) => {
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: 'Halbe Stunde',
    minutes: 30,
  });
  await activities.goto();
  await activities.startNew('Netzwerktreffen Nord');
  const dialog = activities.dialog();
  await expect(dialog.getByRole('combobox', { name: 'Aktivitätsart' })).toHaveValue('Netzwerktreffen');
  await dialog.getByRole('textbox', { name: 'Zeitaufwand der Stelle (Min.)' }).fill('90');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();

  await dashboard.goto();
  await expect(dashboard.keyFigures()).toContainText('2Stunden');
  const workload = dashboard.chart(/Wie entwickelt sich die Arbeitslast/);
  await workload.scrollIntoViewIfNeeded();
  await dashboard.showTable(workload);
  await expect(workload.getByRole('columnheader')).toHaveText([
    'Zeitraum',
    'Anfragen',
    'Aktivitäten',
    'Stunden',
    'Stunden ohne „Bearbeitet von“',
    'offene Wiedervorlagen',
    'überfällige Wiedervorlagen',
  ]);
  await expect(dashboard.thisYearsLastRow(workload).getByRole('cell')).toHaveText([
    '1',
    '1',
    '2',
    '2',
    '0',
    '0',
  ]);
  await expect(workload).toContainText('Stunden: Zeitaufwand der Anfragen und Arbeitszeit der Aktivitäten');
  await expectNoSeriousA11yViolations(page, 'Auswertung, Arbeitslast als Tabelle');
});

test('Auswertung charts: the folded categories are "Weitere (3)", apart from the real "Sonstige"; long referral names stay on one line', async ({
  page,
}) => {
  test.setTimeout(240_000); // ten inquiries through the dialog
  const { inquiries, dashboard } = await openApp(page);
  const partner = 'Migrationsberatung für erwachsene Zuwanderer des Caritasverbandes Salzwedel';
  const requesters = [
    'Sonstige',
    'Sonstige',
    'Polizei',
    'Schule / Kita',
    'Unternehmen / Arbeitgeber',
    'Verein / Initiative',
    'Ausländerbehörde',
    'Jobcenter / Agentur für Arbeit',
    'Sozialamt / Jugendamt',
    'Presse',
  ];
  for (const [i, requester] of requesters.entries())
    await inquiries.create({
      requester,
      topic: 'Sprache / Sprachkurs',
      subject: `Anfrage ${i + 1}`,
      ...(i < 2 ? { referral: partner } : {}),
    });

  await dashboard.goto();
  const timeline = dashboard.chart(/Wie entwickeln sich die Anfragen/);
  // The legend, a list under the chart: the series in the order of the stacks, then last year's line.
  await expect(timeline.getByRole('list').getByRole('listitem')).toContainText([
    'Sonstige',
    'Weitere (3)',
    'Vorjahr',
  ]);
  await dashboard.showTable(timeline);
  await expect(timeline.getByRole('columnheader')).toHaveText([
    'Zeitraum',
    'Sonstige',
    'Polizei',
    'Schule / Kita',
    'Unternehmen / Arbeitgeber',
    'Verein / Initiative',
    'Ausländerbehörde',
    'Weitere (3)',
    'Summe',
    'Vorjahr',
  ]);
  // This month: every stack, the folded one included, adds up to the total.
  await expect(dashboard.thisYearsLastRow(timeline).getByRole('cell')).toHaveText([
    '2',
    '1',
    '1',
    '1',
    '1',
    '1',
    '3',
    '10',
    '0',
  ]);

  // The referral target's long name: cut on one line, the full name as its title and in the table.
  const referrals = dashboard.chart(/Die häufigsten Verweisziele/);
  await referrals.scrollIntoViewIfNeeded();
  const tick = referrals.locator('svg text').filter({ hasText: '…' });
  await expect(tick).toHaveCount(1);
  await expect(tick.locator('title')).toHaveText(partner);
  const tickBox = (await tick.boundingBox())!;
  const chartBox = (await referrals.locator('.recharts-surface').boundingBox())!;
  expect(tickBox.x).toBeGreaterThanOrEqual(chartBox.x); // not cut off at the card's left edge
  expect(tickBox.height).toBeLessThan(24); // one line
  await page.screenshot({ path: test.info().outputPath('referrals-1366x768.png') });
  await dashboard.showTable(referrals);
  await expect(referrals.getByRole('row').filter({ hasText: partner }).getByRole('cell')).toHaveText(['2']);
  await expectNoSeriousA11yViolations(page, 'Auswertung mit gefalteten Kategorien');
});
