// npm run bench: stores a ten-year dataset through the real storage code in Chromium, then measures
// the app as a coordinator meets it. Prints a table (median of several runs, target beside it);
// `--json FILE` also writes the figures. Figures, not pass/fail: a busy machine must not fail a build.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { BASELINE_REV, buildBaseline, measureColdStarts } from './coldStart.mjs';
import { measureUiLongTasks } from './longTasks.mjs';
import { measureSync } from './syncBench.mjs';
import { typePassword } from './typing.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const jsonFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_SCALE=1|2|4: the data at that many times the ten-year size (50,000 inquiries, 20,000
// follow-ups, 600 organisations, 2,000 persons, 5,000 activities per 1×).
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
if (![1, 2, 4].includes(SCALE)) throw new Error('BENCH_SCALE must be 1, 2 or 4.');
const INQUIRIES = Number(process.env.BENCH_INQUIRIES ?? 50_000 * SCALE);
const FOLLOWUPS = Number(process.env.BENCH_FOLLOWUPS ?? 20_000 * SCALE);
const PASSWORD = 'Benchmark-Passwort-2026!';
const PORT = Number(process.env.BENCH_PORT ?? 4721);
// BENCH_ONLY=safety: seed, then only backup, restore, password change and re-keying (for work on those).
// BENCH_ONLY=rekey: seed, then only the re-keying (on storage no restore has churned).
const ONLY_REKEY = process.env.BENCH_ONLY === 'rekey';
const ONLY_SAFETY = process.env.BENCH_ONLY === 'safety' || ONLY_REKEY;
// BENCH_ONLY=work: seed, then only the list, search, heap and long-task figures.
const ONLY_WORK = process.env.BENCH_ONLY === 'work';
// BENCH_ONLY=sync: seed, then only the team sync (two members, a server started here).
const ONLY_SYNC = process.env.BENCH_ONLY === 'sync';
/** Saves in a row for the long-task figure: over SNAPSHOT_AFTER_ROWS (100), so a snapshot follows. */
const SERIES_SAVES = 120;

// Targets of issue 21, for the scale that runs. Restore: 10 s per ten-year size; the others hold
// at every scale (a coordinator's patience does not grow with the data).
const TARGET = {
  unlockMs: 1500,
  restoreMs: 10_000 * SCALE,
  listMs: 100,
  heapMB: 250,
  longTaskMs: 100,
};

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function log(message) {
  process.stdout.write(`${message}\n`);
}

if (!existsSync(join(root, 'out/renderer/index.html'))) throw new Error('Run `npm run build` first.');

// The app and the bench page share one origin (and so one IndexedDB).
const site = join(root, 'out/bench-site');
await rm(site, { recursive: true, force: true });
await cp(join(root, 'out/renderer'), site, { recursive: true });
await build({
  root: join(root, 'tests/bench/page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: join(site, 'bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    // Readable function names in a profile.
    minify: !process.env.BENCH_PROFILE,
  },
});
// The build before the vault-gate split, served beside the app for the side-by-side cold start.
const baselineSkipped =
  ONLY_SAFETY || ONLY_WORK || ONLY_SYNC
    ? 'BENCH_ONLY'
    : await buildBaseline(root, BASELINE_REV, join(site, 'baseline'));
if (baselineSkipped) log(`Cold-start baseline skipped: ${baselineSkipped}`);
const server = await preview({
  root,
  logLevel: 'warn',
  preview: { port: PORT, strictPort: true, host: '127.0.0.1', open: false },
  build: { outDir: site },
});
const base = `http://127.0.0.1:${PORT}`;

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** Temporary browser profiles (each a computer of its own), deleted at the end. */
const profiles = [];
/** A browser with a fresh profile of its own: its own IndexedDB, as on another computer. */
async function launchProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'anlaufstelle-bench-'));
  profiles.push(dir);
  return chromium.launchPersistentContext(dir, {
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--js-flags=--expose-gc',
    ],
    viewport: { width: 1366, height: 768 },
    locale: 'de-DE',
  });
}
const context = await launchProfile();

