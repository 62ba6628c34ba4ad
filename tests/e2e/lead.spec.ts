// Leitung (issue "Leitung"): two coordinators and the office lead on three computers against the test
// CouchDB-compatible server. The lead sees the team's figures, equal to a coordinator's, and nothing
// the coordinators typed about people: not on screen, not in the browser profile, not in the
// statistics database, not in any export the lead can make. The server refuses the lead's account
// the office's database, and no team key was ever wrapped for the lead's computer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { startCouchServer } from '../support/couchServer.mjs';
import { readWorkbook, sheetText } from '../support/readXlsx';
import { expect, openApp, test, type Page } from './fixtures';
import { TeamPage, type TeamAccess } from './pages/TeamPage';
import { expectNoSeriousA11yViolations } from './support/axe';
import { launchProfile } from './support/browser';
import { markersInHeap } from './support/heapScan';
import { scanForMarkers, writePositiveControl } from './support/profileScan';

const MARKERS = {
  subjectA: 'Betreffmarker Haddad Qm4Tz',
  notesA: 'Notizmarker Polizei Wx7Lp',
  subjectB: 'Betreffmarker Öztürk Rv2Kd',
  notesB: 'Notizmarker Wohnung Jc9Sa',
  referral: 'Freitextverweis Anwältin Nb3Ye',
};
/** Written into the Jahresbericht's text by a coordinator: meant for the lead, so it must arrive. */
const CONTROL = 'Kontrollmarker Bericht Äste Fv9Lh';

/** The marker's last word: ASCII, so found in a heap snapshot's JSON whatever the encoding. */
const token = (marker: string) => marker.split(' ').at(-1)!;

async function figuresOf(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Kennzahlen' }).innerText()).replace(/\s+/g, ' ');
}

