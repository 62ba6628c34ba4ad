// The team-sync figures of `npm run bench` (issue 16), through the app's own screens against a
// CouchDB-compatible server started here (pouchdb-server on loopback, set up as IT would):
// member A's first upload of the seeded vault, member B's first download on a new computer, one
// change from A visible on B, and 500 changes made offline on each side converging.
import { writeFile } from 'node:fs/promises';
import { startCouchServer } from '../support/couchServer.mjs';
import { typePassword } from './typing.mjs';

const DATABASE = 'kreis-musterstadt';
const ANNA = { user: 'anna', password: 'Anna-Passwort-2026', name: 'Anna Schulz', device: 'PC Büro 1' };
const BEN = { user: 'ben', password: 'Ben-Passwort-2026', name: 'Ben Weber', device: 'Laptop' };
const LENA = { user: 'lena', password: 'Lena-Passwort-2026', name: 'Lena Vogt', device: 'PC Amtsleitung' };
const STATISTICS = `${DATABASE}-statistik`;
/** Changes made offline on each computer; half of them on the same inquiries (same field). */
const OFFLINE_CHANGES = 500;
/** Nothing changed on either computer or on the server for this long: the two have settled. */
const SETTLED_MS = 6000;
/** After the first download, before the "change visible" measure. */
const SETTLE_AFTER_DOWNLOAD_MS = 15_000;

const chipOf = (page) => page.getByRole('button', { name: /^Stand der Synchronisierung/ });
const chipText = async (page) =>
  (
    (await chipOf(page)
      .textContent()
      .catch(() => '')) ?? ''
  ).trim();
const isSynced = (text) => /^Synchronisiert/.test(text) && !/warte/.test(text);

async function unlock(page, base, password) {
  await page.goto(`${base}/`);
  await typePassword(page, password);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await page.getByRole('heading', { level: 1, name: /^Heute, / }).waitFor({ timeout: 120_000 });
}

async function openTeamSection(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  return page.getByRole('region', { name: 'Team' });
}

async function fillAccess(dialog, server, member, database = DATABASE) {
  await dialog.getByRole('textbox', { name: 'Serveradresse' }).fill(server);
  await dialog.getByRole('textbox', { name: 'Datenbank' }).fill(database);
  await dialog.getByRole('textbox', { name: 'Benutzername (Server)' }).fill(member.user);
  await dialog.getByLabel('Passwort (Server)').fill(member.password);
  await dialog.getByRole('textbox', { name: 'Ihr Name' }).fill(member.name);
  await dialog.getByRole('textbox', { name: 'Dieser Computer' }).fill(member.device);
}

/** Waits until the top bar says "Synchronisiert" with nothing waiting; returns the ms since `since`. */
async function untilSynced(page, since, timeoutMs = 900_000) {
  for (;;) {
    if (isSynced(await chipText(page))) return Date.now() - since;
    if (Date.now() - since > timeoutMs) throw new Error(`not synced: ${await chipText(page)}`);
    await page.waitForTimeout(200);
  }
}

/** Longest main-thread task on the page from now on (read with the returned function). */
async function watchLongTasks(page) {
  const tasks = [];
  await page.exposeBinding('__benchLongTask', (_source, ms) => tasks.push(ms));
  await page.evaluate(() =>
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) void window.__benchLongTask(entry.duration);
    }).observe({ type: 'longtask' }),
  );
  return () => Math.max(0, ...tasks);
}

/** The phases of the unlock that the page just did (ms). */
function unlockPhases(page) {
  return page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(`anlaufstelle:${name}`)[0]?.startTime ?? NaN;
    const start = mark('unlock-start');
    return {
      kdf: mark('unlock-kdf-done') - start,
      read: mark('unlock-read-done') - mark('unlock-kdf-done'),
      decrypt: mark('unlock-decrypt-done') - mark('unlock-read-done'),
      ready: mark('start-screen-ready') - mark('unlock-decrypt-done'),
      total: mark('start-screen-ready') - start,
    };
  });
}

/**
 * The median unlock of `runs` (phases of the run with the median total). Between two, the app has
 * time to write its snapshot, so rows written since the last one are not what is measured.
 */
async function medianUnlock(page, base, password, runs = 3) {
  const all = [];
  for (let run = 0; run < runs; run++) {
    await unlock(page, base, password);
    all.push(await unlockPhases(page));
    await page.waitForTimeout(4_000);
  }
  all.sort((x, y) => x.total - y.total);
  return all[Math.floor(runs / 2)];
}

