import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the dashboard shows the totals of known inquiries; table toggle and drill-down agree', async ({
  app: { page, inquiries, dashboard },
}) => {
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: 'Polizei eins',
    minutes: 30,
  });
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Polizei zwei',
    minutes: 60,
  });
  await inquiries.openNewWithButton();
  await inquiries.fill({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Schule mit zwei Themen',
  });
  await inquiries.dialog().getByRole('combobox', { name: 'Themen' }).fill('Arbeit');
  await page.getByRole('option', { name: 'Arbeit / Ausbildung', exact: true }).click();
  await inquiries.save();

  await dashboard.goto(); // its heading is "Auswertung"
  const figures = dashboard.keyFigures();
  await expect(figures).toContainText('3Anfragen');
  await expect(figures).toContainText('1,5Stunden');
  await expect(figures).toContainText('kein Vorjahreswert');

  // The table of the timeline has the same numbers as the chart.
  const timeline = dashboard.chart(/Wie entwickeln sich die Anfragen/);
  await dashboard.showTable(timeline);
  // This month as the page sees it (Berlin time: the test may run just after midnight UTC's month end).
  const { month, year } = await page.evaluate(() => ({
    month: new Intl.DateTimeFormat('de-DE', { month: 'short' }).format(new Date()).replace('.', ''),
    year: new Date().getFullYear(),
  }));
  const row = timeline
    .getByRole('row')
    .filter({ hasText: `${year}` })
    .filter({ hasText: month.slice(0, 3) });
  await expect(row.getByRole('cell')).toHaveText(['2', '1', '3', '0']);
  await expect(timeline.getByRole('columnheader')).toHaveText([
    'Zeitraum',
    'Polizei',
    'Schule / Kita',
    'Summe',
    'Vorjahr',
  ]);

  // Topics: the inquiry with two topics counts once per topic, and the chart says so.
  const topics = dashboard.chart(/Worum geht es/);
  await expect(topics).toContainText('zählt bei jedem ihrer Themen einmal');
  await dashboard.showTable(topics);
  await expect(
    topics.getByRole('row').filter({ hasText: 'Sprache / Sprachkurs' }).getByRole('cell'),
  ).toHaveText(['2']);
  await expect(
    topics.getByRole('row').filter({ hasText: 'Arbeit / Ausbildung' }).getByRole('cell'),
  ).toHaveText(['2']);
  await expectNoSeriousA11yViolations(page, 'Auswertung');

  // Switch back to the chart and click the Polizei bar: the list shows exactly those two inquiries.
  await dashboard.showChart(timeline);
  await timeline.locator('.recharts-bar-rectangle').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anfragen', exact: true })).toBeVisible();
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 von 3 Anfragen');
  await expect(inquiries.row('Polizei eins')).toBeVisible();
  await expect(inquiries.row('Polizei zwei')).toBeVisible();

  // The share chart drills down the same way (it is drawn when scrolled into view).
  await page.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
  const who = dashboard.chart(/Wer fragt an/);
  await who.scrollIntoViewIfNeeded();
  await who.locator('.recharts-bar-rectangle').first().click();
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 von 3 Anfragen');
});