test('two coordinators and the lead: the lead sees the team’s figures, equal to the coordinators’, and no word about a person anywhere', async ({
  baseURL,
}) => {
  test.setTimeout(300_000); // three computers, each with Argon2id at set-up, on two shared cores
  const server = await startCouchServer({ corsOrigin: baseURL });
  const profiles = await Promise.all(
    ['a', 'b', 'lead'].map((who) => mkdtemp(join(tmpdir(), `anlaufstelle-${who}-`))),
  );
  try {
    for (const [user, password] of [
      ['anna', 'Anna-Passwort-2026'],
      ['ben', 'Ben-Passwort-2026'],
      ['lena', 'Lena-Passwort-2026'],
    ])
      await server.addUser(user!, password!);
    await server.createDatabase('kreis-gruenau', ['anna', 'ben']);
    await server.createDatabase('kreis-gruenau-statistik', ['anna', 'ben', 'lena']);
    const access = (user: string, name: string, database = 'kreis-gruenau'): TeamAccess => ({
      server: server.url,
      database,
      user,
      password: `${user[0]!.toUpperCase()}${user.slice(1)}-Passwort-2026`,
      name,
      device: `PC ${name}`,
    });

    // Anna sets up the team and invites Ben.
    const computerA = await launchProfile(profiles[0]!, { baseURL });
    const a = await openApp(computerA.page);
    const teamA = new TeamPage(a.page);
    await teamA.goto();
    const setUp = await teamA.openSetUp();
    await teamA.fillAccess(setUp, access('anna', 'Anna Schulz'));
    await setUp.getByRole('textbox', { name: 'Name des Büros' }).fill('Integrationsbüro Grünau');
    await setUp.getByRole('button', { name: 'Team einrichten' }).click();
    await expect(setUp).toBeHidden();
    await expect(teamA.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    const benCode = await teamA.invite();
    const computerB = await launchProfile(profiles[1]!, { baseURL });
    const b = await openApp(computerB.page);
    const teamB = new TeamPage(b.page);
    await teamB.goto();
    await teamB.join(access('ben', 'Ben Weber'), benCode);
    await expect(teamB.status()).toContainText('Synchronisiert', { timeout: 30_000 });

    // Both log inquiries with words about people in subject, notes and a free-text referral.
    await a.inquiries.create({
      requester: 'Polizei',
      topic: 'Sprache / Sprachkurs',
      subject: MARKERS.subjectA,
      notes: MARKERS.notesA,
      referral: MARKERS.referral,
      minutes: 30,
    });
    await a.inquiries.create({
      requester: 'Schule / Kita',
      topic: 'Sprache / Sprachkurs',
      subject: 'Kursplatz',
      minutes: 60,
    });
    await b.inquiries.openNewWithButton();
    await expect(b.inquiries.dialog().getByRole('combobox', { name: 'Bearbeitet von' })).toHaveValue(
      'Ben Weber',
    );
    await b.inquiries.fill({
      requester: 'Polizei',
      topic: 'Arbeit / Ausbildung',
      subject: MARKERS.subjectB,
      notes: MARKERS.notesB,
      minutes: 60,
    });
    await b.inquiries.save();
    // A text for the Jahresbericht: the lead receives the office's words for the report.
    await a.report.goto();
    const text = a.page.getByRole('textbox', { name: /Eigener Text: .*Anfragen/ });
    await text.fill(CONTROL);
    await text.blur();
    await expect(a.page.getByText('Gespeichert.')).toBeVisible();

    // Anna invites the lead into the statistics database (offered as "<office database>-statistik").
    // The office's own database is refused in the dialog, with what was typed kept.
    await teamA.goto();
    await teamA.section().getByRole('button', { name: 'Leitung einladen …' }).click();
    const inviteDialog = a.page.getByRole('dialog', { name: 'Leitung oder Haushalt einladen' });
    const statsField = inviteDialog.getByRole('textbox', { name: 'Datenbank für die Auswertung' });
    await expect(statsField).toHaveValue('kreis-gruenau-statistik');
    await statsField.fill('kreis-gruenau');
    await inviteDialog.getByRole('button', { name: 'Code erstellen' }).click();
    await expect(inviteDialog.getByRole('alert')).toContainText('Das ist die Datenbank des Büros');
    await expect(statsField).toHaveValue('kreis-gruenau');
    await inviteDialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(inviteDialog).toBeHidden();
    const leadCode = await teamA.inviteLead();
    const computerL = await launchProfile(profiles[2]!, { baseURL });
    const l = await openApp(computerL.page);
    const teamL = new TeamPage(l.page);
    await teamL.goto();
    await teamL.join(access('lena', 'Lena Vogt', 'kreis-gruenau-statistik'), leadCode);
    await expect(teamL.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    // Figures only: four places, no search.
    await expect(l.page.getByRole('navigation').getByRole('link')).toHaveText([
      'Auswertung',
      'Team',
      'Berichte',
      'Einstellungen',
    ]);
    await expect(l.page.getByRole('button', { name: 'Suche (Strg+K)' })).toHaveCount(0);
    await expect(teamL.section()).toContainText('Dieser Computer gehört der Leitung');
    // Anna's list shows the lead (when Einstellungen is opened again).
    await a.dashboard.goto();
    await teamA.goto();
    await expect(teamA.section().getByRole('table', { name: 'Mitglieder' })).toContainText('Lena Vogt');

    // The lead's Team view: per member and for the office, as soon as the coordinators published.
    await l.page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
    const members = l.page.getByRole('table', { name: 'Je Teammitglied' });
    const firstCells = (name: string) =>
      members
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('cell')
        .first();
    await expect(firstCells('Stelle gesamt')).toHaveText('3Vorjahr 0', { timeout: 60_000 });
    await expect(firstCells('Anna Schulz')).toHaveText('2Vorjahr 0');
    await expect(firstCells('Ben Weber')).toHaveText('1Vorjahr 0');
    await expect(
      members
        .getByRole('row', { name: /Stelle gesamt/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText('2,5Vorjahr 0');
    // Figures only: no count opens inquiries.
    await expect(members.getByRole('button')).toHaveCount(0);
    await expectNoSeriousA11yViolations(l.page, 'Team auf dem Computer der Leitung');

    // Auswertung: the same key figures on the lead's computer as on Anna's.
    await l.dashboard.goto();
    await a.dashboard.goto();
    await expect(a.page.getByRole('region', { name: 'Kennzahlen' })).toContainText('3Anfragen');
    expect(await figuresOf(l.page)).toBe(await figuresOf(a.page));
    await expect(l.page.getByRole('region', { name: 'Kennzahlen' })).toContainText('2,5Stunden');
    // No word about a person on the lead's screens, nor anywhere in its window's memory (the heap
    // holds every record the lead's computer received and opened; the report's text is the control).
    for (const marker of Object.values(MARKERS)) await expect(l.page.getByText(marker)).toHaveCount(0);
    const tokens = Object.values(MARKERS).map(token);
    expect(await markersInHeap(l.page, [...tokens, token(CONTROL)])).toEqual([token(CONTROL)]);
    // The same scan finds the words on Anna's computer.
    expect(await markersInHeap(a.page, tokens)).toEqual(tokens);

    // Every export the lead can make: the Jahresbericht as CSV, XLSX and DOCX.
    await l.report.goto();
    await expect(l.page.getByRole('textbox', { name: /Eigener Text: .*Anfragen/ })).toHaveValue(CONTROL);
    const exports = {
      csv: (await l.report.download('CSV')).toString('utf8'),
      xlsx: [...(await readWorkbook(await l.report.download('XLSX'))).values()].map(sheetText).join('\n'),
      docx: (await mammoth.extractRawText({ buffer: await l.report.download('DOCX') })).value,
    };
    // The lead's Jahresbericht is the coordinators' to the unit: Anna's CSV is the same file.
    await a.report.goto();
    expect((await a.report.download('CSV')).toString('utf8')).toBe(exports.csv);
    for (const [kind, content] of Object.entries(exports)) {
      // The report's text is in XLSX and DOCX (the CSV holds the tables only): the reader reads it.
      expect(content, `${kind}: read`).toContain(kind === 'csv' ? 'Anfragen nach Kanal' : CONTROL);
      for (const marker of Object.values(MARKERS)) expect(content, kind).not.toContain(marker);
    }

    // The server refuses the lead's account the office's database; the statistics database opens.
    const asLena = { headers: { Authorization: `Basic ${btoa('lena:Lena-Passwort-2026')}` } };
    expect([401, 403]).toContain((await fetch(`${server.url}/kreis-gruenau/_all_docs`, asLena)).status);
    expect((await fetch(`${server.url}/kreis-gruenau-statistik`, asLena)).status).toBe(200);
    // No team key document names the lead's computer (its id is in its announcement).
    const leads = (await (await server.admin('/kreis-gruenau-statistik/_all_docs')).json()) as {
      rows: { id: string }[];
    };
    const leadDevice = leads.rows
      .map((r) => r.id)
      .find((id) => id.startsWith('lead-'))!
      .slice('lead-'.length);
    expect(leadDevice.length).toBeGreaterThan(8);
    const keyDocs = (await (await server.admin('/kreis-gruenau/_all_docs')).json()) as {
      rows: { id: string }[];
    };
    expect(keyDocs.rows.filter((r) => r.id.startsWith('key-') && r.id.includes(leadDevice))).toEqual([]);

    // Profile and statistics database at rest (after lock, so the snapshot is on disk). Controls: the
    // same kind of string unencrypted in the lead's profile and in the statistics database.
    await writePositiveControl(l.page, CONTROL);
    const plain = await server.admin('/kreis-gruenau-statistik/kontrolle', {
      method: 'PUT',
      body: JSON.stringify({ text: CONTROL }),
    });
    expect(plain.ok).toBe(true);
    for (const { page, context } of [computerA, computerB, computerL]) {
      await page.getByRole('button', { name: 'Sperren' }).click();
      await expect(page.getByLabel('Passwort', { exact: true })).toBeVisible();
      await context.close();
    }
    await server.stop();
    const markers = [...Object.values(MARKERS), CONTROL];
    const lead = await scanForMarkers(profiles[2]!, markers);
    console.log(`profile of the lead: scanned ${lead.filesScanned} files`);
    expect(
      lead.hits.some((h) => h.marker === CONTROL),
      'the scanner finds the control',
    ).toBe(true);
    expect(lead.hits.filter((h) => h.marker !== CONTROL)).toEqual([]);
    const stats = await scanForMarkers(join(server.dir, 'data', 'kreis-gruenau-statistik'), markers);
    console.log(`statistics database: scanned ${stats.filesScanned} files`);
    expect(
      stats.hits.some((h) => h.marker === CONTROL),
      'the scanner finds the control',
    ).toBe(true);
    expect(stats.hits.filter((h) => h.marker !== CONTROL)).toEqual([]);
  } finally {
    await server.dispose();
    for (const dir of profiles) await rm(dir, { recursive: true, force: true });
  }
});
