// Haushalt (issue "Fördermittel", last item): a coordinator and the budget office's computer against
// the test CouchDB-compatible server. Haushalt opens with the funding file — the Vorhaben, plan and
// receipts, the next deadline, the Belegliste export — and can change nothing in it; of the
// inquiries it has the figures and no word.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startCouchServer } from '../support/couchServer.mjs';
import { readWorkbook, sheetRows } from '../support/readXlsx';
import { expect, openApp, test } from './fixtures';
import { TeamPage, type TeamAccess } from './pages/TeamPage';
import { typeDate } from './pages/screens';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchProfile } from './support/browser';
import { markersInHeap } from './support/heapScan';

const TITLE = 'Lotsenprogramm Harz 2026';
const SUBJECT = 'Betreffmarker Familie Haddad Qm4Tz';
const PARTY = 'Ayşe Yılmaz';
const PURPOSE = 'Honorar Sprachmittlung Elternabend Kv8Rn';

async function pickOption(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('Haushalt reads the funding file — Vorhaben, receipts, deadline, Belegliste — changes nothing in it, and sees no word of an inquiry', async ({
  baseURL,
}) => {
  test.setTimeout(240_000); // two computers, each with Argon2id at set-up, on two shared cores
  const server = await startCouchServer({ corsOrigin: baseURL });
  const profiles = await Promise.all(
    ['a', 'h'].map((who) => mkdtemp(join(tmpdir(), `anlaufstelle-${who}-`))),
  );
  try {
    await server.addUser('anna', 'Anna-Passwort-2026');
    await server.addUser('heike', 'Heike-Passwort-2026');
    await server.createDatabase('kreis-harz', ['anna']);
    await server.createDatabase('kreis-harz-statistik', ['anna', 'heike']);
    const access = (user: string, name: string, database: string): TeamAccess => ({
      server: server.url,
      database,
      user,
      password: `${user[0]!.toUpperCase()}${user.slice(1)}-Passwort-2026`,
      name,
      device: `PC ${name}`,
    });

    // Anna sets up the team, logs an inquiry and keeps the funding file: a Vorhaben and a receipt.
    const computerA = await launchProfile(profiles[0]!, { baseURL });
    const a = await openApp(computerA.page);
    const teamA = new TeamPage(a.page);
    await teamA.goto();
    const setUp = await teamA.openSetUp();
    await teamA.fillAccess(setUp, access('anna', 'Anna Schulz', 'kreis-harz'));
    await setUp.getByRole('textbox', { name: 'Name des Büros' }).fill('Integrationsbüro Harz');
    await setUp.getByRole('button', { name: 'Team einrichten' }).click();
    await expect(setUp).toBeHidden();
    await expect(teamA.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    await a.inquiries.create({
      requester: 'Polizei',
      topic: 'Sprache / Sprachkurs',
      subject: SUBJECT,
      minutes: 30,
    });

    const pageA = a.page;
    await pageA.getByRole('navigation').getByRole('link', { name: 'Fördermittel' }).click();
    await pageA.getByRole('button', { name: 'Neues Vorhaben' }).first().click();
    const project = pageA.getByRole('dialog', { name: 'Neues Vorhaben' });
    await project.getByRole('textbox', { name: 'Bezeichnung' }).fill(TITLE);
    await typeDate(pageA, project.getByRole('group', { name: 'Zeitraum von' }), '01012026');
    await typeDate(pageA, project.getByRole('group', { name: 'Zeitraum bis' }), '31122026');
    await pickOption(pageA, project.getByRole('combobox', { name: 'Status' }), 'bewilligt');
    await typeDate(pageA, project.getByRole('group', { name: 'Bescheid vom' }), '15022026');
    await project.getByRole('textbox', { name: 'Bewilligter Betrag' }).fill('9.000,00');
    await project.getByRole('button', { name: 'Position hinzufügen' }).click();
    await project.getByRole('textbox', { name: 'Ausgabenposition' }).fill('Honorare');
    await project.getByRole('textbox', { name: 'Geplant' }).fill('10.000,00');
    await project.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(project).toBeHidden();
    await pageA.getByRole('button', { name: 'Beleg erfassen' }).click();
    const receipt = pageA.getByRole('dialog', { name: 'Beleg erfassen' });
    await receipt.getByRole('textbox', { name: 'Belegnummer' }).fill('B-1');
    await typeDate(pageA, receipt.getByRole('group', { name: 'Datum' }), '20042026');
    await receipt.getByRole('textbox', { name: 'Empfänger/in bzw. Einzahler/in' }).fill(PARTY);
    await receipt.getByRole('textbox', { name: 'Verwendungszweck' }).fill(PURPOSE);
    await receipt.getByRole('textbox', { name: 'Betrag' }).fill('180,00');
    await pickOption(pageA, receipt.getByRole('combobox', { name: 'Planposition' }), 'Honorare');
    await receipt.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(receipt).toBeHidden();

    // Anna invites Haushalt into the statistics database; Heike joins with a new, empty vault.
    await teamA.goto();
    const code = await teamA.inviteLead(undefined, 'Haushalt (Auswertung und Fördermittel)');
    const computerH = await launchProfile(profiles[1]!, { baseURL });
    const h = await openApp(computerH.page);
    const pageH = h.page;
    const teamH = new TeamPage(pageH);
    await teamH.goto();
    await teamH.join(access('heike', 'Heike Brandt', 'kreis-harz-statistik'), code);
    await expect(teamH.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    await expect(pageH.getByRole('navigation').getByRole('link')).toHaveText([
      'Fördermittel',
      'Auswertung',
      'Team',
      'Berichte',
      'Einstellungen',
    ]);
    await expect(teamH.section()).toContainText('Dieser Computer gehört dem Haushalt');

    // The funding file arrives (after Anna's next round has published it), with its deadline.
    await pageH.setViewportSize({ width: 1366, height: 768 });
    await pageH.getByRole('navigation').getByRole('link', { name: 'Fördermittel' }).click();
    await expect(pageH.getByRole('button', { name: TITLE, exact: true })).toBeVisible({ timeout: 60_000 });
    const deadlines = pageH.getByRole('region', { name: 'Nächste Fristen' });
    await expect(deadlines).toContainText(`Verwendungsnachweis einreichen: ${TITLE}`);
    await expect(deadlines).toContainText('30.06.2027');
    // Read only: nothing to add.
    await expect(pageH.getByRole('button', { name: /^Neue/ })).toHaveCount(0);
    await expect(
      pageH.getByText('Nur lesen: Eingetragen und geändert wird an den Computern der Koordination.'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(pageH, 'Fördermittel auf dem Computer des Haushalts');
    if (process.env.SHOTS) await pageH.screenshot({ path: '/tmp/shots/haushalt-overview.png' });

    await pageH.getByRole('button', { name: TITLE, exact: true }).click();
    await expect(pageH.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const receipts = pageH.getByRole('table', { name: 'Belege' });
    await expect(receipts.getByRole('row', { name: /B-1/ })).toContainText(PARTY);
    await expect(receipts.getByRole('row', { name: /B-1/ })).toContainText('180,00 €');
    const plan = pageH.getByRole('table', { name: 'Finanzierungsplan: Soll und Ist' });
    await expect(plan.getByRole('row', { name: /^Honorare/ })).toContainText('180,00 €');
    for (const name of ['Beleg erfassen', 'Mittelabruf erfassen', 'Bearbeiten', 'Vorhaben löschen'])
      await expect(pageH.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(receipts.getByRole('button')).toHaveCount(0);
    await expectNoSeriousA11yViolations(pageH, 'Vorhaben auf dem Computer des Haushalts');
    if (process.env.SHOTS) await pageH.screenshot({ path: '/tmp/shots/haushalt-project.png' });

    // The Belegliste, as the Landesverwaltungsamt gets it.
    await pageH.getByRole('button', { name: 'Exportieren' }).click();
    const [download] = await Promise.all([
      pageH.waitForEvent('download'),
      pageH.getByRole('menuitem', { name: 'Belegliste (XLSX)' }).click(),
    ]);
    const rows = sheetRows(await readWorkbook(await readFile((await download.path())!)), 'Belegliste');
    const row = rows.find((r) => r.includes('B-1'));
    expect(row).toEqual(expect.arrayContaining([PARTY, PURPOSE, 180]));

    // The inquiry counts on Haushalt's Auswertung; its words are nowhere in the window's memory
    // (the receipt's purpose, which Haushalt must have, is the control).
    await pageH.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
    await expect(pageH.getByRole('region', { name: 'Kennzahlen' })).toContainText('1Anfragen', {
      timeout: 30_000,
    });
    await expect(pageH.getByText(SUBJECT)).toHaveCount(0);
    expect(await markersInHeap(pageH, ['Qm4Tz', 'Kv8Rn'])).toEqual(['Kv8Rn']);

    // Anna ticks the proof deadline off in Wiedervorlagen: Haushalt's list follows hers, not a
    // recomputation from the record.
    await pageA.getByRole('navigation').getByRole('link', { name: 'Wiedervorlagen' }).click();
    // click, not check(): the ticked item leaves the open list as soon as the write commits
    await pageA
      .getByRole('checkbox', { name: new RegExp(`Verwendungsnachweis einreichen: ${TITLE}`) })
      .click();
    await expect(pageA.getByText('Als erledigt markiert')).toBeVisible();
    await pageH.getByRole('navigation').getByRole('link', { name: 'Fördermittel' }).click();
    await expect(pageH.getByText('Keine offenen Fristen.')).toBeVisible({ timeout: 60_000 });

    for (const { context } of [computerA, computerH]) await context.close();
  } finally {
    await server.dispose();
    for (const dir of profiles) await rm(dir, { recursive: true, force: true });
  }
});