test('"Mit Beispieldaten ausprobieren" opens a marked demo vault with full dashboards; its unlock screen shows the password', async ({
  screens: { page, dashboard },
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Mit Beispieldaten ausprobieren' }).click();
  await expect(page.getByText('DEMO – Beispieldaten')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
  await expect(dashboard.keyFigures()).toContainText('zum Vorjahr');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Auswertung mit Beispieldaten');

  // Its password stays fixed (a changed one would lock the self-opening demo out).
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByText('Im Beispieltresor bleibt das Passwort fest')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Passwort ändern' })).toBeDisabled();
  await expect(
    page.getByRole('button', { name: 'Neuen Wiederherstellungsschlüssel erstellen' }),
  ).toBeDisabled();
  // The demo's old inquiries are anonymised as the office's daily runs left them; a shorter period
  // (12 months) leaves thousands of closed inquiries due: the review shows the oldest first.
  await page.getByRole('spinbutton', { name: /Anfragen: personenbezogene Daten entfernen/ }).fill('12');
  await page.getByRole('button', { name: 'Fristen speichern' }).click();
  await expect(page.getByText('Löschfristen gespeichert')).toBeVisible();
  await expect(page.getByText(/Angezeigt werden die ältesten 200 von [\d.]+\./)).toBeVisible();
  const due = page.getByRole('list', { name: 'Zur Anonymisierung fällig' }).getByRole('listitem');
  await expect(due).toHaveCount(200);
  const days = (await due.allTextContents()).map((text) => {
    const [, d, m, y] = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(text)!;
    return `${y}${m}${d}`;
  });
  expect(days).toEqual([...days].sort());

  await page.getByRole('button', { name: 'Sperren' }).click();
  await expect(page.getByText('Sein Passwort lautet: Beispieldaten-2026!')).toBeVisible();
  await page.getByLabel('Passwort', { exact: true }).fill('Beispieldaten-2026!');
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(page.getByText('DEMO – Beispieldaten')).toBeVisible();

  // Leaving the demo returns to the real (here: not yet set up) vault.
  await page.getByRole('button', { name: 'Beispieldaten verlassen' }).click();
  await expect(page.getByRole('heading', { name: 'Tresor einrichten' })).toBeVisible();
});

test('keyboard only: a figure in the table view opens the inquiries behind it, as a click on the bar does', async ({
  app: { page, inquiries, dashboard },
}) => {
  await inquiries.create({ requester: 'Polizei', topic: 'Sprache / Sprachkurs', subject: 'Polizei eins' });
  await inquiries.create({ requester: 'Polizei', topic: 'Arbeit / Ausbildung', subject: 'Polizei zwei' });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Schule eins',
  });

  await dashboard.goto();
  const timeline = dashboard.chart(/Wie entwickeln sich die Anfragen/);
  await dashboard.showTable(timeline);
  const polizei = timeline.getByRole('button', { name: /^2 Anfragen anzeigen: .+, Polizei$/ });
  await polizei.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Anfragen', exact: true })).toBeVisible();
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 von 3 Anfragen');
  await expect(inquiries.row('Polizei eins')).toBeVisible();
  await expect(inquiries.row('Polizei zwei')).toBeVisible();

  // The share table the same way; a sum or "Vorjahr" is not a button.
  await dashboard.goto();
  const topics = dashboard.chart(/Worum geht es/);
  await dashboard.showTable(topics);
  await topics.getByRole('button', { name: '2 Anfragen anzeigen: Sprache / Sprachkurs, Anzahl' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 von 3 Anfragen');
  await expect(inquiries.row('Schule eins')).toBeVisible();
  await dashboard.goto();
  const again = dashboard.chart(/Wie entwickeln sich die Anfragen/);
  await dashboard.showTable(again);
  await expect(again.getByRole('button', { name: /Anfragen? anzeigen/ })).toHaveCount(2);
  await expect(again.getByRole('button', { name: /, (Summe|Vorjahr)$/ })).toHaveCount(0);
});

test('after a drill-down and Back, the Auswertung shows the same view: period and table switches kept', async ({
  app: { page, inquiries, dashboard },
}) => {
  await inquiries.create({ requester: 'Polizei', topic: 'Sprache / Sprachkurs', subject: 'Polizei eins' });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Schule eins',
  });

  await dashboard.goto();
  await dashboard.choosePeriod('letzte 12 Monate');
  const timeline = dashboard.chart(/Wie entwickeln sich die Anfragen/);
  await dashboard.showTable(timeline);
  await timeline.getByRole('button', { name: /^1 Anfrage anzeigen: .+, Polizei$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inquiry-count')).toHaveText('1 von 2 Anfragen');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswertung' })).toBeVisible();
  await expect(dashboard.period()).toHaveText('letzte 12 Monate');
  await expect(timeline.getByRole('switch', { name: 'Tabelle' })).toBeChecked();
  // The keyboard user goes on where they left: the figure they opened has the focus.
  await expect(timeline.getByRole('button', { name: /^1 Anfrage anzeigen: .+, Polizei$/ })).toBeFocused();
  // Another chart's switch was not touched.
  await expect(dashboard.chart(/Worum geht es/).getByRole('switch', { name: 'Tabelle' })).not.toBeChecked();
});

