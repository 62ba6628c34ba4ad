// Team: the workload per member and for the office (issue "Leitung"). The same figures as
// Auswertung; a coordinator opens a member's inquiries from their count.
import { expect, openApp, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';

test("Team shows each member's inquiries and hours and the office's, equal to Auswertung; a count opens that member's inquiries", async ({
  page,
}) => {
  test.slow(); // set-up with Argon2id and three inquiries through the dialog, on two shared cores
  const { settings, inquiries, dashboard } = await openApp(page, { time: new Date('2026-04-20T09:00:00') });
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await settings.addListEntry('Team (Bearbeiter/innen)', 'Anna Schulz');
  await settings.addListEntry('Team (Bearbeiter/innen)', 'Ben Weber');
  await settings.chooseMe('Anna Schulz');
  await settings.expectSaved();
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Sprache / Sprachkurs',
    subject: 'Kurs A',
    minutes: 30,
  });
  await inquiries.create({
    requester: 'Schule / Kita',
    topic: 'Sprache / Sprachkurs',
    subject: 'Kurs B',
    minutes: 60,
  });
  // The other coordinator's inquiry ("Ich bin" Ben on this computer for a moment).
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await settings.chooseMe('Ben Weber');
  await settings.expectSaved();
  await inquiries.create({
    requester: 'Polizei',
    topic: 'Arbeit / Ausbildung',
    subject: 'Praktikum',
    minutes: 60,
  });

  await page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team: Arbeitsaufwand' })).toBeVisible();
  const members = page.getByRole('table', { name: 'Je Teammitglied' });
  const cells = (name: string) => members.getByRole('row', { name: new RegExp(name) }).getByRole('cell');
  // Anfragen, Stunden, Aktivitäten (each with last year's below), open (overdue) follow-ups, median, urgent.
  await expect(cells('Anna Schulz')).toHaveText([
    '2Vorjahr 0',
    '1,5Vorjahr 0',
    '0Vorjahr 0',
    '0 (0)',
    '–',
    '0 (0 %)',
  ]);
  await expect(cells('Ben Weber')).toHaveText([
    '1Vorjahr 0',
    '1Vorjahr 0',
    '0Vorjahr 0',
    '0 (0)',
    '–',
    '0 (0 %)',
  ]);
  await expect(cells('Stelle gesamt')).toHaveText([
    '3Vorjahr 0',
    '2,5Vorjahr 0',
    '0Vorjahr 0',
    '0 (0)',
    '–',
    '0 (0 %)',
  ]);
  await expectNoSeriousA11yViolations(page, 'Team: Arbeitsaufwand');

  // The chart as a table: April's inquiries per member.
  const chart = page.getByRole('region', { name: 'Anfragen je Teammitglied' });
  await chart.scrollIntoViewIfNeeded();
  await chart.getByRole('switch', { name: 'Tabelle' }).check();
  await expect(chart.getByRole('columnheader')).toHaveText(['Zeitraum', 'Anna Schulz', 'Ben Weber', 'Summe']);
  await expect(chart.getByRole('row', { name: /Apr 2026/ }).getByRole('cell')).toHaveText(['2', '1', '3']);

  // Auswertung counts the same.
  await dashboard.goto();
  await expect(dashboard.keyFigures()).toContainText('3Anfragen');
  await expect(dashboard.keyFigures()).toContainText('2,5Stunden');

  // From Anna's count to her inquiries, by keyboard.
  await page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
  const open = page.getByRole('button', { name: '2 Anfragen von Anna Schulz anzeigen' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Anfragen', exact: true })).toBeVisible();
  await expect(page.getByTestId('inquiry-count')).toHaveText('2 von 3 Anfragen');
  await expect(inquiries.row('Kurs A')).toBeVisible();
  await expect(inquiries.row('Praktikum')).toHaveCount(0);
});