const phasesText = (phases) =>
  Object.entries(phases)
    .map(([phase, ms]) => `${phase} ${ms.toFixed(0)} ms`)
    .join(', ');

async function benchPage(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/bench/index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

/** Waits until the statistics database took nothing new for SETTLED_MS; returns its documents. */
async function untilPublished(page, couch, since) {
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const count = (await (await couch.admin(`/${STATISTICS}`)).json()).doc_count;
    if (count !== last) lastChange = Date.now();
    last = count;
    if (count > 1 && Date.now() - lastChange > SETTLED_MS) return { docs: count, ms: lastChange - since };
    if (Date.now() - since > 900_000) throw new Error(`not published: ${count} documents`);
    await page.waitForTimeout(500);
  }
}

/**
 * The office lead (issue 17): A invites the lead, which starts the publication of every record's
 * statistics projection; the lead's new computer downloads them; the lead's unlock.
 */
async function measureLead({ context, newContext, base, password, couch, log }) {
  const figures = {};
  await couch.start();
  const a = await context.newPage();
  await unlock(a, base, password);
  await untilSynced(a, Date.now(), 120_000);
  const section = await openTeamSection(a);
  await section.getByRole('button', { name: 'Leitung einladen …' }).click();
  const invite = a.getByRole('dialog', { name: 'Leitung oder Haushalt einladen' });
  const longestA = await watchLongTasks(a);
  let start = Date.now();
  await invite.getByRole('button', { name: 'Code erstellen' }).click();
  const code = await invite.getByLabel('Einladungscode', { exact: true }).textContent({ timeout: 60_000 });
  await invite.getByRole('button', { name: 'Schließen' }).click();
  const published = await untilPublished(a, couch, start);
  figures.publishMs = published.ms;
  figures.publishLongestTaskMs = longestA();
  log(
    `  statistics for the lead: ${published.docs.toLocaleString('de-DE')} documents published in ${(published.ms / 1000).toFixed(1)} s (longest task on A's computer ${figures.publishLongestTaskMs.toFixed(0)} ms)`,
  );
  const contextL = await newContext();
  try {
    const l = await contextL.newPage();
    await l.goto(`${base}/`);
    await l.getByLabel('Passwort', { exact: true }).fill(password);
    await l.getByLabel('Passwort wiederholen').fill(password);
    await l.getByRole('button', { name: 'Tresor anlegen' }).click();
    await l.getByLabel(/sicher aufbewahrt/).check({ timeout: 60_000 });
    await l.getByRole('button', { name: 'Weiter' }).click();
    await (await openTeamSection(l)).getByRole('button', { name: 'Einem Team beitreten …' }).click();
    const join = l.getByRole('dialog', { name: 'Einem Team beitreten' });
    await fillAccess(join, couch.url, LENA, STATISTICS);
    await join.getByRole('textbox', { name: 'Einladungscode' }).fill(code ?? '');
    const longestL = await watchLongTasks(l);
    start = Date.now();
    await join.getByRole('button', { name: 'Beitreten' }).click();
    figures.leadDownloadMs = await untilSynced(l, start);
    figures.leadDownloadLongestTaskMs = longestL();
    log(
      `  the lead's first download: ${(figures.leadDownloadMs / 1000).toFixed(1)} s (longest task ${figures.leadDownloadLongestTaskMs.toFixed(0)} ms)`,
    );
    await l.waitForTimeout(SETTLE_AFTER_DOWNLOAD_MS);
    await l.close();
    await couch.stop();
    const lead = await contextL.newPage();
    // The lead's start screen is Auswertung, not Heute.
    const all = [];
    for (let run = 0; run < 3; run++) {
      await lead.goto(`${base}/`);
      await typePassword(lead, password);
      await lead.getByRole('button', { name: 'Entsperren' }).click();
      await lead.getByRole('heading', { level: 1, name: 'Auswertung' }).waitFor({ timeout: 120_000 });
      all.push(await unlockPhases(lead));
      await lead.waitForTimeout(4_000);
    }
    all.sort((x, y) => x.total - y.total);
    figures.leadUnlockMs = all[1].total;
    log(`  the lead's unlock (median of 3): ${phasesText(all[1])}`);
    await lead.close();
  } finally {
    await a.close();
    await contextL.close();
  }
  return figures;
}