try {
  log(
    `Seeding ${INQUIRIES.toLocaleString('de-DE')} inquiries and ${FOLLOWUPS.toLocaleString('de-DE')} follow-ups through the real storage code …`,
  );
  const seedPage = await context.newPage();
  await seedPage.goto(`${base}/bench/index.html`);
  await seedPage.waitForFunction(() => document.body.dataset.ready === 'true');
  const seed = await seedPage.evaluate(
    ([n, f, pw, scale]) => window.bench.seed(n, f, pw, scale),
    [INQUIRIES, FOLLOWUPS, PASSWORD, SCALE],
  );
  await seedPage.close();
  log(
    `  generated ${seed.generateMs.toFixed(0)} ms, encrypted + written ${seed.writeMs.toFixed(0)} ms, snapshot ${seed.snapshotMs.toFixed(0)} ms, ~${seed.avgRecordBytes.toFixed(0)} bytes JSON per record`,
  );

  const unlock = { kdf: [], read: [], decrypt: [], ready: [], total: [], heap: [] };
  const dashboardUi = { first: NaN, change: NaN };
  const reportPdf = { ms: NaN, kb: NaN };
  for (let run = 1; run <= (ONLY_SAFETY || ONLY_WORK || ONLY_SYNC ? 0 : RUNS); run++) {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await typePassword(page, PASSWORD);
    await page.getByRole('button', { name: 'Entsperren' }).click();
    await page.getByRole('heading', { level: 1, name: /^Heute, / }).waitFor({ timeout: 60_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name.replace('anlaufstelle:', ''), m.startTime]),
      ),
    );
    const start = marks['unlock-start'];
    unlock.kdf.push(marks['unlock-kdf-done'] - start);
    unlock.read.push(marks['unlock-read-done'] - marks['unlock-kdf-done']);
    unlock.decrypt.push(marks['unlock-decrypt-done'] - marks['unlock-read-done']);
    unlock.ready.push(marks['start-screen-ready'] - marks['unlock-decrypt-done']);
    unlock.total.push(marks['start-screen-ready'] - start);
    if (run === RUNS) {
      // First render of "Auswertung" once the idle warm-up after unlock has run (a person needs more
      // than that to reach for the menu), then the render after changing the grouping (real UI, real charts).
      await page.waitForFunction(
        () => performance.getEntriesByName('anlaufstelle:statistics-warm').length > 0,
      );
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('navigation').getByRole('link', { name: 'Auswertung' }).click();
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      dashboardUi.first = (await page.evaluate(() => performance.now())) - t0;
      // Open the menu first: its opening animation is the browser's, not the app's work.
      await page.getByRole('combobox', { name: 'Gruppierung' }).click();
      await page.getByRole('option', { name: 'Woche' }).waitFor();
      await page.waitForTimeout(400);
      const t1 = await page.evaluate(() => performance.now());
      await page.getByRole('option', { name: 'Woche' }).click();
      await page
        .getByText(/^KW \d+\/\d{4}$/)
        .first()
        .waitFor();
      dashboardUi.change = (await page.evaluate(() => performance.now())) - t1;
      // The Jahresbericht (Berichte) printed to PDF by Chromium (Electron's printToPDF is the same call).
      await page.getByRole('navigation').getByRole('link', { name: 'Berichte' }).click();
      await page.getByRole('heading', { name: /^7\. Ausblick/ }).waitFor();
      // Its parts are drawn one per task after the headings (DrawnAfter): all of them first.
      await page.waitForFunction(() => !document.querySelector('[data-drawing]'));
      await page.emulateMedia({ media: 'print' });
      const tPdf = Date.now();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      reportPdf.ms = Date.now() - tPdf;
      reportPdf.kb = pdf.length / 1024;
      await page.emulateMedia({ media: 'screen' });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    unlock.heap.push(heap.usedSize / 1024 / 1024);
    await page.close();
    log(
      `  unlock run ${run}: ${unlock.total.at(-1).toFixed(0)} ms, heap ${unlock.heap.at(-1).toFixed(0)} MB`,
    );
  }

  // The floor of an unlock after the key, measured in the same run: read, decrypt, parse — nothing else.
  let floor = { read: NaN, decrypt: NaN, parse: NaN, total: NaN };
  if (!ONLY_SAFETY && !ONLY_WORK && !ONLY_SYNC) {
    const floorPage = await context.newPage();
    await floorPage.goto(`${base}/bench/index.html`);
    await floorPage.waitForFunction(() => document.body.dataset.ready === 'true');
    floor = await floorPage.evaluate((pw) => window.bench.floor(pw), PASSWORD);
    await floorPage.close();
  }
  const afterKdf = unlock.total.map((t, i) => t - unlock.kdf[i]);

  // Cold start to the lock screen (the seeded vault makes both builds show it), alternating builds.
  const cold = { current: NaN, baseline: NaN };
  if (!ONLY_SAFETY && !ONLY_WORK && !ONLY_SYNC && !baselineSkipped) {
    const times = await measureColdStarts(
      context,
      { current: `${base}/index.html`, baseline: `${base}/baseline/index.html` },
      RUNS * 2,
    );
    cold.current = median(times.current);
    cold.baseline = median(times.baseline);
    log(
      `  cold start: ${cold.current.toFixed(0)} ms, baseline ${BASELINE_REV} ${cold.baseline.toFixed(0)} ms`,
    );
  }

  let saves = {};
  let work = {};
  let report = {};
  let heapWithSearch = NaN;
  const longest = { typing: NaN, saving: NaN, navigating: NaN, lock: NaN };
  if (!ONLY_SAFETY && !ONLY_SYNC) {
    const savePage = await context.newPage();
    if (process.env.BENCH_DEBUG) savePage.on('console', (m) => log(`  page: ${m.text()}`));
    await savePage.goto(`${base}/bench/index.html`);
    await savePage.waitForFunction(() => document.body.dataset.ready === 'true');
    saves = await savePage.evaluate((pw) => window.bench.saves(pw, 30), PASSWORD);
    work = await savePage.evaluate((pw) => window.bench.work(pw), PASSWORD);
    if (!ONLY_WORK) {
      report = await savePage.evaluate((pw) => window.bench.report(pw), PASSWORD);
      log(
        `  report files: ${report.sizes.map((n) => `${(n / 1024).toFixed(0)} KB`).join(', ')} (XLSX, CSV, DOCX)`,
      );
    }
    const workCdp = await context.newCDPSession(savePage);
    await workCdp.send('HeapProfiler.collectGarbage');
    heapWithSearch = (await workCdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    await savePage.close();

    // Long tasks: a series of saves through the data layer until the background snapshot is
    // stored (bench page), then typing, saving, navigating and locking in the real app.
    const seriesPage = await context.newPage();
    await seriesPage.goto(`${base}/bench/index.html`);
    await seriesPage.waitForFunction(() => document.body.dataset.ready === 'true');
    const series = await seriesPage.evaluate(
      ([pw, n]) => window.bench.savesWithSnapshot(pw, n),
      [PASSWORD, SERIES_SAVES],
    );
    await seriesPage.close();
    log(
      `  ${SERIES_SAVES} saves in a row: ${series.savedMs.toFixed(0)} ms, snapshot stored: ${series.snapshotStored ?? 'not tracked (waited 8 s)'}, longest task ${series.longestMs.toFixed(0)} ms`,
    );
    const ui = await measureUiLongTasks(context, base, PASSWORD);
    const { byScreen, byStep, ...byPhase } = ui;
    log(`  longest task in the app (ms): ${JSON.stringify(byPhase)}`);
    log(`  longest task per step of typing and saving (ms): ${byStep.join(', ')}`);
    log(`  longest task per screen visit (ms): ${byScreen.join(', ')}`);
    Object.assign(longest, byPhase, { saving: Math.max(byPhase.saving, series.longestMs) });
  }

  // Last: the restores end with the seeded content, but rewrite every row on the way.
  let safety = {};
  if (!ONLY_WORK && !ONLY_SYNC) {
    const safetyPage = await context.newPage();
    if (process.env.BENCH_DEBUG) safetyPage.on('console', (m) => log(`  page: ${m.text()}`));
    await safetyPage.goto(`${base}/bench/index.html`);
    await safetyPage.waitForFunction(() => document.body.dataset.ready === 'true');
    // BENCH_PROFILE=FILE: a CPU profile of the data-safety page (open in Chromium's DevTools).
    const profiler = process.env.BENCH_PROFILE ? await context.newCDPSession(safetyPage) : undefined;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
      await profiler.send('Profiler.start');
    }
    safety = await safetyPage.evaluate(
      ([pw, scale, only]) => window.bench.dataSafety(pw, scale, only),
      [PASSWORD, SCALE, ONLY_REKEY ? 'rekey' : undefined],
    );
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      await writeFile(process.env.BENCH_PROFILE, JSON.stringify(profile));
    }
    await safetyPage.close();
    if (safety.phases) log(`  restore phases (ms from start): ${JSON.stringify(safety.phases)}`);
  }

  // After everything else: the seeded vault becomes a team's (issue 16).
  let sync = {};
  if (!process.env.BENCH_ONLY || ONLY_SYNC) {
    log('Team sync: two members, a CouchDB-compatible server on loopback …');
    sync = await measureSync({
      context,
      newContext: launchProfile,
      base,
      password: PASSWORD,
      log,
    });
  }

  const rows = [
    { name: 'cold start to lock screen', median: cold.current, target: null, unit: 'ms' },
    { name: `cold start, build of ${BASELINE_REV}`, median: cold.baseline, target: null, unit: 'ms' },
    {
      name: 'cold start: ratio to that build',
      median: cold.current / cold.baseline,
      target: 0.65,
      unit: '×',
    },
    { name: 'unlock: Argon2id (KDF)', median: median(unlock.kdf), target: null, unit: 'ms' },
    { name: 'unlock: read rows + snapshot', median: median(unlock.read), target: null, unit: 'ms' },
    { name: 'unlock: decrypt + in-memory store', median: median(unlock.decrypt), target: null, unit: 'ms' },
    { name: 'unlock: render start screen', median: median(unlock.ready), target: null, unit: 'ms' },
    {
      name: 'unlock: total until start screen',
      median: median(unlock.total),
      target: TARGET.unlockMs,
      unit: 'ms',
    },
    { name: 'unlock minus KDF', median: median(afterKdf), target: null, unit: 'ms' },
    { name: 'floor: read the snapshot rows', median: floor.read, target: null, unit: 'ms' },
    { name: 'floor: AES-GCM of every row', median: floor.decrypt, target: null, unit: 'ms' },
    { name: 'floor: JSON.parse of every row', median: floor.parse, target: null, unit: 'ms' },
    {
      name: 'unlock minus KDF: ratio to the floor',
      median: median(afterKdf) / floor.total,
      // The issue's target is for the ten-year size.
      target: SCALE === 1 ? 1.5 : null,
      unit: '×',
    },
    { name: 'save one inquiry (durable)', median: saves.median, target: 50, unit: 'ms' },
    { name: 'list filter or sort change', median: work.listMedian, target: TARGET.listMs, unit: 'ms' },
    {
      name: 'list filter or sort change (slowest)',
      median: work.listMax,
      target: TARGET.listMs,
      unit: 'ms',
    },
    {
      name: 'list: first filter + sort after a data change',
      median: work.listAfterChangeMs,
      target: null,
      unit: 'ms',
    },
    { name: 'dashboard recomputation (median)', median: work.dashboardMedian, target: 50, unit: 'ms' },
    { name: 'dashboard recomputation (slowest, warm)', median: work.dashboardMax, target: 50, unit: 'ms' },
    { name: 'dashboard recomputation (first, cold)', median: work.dashboardFirst, target: null, unit: 'ms' },
    // The issue's 300 ms is for a change on the open dashboard (next row); the first visit also
    // mounts the filter bar and every chart, so it is shown for information.
    {
      name: 'dashboard first visit after warm-up (UI, one run)',
      median: dashboardUi.first,
      target: null,
      unit: 'ms',
    },
    {
      name: 'dashboard render after a change (UI, one run)',
      median: dashboardUi.change,
      target: 300,
      unit: 'ms',
    },
    { name: 'report model, one year (first)', median: report.modelFirst, target: 200, unit: 'ms' },
    { name: 'report model, one year (slowest)', median: report.modelMax, target: 200, unit: 'ms' },
    { name: 'report export XLSX', median: report.xlsxMs, target: 2000, unit: 'ms' },
    { name: 'report export CSV', median: report.csvMs, target: 2000, unit: 'ms' },
    { name: 'report export DOCX', median: report.docxMs, target: 2000, unit: 'ms' },
    { name: 'report export PDF (Chromium print)', median: reportPdf.ms, target: 3000, unit: 'ms' },
    { name: 'organisation page (median)', median: work.orgPageMedian, target: 100, unit: 'ms' },
    { name: 'organisation page (slowest)', median: work.orgPageMax, target: 100, unit: 'ms' },
    { name: 'activity list filter (slowest)', median: work.activityFilterMax, target: 100, unit: 'ms' },
    { name: 'search: build index (background)', median: work.searchBuildMs, target: null, unit: 'ms' },
    { name: 'search per keystroke', median: work.keystrokeMedian, target: 50, unit: 'ms' },
    { name: 'search per keystroke (slowest)', median: work.keystrokeMax, target: 50, unit: 'ms' },
    { name: 'list free-text filter', median: work.textFilterMs, target: TARGET.listMs, unit: 'ms' },
    {
      name: 'list free-text filter (slowest)',
      median: work.textFilterMax,
      target: TARGET.listMs,
      unit: 'ms',
    },
    { name: 'renderer JS heap after unlock', median: median(unlock.heap), target: 250, unit: 'MB' },
    { name: 'heap with search index built', median: heapWithSearch, target: TARGET.heapMB, unit: 'MB' },
    {
      name: 'longest main-thread task while typing',
      median: longest.typing,
      target: TARGET.longTaskMs,
      unit: 'ms',
    },
    {
      name: 'longest main-thread task while saving',
      median: longest.saving,
      target: TARGET.longTaskMs,
      unit: 'ms',
    },
    {
      name: 'longest main-thread task while navigating',
      median: longest.navigating,
      target: TARGET.longTaskMs,
      unit: 'ms',
    },
    { name: 'longest main-thread task at lock', median: longest.lock, target: TARGET.longTaskMs, unit: 'ms' },
    { name: 'backup: create age file (all data)', median: safety.backupMs, target: 10_000, unit: 'ms' },
    { name: 'backup: file size', median: safety.backupMB, target: null, unit: 'MB' },
    { name: 'restore: decrypt + check file', median: safety.readMs, target: null, unit: 'ms' },
    {
      name: 'restore over the same data: total',
      median: safety.restoreSameMs,
      target: TARGET.restoreMs,
      unit: 'ms',
    },
    {
      name: 'restore over data changed in every record',
      median: safety.restoreMs,
      target: TARGET.restoreMs,
      unit: 'ms',
    },
    {
      name: 'restore into an empty vault: total',
      median: safety.restoreEmptyMs,
      target: TARGET.restoreMs,
      unit: 'ms',
    },
    {
      name: 'restore over other records (all replaced)',
      median: safety.restoreOtherMs,
      target: TARGET.restoreMs,
      unit: 'ms',
    },
    {
      name: 'restore: snapshot afterwards (background)',
      median: safety.snapshotMs,
      target: null,
      unit: 'ms',
    },
    { name: 'password change (re-wrap key)', median: safety.passwordMedian, target: 1000, unit: 'ms' },
    {
      name: 're-keying (all re-sealed, old db deleted)',
      median: safety.rekeyMs,
      target: 15_000,
      unit: 'ms',
    },
    { name: 'team: first upload (set up)', median: sync.uploadMs, target: null, unit: 'ms' },
    { name: 'team: first download (join)', median: sync.downloadMs, target: 60_000, unit: 'ms' },
    {
      name: 'team: longest task in the download',
      median: sync.downloadLongestTaskMs,
      target: null,
      unit: 'ms',
    },
    { name: 'team: change visible on the other PC', median: sync.visibleMs, target: 5_000, unit: 'ms' },
    { name: 'team: 500 + 500 offline changes settle', median: sync.convergeMs, target: 10_000, unit: 'ms' },
    { name: 'team: unlock before the team (same run)', median: sync.unlockAloneMs, target: null, unit: 'ms' },
    {
      name: 'team: unlock of a member (offline)',
      median: sync.unlockMs,
      target: TARGET.unlockMs,
      unit: 'ms',
    },
    { name: 'lead: statistics published (all records)', median: sync.publishMs, target: null, unit: 'ms' },
    {
      name: 'lead: longest task while publishing',
      median: sync.publishLongestTaskMs,
      target: null,
      unit: 'ms',
    },
    { name: "lead: the lead's first download", median: sync.leadDownloadMs, target: null, unit: 'ms' },
    { name: "lead: the lead's unlock", median: sync.leadUnlockMs, target: TARGET.unlockMs, unit: 'ms' },
  ];

  const fmt = (n) => n.toLocaleString('de-DE', { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 1 });
  log('');
  log(
    `Anlaufstelle benchmark at ${SCALE}× the ten-year size — ${INQUIRIES.toLocaleString('de-DE')} inquiries, ${FOLLOWUPS.toLocaleString('de-DE')} follow-ups, ${(600 * SCALE).toLocaleString('de-DE')} organisations, ${(2000 * SCALE).toLocaleString('de-DE')} persons, ${(5000 * SCALE).toLocaleString('de-DE')} activities; median of ${RUNS} unlocks and 30 saves; targets for ${SCALE}×`,
  );
  log(`${'measure'.padEnd(40)} ${'median'.padStart(10)} ${'target'.padStart(10)}  unit  status`);
  for (const r of ONLY_SAFETY || ONLY_WORK || ONLY_SYNC
    ? rows.filter((row) => Number.isFinite(row.median))
    : rows) {
    const status = r.target === null ? '' : r.median <= r.target ? 'ok' : 'OVER TARGET';
    log(
      `${r.name.padEnd(40)} ${fmt(r.median).padStart(10)} ${(r.target === null ? '–' : `≤ ${fmt(r.target)}`).padStart(10)}  ${r.unit.padEnd(4)}  ${status}`,
    );
  }
  if (jsonFile) {
    await writeFile(
      jsonFile,
      JSON.stringify(
        { date: new Date().toISOString(), scale: SCALE, inquiries: INQUIRIES, runs: RUNS, results: rows },
        null,
        2,
      ),
    );
    log(`\nFigures written to ${jsonFile}`);
  }
} finally {
  await context.close();
  await server.close();
  for (const dir of profiles) await rm(dir, { recursive: true, force: true });
}
