// Two coordinators at two computers (two browser contexts) share one office log through a
// CouchDB-compatible server that this test starts on loopback (pouchdb-server, files in a temp dir).
import { startCouchServer, type CouchServer } from '../support/couchServer.mjs';
import { expect, openApp, test, type App } from './fixtures';
import { TeamPage, type TeamAccess } from './pages/TeamPage';

let server: CouchServer;

test.beforeEach(async ({ baseURL }) => {
  server = await startCouchServer({ corsOrigin: baseURL });
  await server.addUser('anna', 'Anna-Passwort-2026');
  await server.addUser('ben', 'Ben-Passwort-2026');
  await server.createDatabase('kreis-musterstadt', ['anna', 'ben']);
});
test.afterEach(async () => {
  await server.dispose();
});

test('set up a team, invite, join: A saves an inquiry and B sees it; B closes A’s follow-up and A sees it done; B offline keeps working and catches up; a removed member gets nothing new', async ({
  browser,
}) => {
  const annaAccess: TeamAccess = {
    server: server.url,
    database: 'kreis-musterstadt',
    user: 'anna',
    password: 'Anna-Passwort-2026',
    name: 'Anna Schulz',
    device: 'PC Büro 1',
  };
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  try {
    const a = await openApp(await contextA.newPage());
    const teamA = new TeamPage(a.page);
    await a.inquiries.create({
      requester: 'Polizei',
      topic: 'Arbeit / Ausbildung',
      subject: 'Beratung nach Vorfall',
    });

    // Set-up: a wrong password is named and changes nothing; then it works.
    await teamA.goto();
    let dialog = await teamA.openSetUp();
    await teamA.fillAccess(dialog, { ...annaAccess, password: 'falsch' });
    await dialog.getByRole('textbox', { name: 'Name des Büros' }).fill('Integrationsbüro Musterstadt');
    await dialog.getByRole('button', { name: 'Team einrichten' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Benutzername oder Passwort falsch');
    await dialog.getByLabel('Passwort (Server)').fill(annaAccess.password);
    await dialog.getByRole('button', { name: 'Team einrichten' }).click();
    await expect(dialog).toBeHidden();
    // "Team einrichten …" went with the section's change: the focus is on its title, not lost.
    await expect(a.page.getByRole('heading', { level: 2, name: 'Team', exact: true })).toBeFocused();
    await expect(teamA.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    await expect(teamA.section().getByRole('table', { name: 'Mitglieder' })).toContainText('Anna Schulz');
    // The status in the top bar leads there by keyboard, from any screen (and the focus goes along).
    await a.page.getByRole('navigation').getByRole('link', { name: 'Heute' }).click();
    await teamA.status().focus();
    await a.page.keyboard.press('Enter');
    await expect(a.page.getByRole('heading', { level: 2, name: 'Team' })).toBeFocused();
    const code = await teamA.invite();

    // Join on B's computer with the code.
    const b = await openApp(await contextB.newPage());
    const teamB = new TeamPage(b.page);
    await teamB.goto();
    const ben = {
      ...annaAccess,
      user: 'ben',
      password: 'Ben-Passwort-2026',
      name: 'Ben Weber',
      device: 'Laptop',
    };
    await teamB.join(ben, code.toLowerCase());
    await expect(
      b.page.getByText('Sie sind dem Team „Integrationsbüro Musterstadt“ beigetreten.'),
    ).toBeVisible();
    await expect(teamB.status()).toContainText('Synchronisiert', { timeout: 30_000 });
    await b.inquiries.goto();
    await expect(b.inquiries.row('Beratung nach Vorfall')).toContainText('Polizei');

    // A saves a new inquiry and a follow-up: B sees both without doing anything.
    await a.inquiries.create({
      requester: 'Schule / Kita',
      topic: 'Sprache / Sprachkurs',
      subject: 'Sprachkurs für Familie Haddad',
    });
    await a.followups.goto();
    await a.followups.add('Rückruf Jobcenter', 'morgen');
    await expect(b.inquiries.row('Sprachkurs für Familie Haddad')).toBeVisible({ timeout: 15_000 });
    await b.followups.goto();
    await b.followups.markDone('Rückruf Jobcenter');
    // On A's screen it leaves the open follow-ups and shows as done under "Erledigte anzeigen".
    const doneBox = a.page.getByRole('checkbox', { name: /„Rückruf Jobcenter“/ });
    await expect(doneBox).toBeHidden({ timeout: 15_000 });
    await a.page.getByLabel('Erledigte anzeigen').check();
    await expect(doneBox).toBeChecked();

    // Offline, B keeps working and the top bar counts what waits; back online, it goes out.
    await contextB.setOffline(true);
    await b.inquiries.goto();
    await b.inquiries.create({
      requester: 'Polizei',
      topic: 'Arbeit / Ausbildung',
      subject: 'Rückfrage Polizei offline',
    });
    await expect(teamB.status()).toContainText('Offline – 1 Änderung wartet', { timeout: 20_000 });
    await a.inquiries.goto();
    await contextB.setOffline(false);
    await expect(a.inquiries.row('Rückfrage Polizei offline')).toBeVisible({ timeout: 20_000 });
    await expect(teamB.status()).toContainText('Synchronisiert');

    // The code is used up: a third computer cannot join with it.
    const c = await openApp(await (await browser.newContext()).newPage());
    const teamC = new TeamPage(c.page);
    await teamC.goto();
    dialog = await teamC.openJoin();
    await teamC.fillAccess(dialog, { ...annaAccess, name: 'Carla', device: 'PC 3' });
    await dialog.getByRole('textbox', { name: 'Einladungscode' }).fill(code);
    await dialog.getByRole('button', { name: 'Beitreten' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Diesen Einladungscode gibt es nicht oder er wurde schon verwendet',
    );
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(teamC.section()).toContainText('Dieser Tresor gehört zu keinem Team.');

    // A code handed out by mistake: the section counts it, and "Einladungen zurückziehen" ends it.
    await teamA.goto();
    await teamA.invite();
    await expect(teamA.section()).toContainText('1 Einladung wurde noch nicht benutzt');
    await teamA.section().getByRole('button', { name: 'Einladungen zurückziehen …' }).click();
    const withdraw = a.page.getByRole('dialog', { name: 'Einladungen zurückziehen?' });
    await withdraw.getByRole('button', { name: 'Zurückziehen' }).click();
    await expect(a.page.getByText('1 Einladung zurückgezogen')).toBeVisible();
    await expect(teamA.section()).not.toContainText('noch nicht benutzt');
    // The members table says when each computer last synced.
    const members = teamA.section().getByRole('table', { name: 'Mitglieder' });
    await expect(members.getByRole('columnheader', { name: 'Zuletzt synchronisiert' })).toBeVisible();
    await expect(members.getByRole('row').filter({ hasText: 'Ben Weber' })).toContainText(
      /gerade eben|vor \d+ Min\./,
    );

    // Ben leaves the office: A removes him; what A writes afterwards never reaches his computer.
    await teamA.section().getByRole('button', { name: 'Ben Weber aus dem Team entfernen' }).click();
    const confirm = a.page.getByRole('dialog', { name: 'Ben Weber aus dem Team entfernen?' });
    await expect(confirm).toContainText('lässt sich nicht zurückholen');
    await confirm.getByRole('button', { name: 'Entfernen' }).click();
    await expect(a.page.getByText('Ben Weber ist aus dem Team entfernt.', { exact: false })).toBeVisible({
      timeout: 30_000,
    });
    await expect(teamA.section().getByRole('table', { name: 'Mitglieder' })).toContainText('entfernt am');
    await a.inquiries.create({
      requester: 'Polizei',
      topic: 'Arbeit / Ausbildung',
      subject: 'Nach Bens Ausscheiden',
    });
    await expect(teamB.status()).toContainText('Dieser Computer wurde aus dem Team entfernt', {
      timeout: 30_000,
    });
    await expect(b.inquiries.row('Rückfrage Polizei offline')).toBeVisible();
    await expect(b.inquiries.row('Nach Bens Ausscheiden')).toHaveCount(0);

    // Ben leaves the team on his computer: it syncs no more, his records stay.
    await teamB.goto();
    await teamB.section().getByRole('button', { name: 'Team verlassen …' }).click();
    const leave = b.page.getByRole('dialog', { name: 'Team verlassen?' });
    await expect(leave).toContainText('alle Einträge bleiben hier');
    await leave.getByRole('button', { name: 'Team verlassen' }).click();
    await expect(b.page.getByText('Sie haben das Team verlassen.', { exact: false })).toBeVisible();
    await expect(teamB.section()).toContainText('Dieser Tresor gehört zu keinem Team.');
    await expect(teamB.status()).toHaveCount(0);
    await b.inquiries.goto();
    await expect(b.inquiries.row('Rückfrage Polizei offline')).toBeVisible();
  } finally {
    await contextA.close();
    await contextB.close();
  }
});

/** A with a team set up and B joined, both synced (the first test covers each step's messages). */
async function twoMembers(browser: import('@playwright/test').Browser): Promise<{
  a: App;
  b: App;
  contexts: import('@playwright/test').BrowserContext[];
}> {
  const access: TeamAccess = {
    server: server.url,
    database: 'kreis-musterstadt',
    user: 'anna',
    password: 'Anna-Passwort-2026',
    name: 'Anna Schulz',
    device: 'PC Büro 1',
  };
  const contexts = [await browser.newContext(), await browser.newContext()];
  const a = await openApp(await contexts[0]!.newPage());
  const teamA = new TeamPage(a.page);
  await teamA.goto();
  const dialog = await teamA.openSetUp();
  await teamA.fillAccess(dialog, access);
  await dialog.getByRole('button', { name: 'Team einrichten' }).click();
  await expect(dialog).toBeHidden();
  const code = await teamA.invite();
  const b = await openApp(await contexts[1]!.newPage());
  const teamB = new TeamPage(b.page);
  await teamB.goto();
  await teamB.join(
    { ...access, user: 'ben', password: 'Ben-Passwort-2026', name: 'Ben Weber', device: 'Laptop' },
    code,
  );
  await expect(teamB.status()).toContainText('Synchronisiert', { timeout: 30_000 });
  return { a, b, contexts };
}

test('both offline, both edit the same inquiry: after reconnecting both show the same record, nothing lost, the conflict in the history; a deletion reaches the other computer and re-keys its vault; new access data from IT', async ({
  browser,
}) => {
  const { a, b, contexts } = await twoMembers(browser);
  try {
    await a.inquiries.create({
      requester: 'Schule / Kita',
      topic: 'Sprache / Sprachkurs',
      subject: 'Sprachkurs gesucht',
    });
    await b.inquiries.goto();
    await expect(b.inquiries.row('Sprachkurs gesucht')).toBeVisible({ timeout: 15_000 });
    // Each member is "Ich bin" on their own computer, by the name given when joining: a new
    // inquiry suggests it as "Bearbeitet von".
    await b.inquiries.openNewWithButton();
    await expect(b.inquiries.dialog().getByRole('combobox', { name: 'Bearbeitet von' })).toHaveValue(
      'Ben Weber',
      { timeout: 15_000 },
    );
    await b.page.keyboard.press('Escape');
    await expect(b.inquiries.dialog()).toBeHidden();
    await a.followups.goto();
    await a.followups.add('Rückruf VHS', 'morgen');
    await b.followups.goto();
    await expect(b.page.getByRole('button', { name: 'Rückruf VHS' })).toBeVisible({ timeout: 15_000 });

    await contexts[0]!.setOffline(true);
    await contexts[1]!.setOffline(true);
    // Both rename the follow-up (Anna first).
    for (const [member, title] of [
      [a, 'Rückruf VHS Montag'],
      [b, 'Rückruf VHS Dienstag'],
    ] as const) {
      await member.page.getByRole('button', { name: 'Rückruf VHS' }).click();
      await member.followups.dialog().getByRole('textbox', { name: 'Titel' }).fill(title);
      await member.followups.save();
    }
    // Anna: subject and status. Ben, a little later: subject and notes.
    await a.inquiries.goto();
    await a.inquiries.open('Sprachkurs gesucht');
    await a.inquiries
      .dialog()
      .getByRole('textbox', { name: 'Betreff' })
      .fill('Sprachkurs B1 für Familie Haddad');
    await a.inquiries.setStatus('erledigt');
    await a.inquiries.save();
    await b.inquiries.goto();
    await b.inquiries.open('Sprachkurs gesucht');
    await b.inquiries
      .dialog()
      .getByRole('textbox', { name: 'Betreff' })
      .fill('Integrationskurs für Familie Haddad');
    await b.inquiries
      .dialog()
      .getByRole('textbox', { name: 'Notizen' })
      .fill('VHS hat noch Plätze ab Januar');
    await b.inquiries.save();
    await expect(new TeamPage(b.page).status()).toContainText('Offline – 2 Änderungen warten', {
      timeout: 20_000,
    });

    await contexts[0]!.setOffline(false);
    await contexts[1]!.setOffline(false);
    // Both end with Ben's later subject, Anna's status and Ben's notes; Anna's subject is in the history.
    for (const member of [a, b]) {
      const heading = member.page.getByRole('heading', {
        level: 1,
        name: 'Integrationskurs für Familie Haddad',
      });
      await expect(heading).toBeVisible({ timeout: 30_000 });
      await expect(member.page.getByText('VHS hat noch Plätze ab Januar')).toBeVisible();
      const history = member.page.getByRole('region', { name: 'Verlauf' });
      // On Ben's computer the heading is his own subject from the start: the merge of Anna's change
      // shows only here, and may take a few rounds on a loaded machine.
      await expect(history).toContainText('Konflikt', { timeout: 30_000 });
      await expect(history).toContainText(
        'Betreff: „Sprachkurs B1 für Familie Haddad“ von Anna Schulz wurde durch eine spätere Änderung ersetzt',
      );
    }
    // Einstellungen → Team lists the records with conflicts; one opens the inquiry.
    const teamA = new TeamPage(a.page);
    await teamA.goto();
    const notice = teamA.section().getByRole('region', { name: '2 Einträge mit Konflikten' });
    await expect(notice).toContainText('Zwei Mitglieder haben dasselbe Feld geändert');
    // The follow-up's dialog shows what was replaced.
    await notice.getByRole('button', { name: /Wiedervorlage: Rückruf VHS Dienstag/ }).click();
    await expect(
      a.followups.dialog().getByRole('region', { name: /^Konflikt: ein Wert wurde/ }),
    ).toContainText('Titel: „Rückruf VHS Montag“ von Anna Schulz wurde durch eine spätere Änderung ersetzt');
    await a.page.keyboard.press('Escape');
    await expect(a.followups.dialog()).toBeHidden();
    await notice.getByRole('button', { name: /Anfrage: Integrationskurs für Familie Haddad/ }).click();
    await expect(
      a.page.getByRole('heading', { level: 1, name: 'Integrationskurs für Familie Haddad' }),
    ).toBeVisible();
    await a.inquiries.goto();
    await expect(a.inquiries.row('Integrationskurs für Familie Haddad')).toContainText('erledigt');
    await b.inquiries.goto();
    await expect(b.inquiries.row('Integrationskurs für Familie Haddad')).toContainText('erledigt');

    // Anna deletes it: on Ben's computer it goes too, and his vault is re-keyed so that its old
    // content leaves his storage files as well.
    await a.inquiries.openDetail('Integrationskurs für Familie Haddad');
    await a.page.getByRole('button', { name: 'Löschen' }).click();
    const ask = a.page.getByRole('dialog', { name: 'Anfrage löschen?' });
    await expect(ask).toHaveAccessibleDescription(/auf allen Computern des Teams/);
    await ask.getByRole('button', { name: 'Löschen' }).click();
    const rekey = b.page.getByRole('dialog', { name: 'Tresor neu verschlüsseln' });
    await expect(rekey).toContainText('Ein Mitglied des Teams hat 1 Eintrag gelöscht oder anonymisiert', {
      timeout: 30_000,
    });
    await expect(rekey.getByRole('status')).toContainText('Neu verschlüsselt.', { timeout: 30_000 });
    await rekey.getByRole('button', { name: 'Schließen' }).click();
    await expect(b.inquiries.row('Integrationskurs für Familie Haddad')).toHaveCount(0);
    // The deleted inquiry leaves the notice; "Gesehen" hides the rest on Anna's computer only.
    await teamA.goto();
    const left = teamA.section().getByRole('region', { name: '1 Eintrag mit Konflikt' });
    await left.getByRole('button', { name: 'Gesehen' }).focus();
    await a.page.keyboard.press('Enter');
    await expect(a.page.getByText('Konflikte als gesehen markiert')).toBeVisible();
    // The button went with the notice: the focus is on the section's title, not lost to the page.
    await expect(a.page.getByRole('heading', { level: 2, name: 'Team', exact: true })).toBeFocused();
    await expect(teamA.section().getByRole('region', { name: /mit Konflikt/ })).toHaveCount(0);
    const teamB = new TeamPage(b.page);
    await teamB.goto();
    await expect(teamB.section().getByRole('region', { name: '1 Eintrag mit Konflikt' })).toBeVisible();

    // IT gives Ben a new password: his top bar says what is wrong until he enters it.
    const user = (await (await server.admin('/_users/org.couchdb.user:ben')).json()) as Record<
      string,
      unknown
    >;
    await server.admin('/_users/org.couchdb.user:ben', {
      method: 'PUT',
      body: JSON.stringify({ ...user, password: 'Ben-Neu-2027' }),
    });
    await expect(teamB.status()).toContainText('Benutzername oder Passwort falsch', { timeout: 30_000 });
    await teamB.status().click();
    await teamB.section().getByRole('button', { name: 'Zugangsdaten ändern …' }).click();
    const access = b.page.getByRole('dialog', { name: 'Zugangsdaten ändern' });
    await expect(access.getByRole('textbox', { name: 'Benutzername (Server)' })).toHaveValue('ben');
    await access.getByLabel('Passwort (Server)').fill('Ben-Neu-2027');
    await access.getByRole('button', { name: 'Speichern' }).click();
    await expect(access).toBeHidden();
    await expect(teamB.status()).toContainText('Synchronisiert', { timeout: 30_000 });
  } finally {
    for (const context of contexts) await context.close();
  }
});