/**
 * `context`: member A's browser profile with the seeded vault (unlocked with `password`);
 * `newContext`: a fresh profile for member B. Returns the figures (ms, counts).
 */
export async function measureSync({ context, newContext, base, password, log }) {
  const couch = await startCouchServer({ corsOrigin: base });
  const figures = {};
  let contextB;
  try {
    await couch.addUser(ANNA.user, ANNA.password);
    await couch.addUser(BEN.user, BEN.password);
    await couch.createDatabase(DATABASE, [ANNA.user, BEN.user]);
    await couch.addUser(LENA.user, LENA.password);
    await couch.createDatabase(STATISTICS, [ANNA.user, BEN.user, LENA.user]);

    // A sets up the team: every record sealed under the team key and uploaded.
    let a = await context.newPage();
    // The same vault's unlock before it is a team's, in the same conditions: what "unchanged" means.
    const alone = await medianUnlock(a, base, password);
    figures.unlockAloneMs = alone.total;
    log(`  unlock before the team (median of 3): ${phasesText(alone)}`);
    let section = await openTeamSection(a);
    await section.getByRole('button', { name: 'Team einrichten …' }).click();
    const setUp = a.getByRole('dialog', { name: 'Team einrichten' });
    await fillAccess(setUp, couch.url, ANNA);
    await setUp.getByRole('textbox', { name: 'Name des Büros' }).fill('Integrationsbüro Musterstadt');
    const longestA = await watchLongTasks(a);
    let start = Date.now();
    await setUp.getByRole('button', { name: 'Team einrichten' }).click();
    figures.uploadMs = await untilSynced(a, start);
    figures.uploadLongestTaskMs = longestA();
    figures.serverDocs = (await (await couch.admin(`/${DATABASE}`)).json()).doc_count;
    log(
      `  first upload: ${figures.serverDocs.toLocaleString('de-DE')} documents in ${(figures.uploadMs / 1000).toFixed(1)} s`,
    );

    // B joins on a new computer and downloads everything.
    await section.getByRole('button', { name: 'Mitglied einladen …' }).click();
    const invite = a.getByRole('dialog', { name: 'Mitglied einladen' });
    const code = await invite.getByLabel('Einladungscode', { exact: true }).textContent({ timeout: 60_000 });
    await invite.getByRole('button', { name: 'Schließen' }).click();
    contextB = await newContext();
    let b = await contextB.newPage();
    await b.goto(`${base}/`);
    await b.getByLabel('Passwort', { exact: true }).fill(password);
    await b.getByLabel('Passwort wiederholen').fill(password);
    await b.getByRole('button', { name: 'Tresor anlegen' }).click();
    await b.getByLabel(/sicher aufbewahrt/).check({ timeout: 60_000 });
    await b.getByRole('button', { name: 'Weiter' }).click();
    await (await openTeamSection(b)).getByRole('button', { name: 'Einem Team beitreten …' }).click();
    const join = b.getByRole('dialog', { name: 'Einem Team beitreten' });
    await fillAccess(join, couch.url, BEN);
    await join.getByRole('textbox', { name: 'Einladungscode' }).fill(code ?? '');
    const longestB = await watchLongTasks(b);
    // BENCH_PROFILE=FILE (with BENCH_ONLY=sync): a CPU profile of the new computer's download.
    const profiler = process.env.BENCH_PROFILE ? await contextB.newCDPSession(b) : undefined;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.setSamplingInterval', { interval: 500 });
    await profiler?.send('Profiler.start');
    start = Date.now();
    await join.getByRole('button', { name: 'Beitreten' }).click();
    figures.downloadMs = await untilSynced(b, start);
    figures.downloadLongestTaskMs = longestB();
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      await writeFile(process.env.BENCH_PROFILE, JSON.stringify(profile));
    }
    log(`  first download on a new computer: ${(figures.downloadMs / 1000).toFixed(1)} s`);

    // A saves an inquiry; B, on its list, sees it without doing anything. (In everyday work: after
    // the first download has settled — its background work, the search index, the snapshot.)
    await b.waitForTimeout(SETTLE_AFTER_DOWNLOAD_MS);
    await b.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
    await a.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
    await a.getByRole('button', { name: 'Neue Anfrage' }).first().click();
    const dialog = a.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Anfragende Stelle' }).fill('Polizei');
    await a.getByRole('option', { name: 'Polizei', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Themen' }).fill('Arbeit');
    await a.getByRole('option').first().click();
    const subject = `Benchmark-Rückfrage ${Date.now()}`;
    await dialog.getByRole('textbox', { name: 'Betreff' }).fill(subject);
    await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
    start = Date.now();
    await a.getByText('Gespeichert', { exact: true }).waitFor();
    await b.getByRole('row').filter({ hasText: subject }).waitFor({ timeout: 60_000 });
    figures.visibleMs = Date.now() - start;
    log(`  a change visible on the other computer: ${(figures.visibleMs / 1000).toFixed(1)} s`);

    // Two weeks apart: 500 changes on each side while offline, 250 of them to the same inquiries.
    await a.close();
    await b.close();
    const changes = [
      [context, 0, 'A'],
      [contextB, OFFLINE_CHANGES / 2, 'B'],
    ];
    for (const [memberContext, from, tag] of changes) {
      const page = await benchPage(memberContext, base);
      await page.evaluate(
        ([pw, first, count, mark]) => window.bench.teamEdits(pw, first, count, mark),
        [password, from, OFFLINE_CHANGES, `Offline-Änderung ${tag}`],
      );
      await page.close();
    }
    // Unreachable server while they open the app again: each top bar counts what waits.
    await couch.stop();
    b = await contextB.newPage();
    await unlock(b, base, password);
    a = await context.newPage();
    await unlock(a, base, password);
    await a
      .getByText(/Änderungen? warte/)
      .first()
      .waitFor({ timeout: 60_000 });
    await b
      .getByText(/Änderungen? warte/)
      .first()
      .waitFor({ timeout: 60_000 });
    // Back: the server runs again and the laptops' network returns (the browser's "online" event).
    // Settled: for SETTLED_MS no round moved documents (the top bar counts them: "Wird
    // synchronisiert … 500 Einträge"), nothing waits, and the server took nothing new.
    await couch.start();
    start = Date.now();
    for (const memberContext of [context, contextB]) {
      await memberContext.setOffline(true);
      await memberContext.setOffline(false);
    }
    let lastSeq = '';
    let lastChange = start;
    for (;;) {
      const texts = [await chipText(a), await chipText(b)];
      const seq = String((await (await couch.admin(`/${DATABASE}`)).json()).update_seq);
      const moving = texts.some((text) => /Einträge|warte/.test(text));
      if (moving || seq !== lastSeq) lastChange = Date.now();
      lastSeq = seq;
      if (texts.every(isSynced) && Date.now() - lastChange > SETTLED_MS) break;
      if (Date.now() - start > 300_000) throw new Error(`not settled: ${texts.join(' / ')}`);
      await a.waitForTimeout(100);
    }
    figures.convergeMs = lastChange - start;
    await a.close();
    await b.close();
    const prints = [];
    for (const memberContext of [context, contextB]) {
      const page = await benchPage(memberContext, base);
      prints.push(
        await page.evaluate(
          ([pw, count]) => window.bench.inquiryFingerprint(pw, 0, count),
          [password, OFFLINE_CHANGES * 1.5],
        ),
      );
      await page.close();
    }
    figures.converged = prints[0] === prints[1];
    log(
      `  ${OFFLINE_CHANGES} + ${OFFLINE_CHANGES} offline changes settled after ${(figures.convergeMs / 1000).toFixed(1)} s; both computers ${figures.converged ? 'hold the same records' : `DIFFER (${prints.join(' ≠ ')})`}`,
    );
    // A member's unlock (the sync's clocks and marks in every record), the server away: no round runs.
    await couch.stop();
    b = await contextB.newPage();
    const phases = await medianUnlock(b, base, password);
    figures.unlockMs = phases.total;
    log(`  a member's unlock (median of 3): ${phasesText(phases)}`);
    await b.close();
    // What each stores (the same records): the difference in the unlock should come from here.
    for (const [who, memberContext] of [
      ['A', context],
      ['B', contextB],
    ]) {
      const page = await benchPage(memberContext, base);
      log(
        `  ${who}'s vault: ${JSON.stringify(await page.evaluate((pw) => window.bench.vaultStats(pw), password))}`,
      );
      await page.close();
    }
    a = await context.newPage();
    const afterTeam = await medianUnlock(a, base, password);
    log(`  A's unlock after the team (median of 3): ${phasesText(afterTeam)}`);
    await a.close();
    Object.assign(figures, await measureLead({ context, newContext, base, password, couch, log }));
    return figures;
  } finally {
    await contextB?.close();
    await couch.dispose();
  }
}
