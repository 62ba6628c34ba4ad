// Team sync leaves no plaintext behind: after two members set up, joined and edited each other's
// inquiries, neither browser profile nor the server's database files hold anything they typed —
// each scan with a positive control that the same scanner does find.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCouchServer } from '../support/couchServer.mjs';
import { expect, openApp, test } from './fixtures';
import { TeamPage, type TeamAccess } from './pages/TeamPage';
import { launchProfile } from './support/browser';
import { scanForMarkers, writePositiveControl } from './support/profileScan';

const MARKERS = {
  office: 'Büromarker Grünau Tz6Qe',
  subject: 'Teambetreffmarker Ws3Kd',
  notes: 'Teamnotizmarker Lp8Vb',
  notesByBen: 'Bens Änderung Größe Hx2Nf',
  anna: 'Annamarker Jördis Yc5Ra',
  ben: 'Benmarker Ömer Qs7Du',
  device: 'Gerätemarker Gx1Mo',
  serverPassword: 'Serverpasswortmarker-Rk4Wz',
};
const CONTROL = 'Kontrollmarker Team Äste Fv9Lh';

test('after team work, neither member’s browser profile nor the server’s files hold anything typed in the clear', async ({
  baseURL,
}) => {
  const server = await startCouchServer({ corsOrigin: baseURL });
  const profiles = [
    await mkdtemp(join(tmpdir(), 'anlaufstelle-member-a-')),
    await mkdtemp(join(tmpdir(), 'anlaufstelle-member-b-')),
  ];
  try {
    await server.addUser('anna', MARKERS.serverPassword);
    await server.addUser('ben', 'Ben-Passwort-2026');
    await server.createDatabase('kreis-gruenau', ['anna', 'ben']);
    const anna: TeamAccess = {
      server: server.url,
      database: 'kreis-gruenau',
      user: 'anna',
      password: MARKERS.serverPassword,
      name: MARKERS.anna,
      device: MARKERS.device,
    };
    const ben: TeamAccess = { ...anna, user: 'ben', password: 'Ben-Passwort-2026', name: MARKERS.ben };

    const memberA = await launchProfile(profiles[0]!, { baseURL });
    const a = await openApp(memberA.page);
    await a.inquiries.create({
      requester: 'Polizei',
      topic: 'Arbeit / Ausbildung',
      subject: MARKERS.subject,
      notes: MARKERS.notes,
    });
    const teamA = new TeamPage(a.page);
    await teamA.goto();
    const setUp = await teamA.openSetUp();
    await teamA.fillAccess(setUp, anna);
    await setUp.getByRole('textbox', { name: 'Name des Büros' }).fill(MARKERS.office);
    await setUp.getByRole('button', { name: 'Team einrichten' }).click();
    await expect(setUp).toBeHidden();
    await expect(teamA.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    const code = await teamA.invite();

    const memberB = await launchProfile(profiles[1]!, { baseURL });
    const b = await openApp(memberB.page);
    const teamB = new TeamPage(b.page);
    await teamB.goto();
    await teamB.join(ben, code);
    await expect(teamB.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    await expect(teamB.section().getByRole('table', { name: 'Mitglieder' })).toContainText(MARKERS.anna);
    await b.inquiries.goto();
    await b.inquiries.open(MARKERS.subject);
    await b.inquiries.dialog().getByRole('textbox', { name: 'Notizen' }).fill(MARKERS.notesByBen);
    await b.inquiries.save();
    await a.inquiries.goto();
    await a.inquiries.openDetail(MARKERS.subject);
    await expect(a.page.getByText(MARKERS.notesByBen)).toBeVisible({ timeout: 20_000 });

    // Positive controls: the same kind of string unencrypted in each profile and on the server.
    await writePositiveControl(a.page, CONTROL);
    await writePositiveControl(b.page, CONTROL);
    const control = await server.admin('/kontrolle', { method: 'PUT' });
    expect(control.ok).toBe(true);
    await server.admin('/kontrolle/klartext', { method: 'PUT', body: JSON.stringify({ text: CONTROL }) });

    // Lock (writes the snapshot) and close both browsers, so everything is flushed to disk.
    for (const { page, context } of [memberA, memberB]) {
      await page.getByRole('button', { name: 'Sperren' }).click();
      await expect(page.getByLabel('Passwort', { exact: true })).toBeVisible();
      await context.close();
    }
    await server.stop();

    const markers = [...Object.values(MARKERS), CONTROL];
    for (const [place, dir] of [
      ['profile of member A', profiles[0]!],
      ['profile of member B', profiles[1]!],
      ['server files', server.dir],
    ] as const) {
      const { hits, filesScanned } = await scanForMarkers(dir, markers);
      console.log(`${place}: scanned ${filesScanned} files`);
      expect(
        hits.some((hit) => hit.marker === CONTROL),
        `${place}: the scanner must find the control`,
      ).toBe(true);
      expect(
        hits.filter((hit) => hit.marker !== CONTROL),
        place,
      ).toEqual([]);
    }
  } finally {
    await server.dispose();
    for (const dir of profiles) await rm(dir, { recursive: true, force: true });
  }
});