test('the stacked bars follow the legend, also after the set of stacks changed on the same screen', async ({
  app: { page, inquiries, dashboard },
}) => {
  // Three requester types with different counts; only the smallest asked about Arbeit.
  for (const [requester, n] of [
    ['Polizei', 3],
    ['Schule / Kita', 2],
  ] as const)
    for (let i = 0; i < n; i++)
      await inquiries.create({ requester, topic: 'Sprache / Sprachkurs', subject: `${requester} ${i}` });
  await inquiries.create({
    requester: 'Jobcenter / Agentur für Arbeit',
    topic: 'Arbeit / Ausbildung',
    subject: 'Jobcenter 0',
  });
  await dashboard.goto();
  const timeline = dashboard.chart(/Wie entwickeln sich die Anfragen/);
  const controls = page.getByRole('region', { name: 'Zeitraum, Gruppierung und Filter' });

  /** This month's segment colours from the bottom up, and the legend's bar colours in its order. */
  const order = async () => {
    const bottomUp = await timeline.locator('.recharts-bar-rectangle path').evaluateAll((paths) => {
      const rects = paths
        .map((p) => ({ box: p.getBoundingClientRect(), fill: (p.getAttribute('fill') ?? '').toLowerCase() }))
        .filter((r) => r.box.height > 0);
      // The last bucket is this month: the rightmost column of segments.
      const right = Math.max(...rects.map((r) => r.box.x));
      return rects
        .filter((r) => Math.abs(r.box.x - right) < 1)
        .sort((a, b) => b.box.y - a.box.y)
        .map((r) => r.fill);
    });
    const legend = await timeline
      .getByRole('listitem')
      .locator('rect')
      .evaluateAll((rects) => rects.map((r) => (r.getAttribute('fill') ?? '').toLowerCase()));
    return { bottomUp, legend: legend.filter((c) => bottomUp.includes(c)) };
  };
  const expectInLegendOrder = async (segments: number) => {
    await expect.poll(async () => (await order()).bottomUp.length).toBe(segments);
    const now = await order();
    expect(now.bottomUp).toEqual(now.legend);
  };

  await expectInLegendOrder(3);
  // Only "Arbeit / Ausbildung": one stack, Jobcenter's. Then the filter taken away again.
  const topicFilter = controls.getByRole('combobox', { name: 'Themen' });
  await topicFilter.click();
  await page.getByRole('option', { name: 'Arbeit / Ausbildung' }).click();
  await page.keyboard.press('Escape');
  await expectInLegendOrder(1);
  await topicFilter.focus();
  await page.keyboard.press('Backspace');
  await expectInLegendOrder(3);

  // The tooltip of a column lists its series as the legend does (recharts' default: alphabetically,
  // which put Jobcenter first here).
  await timeline.locator('.recharts-bar-rectangle path').last().hover();
  const tooltip = timeline.locator('.recharts-tooltip-item-name');
  await expect(tooltip.first()).toBeVisible();
  const names = await tooltip.allTextContents();
  const legend = (await timeline.getByRole('listitem').allTextContents()).map((text) => text.trim());
  expect(names.length).toBeGreaterThanOrEqual(3);
  expect(names).toEqual(legend.filter((name) => names.includes(name)));

  // A single bucket (this year by year): the Vorjahr line is one point, drawn as a filled dot (it
  // was the line's dashed outline of a 3 px circle, which read as a speck).
  await page.mouse.move(0, 0);
  await dashboard.choosePeriod('dieses Jahr');
  await dashboard.chooseGrouping('Jahr');
  await expect(timeline.locator('.recharts-bar-rectangle path')).toHaveCount(3);
  const dot = timeline.locator('.recharts-line-dot');
  await expect(dot).toHaveCount(1);
  expect(await dot.getAttribute('fill')).toBe(await dot.getAttribute('stroke'));
  expect(await dot.getAttribute('stroke-dasharray')).toBeFalsy();
});
