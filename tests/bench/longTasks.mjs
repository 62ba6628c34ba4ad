// Long main-thread tasks in the real app as a coordinator meets them: typing into fields and
// searches, saving in the dialog, moving between screens, and locking (which stores the snapshot).
// A PerformanceObserver ('longtask', buffered) in the app page reports every task over 50 ms to
// the runner as it ends, so tasks survive the reload that locking does; each task is counted in
// the phase during which it started (wall clock, same machine).

import { writeFile } from 'node:fs/promises';

const SCREENS = [
  ['Heute', /^Heute, /],
  ['Anfragen', /^Anfragen$/],
  ['Wiedervorlagen', /^Wiedervorlagen$/],
  ['Netzwerk', /^Netzwerk$/],
  ['Aktivitäten', /^Aktivitäten$/],
  ['Auswertung', /^Auswertung$/],
  ['Berichte', /^Berichte$/],
  ['Einstellungen', /^Einstellungen$/],
];

/** Unlocks the app at `base`, then returns the longest task (ms) per phase. */
export async function measureUiLongTasks(context, base, password) {
  const tasks = [];
  const page = await context.newPage();
  await page.exposeBinding('__benchLongTask', (_source, start, duration) => {
    tasks.push({ start, duration });
  });
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        void window.__benchLongTask(performance.timeOrigin + e.startTime, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const phases = {};
  const phase = async (name, run) => {
    const start = Date.now();
    await run();
    // Observer callbacks come after the task; give them time to arrive.
    await page.waitForTimeout(500);
    phases[name] = [start, Date.now()];
  };
  const longestIn = (name) => {
    const [from, to] = phases[name];
    return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
  };

  await page.goto(`${base}/`);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await page.getByRole('heading', { level: 1, name: /^Heute, / }).waitFor({ timeout: 120_000 });
  // The warm-up after unlock (statistics, search index) is not typing, saving or navigating:
  // wait until it is done, then a little more.
  await page.waitForFunction(
    () => performance.getEntriesByName('anlaufstelle:search-ready').length > 0,
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1500);
  // BENCH_PROFILE_UI=PREFIX: a CPU profile of each step and screen visit, PREFIX-<n>-<name>.cpuprofile
  // (with ANLAUFSTELLE_UNMINIFIED=1 for readable function names).
  const cdp = process.env.BENCH_PROFILE_UI ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  let profiled = 0;
  const profile = async (name, run) => {
    if (!cdp) return run();
    // The long tasks go into the profile file too, as ms after the profile's start (within a few ms).
    const started = await page.evaluate(() => performance.timeOrigin + performance.now());
    await cdp.send('Profiler.start');
    await run();
    const { profile: result } = await cdp.send('Profiler.stop');
    await page.waitForTimeout(200);
    result.longTasks = tasks
      .filter((t) => t.start >= started)
      .map((t) => ({ at: t.start - started, duration: t.duration }));
    const file = `${process.env.BENCH_PROFILE_UI}-${String(++profiled).padStart(2, '0')}-${name}.cpuprofile`;
    await writeFile(file, JSON.stringify(result));
  };
  const nav = page.getByRole('navigation');
  // Per screen, for the log: where the longest navigation task was.
  const visits = [];
  const goTo = async ([link, heading]) => {
    const start = Date.now();
    await profile(link, async () => {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300);
    });
    visits.push([link, start, Date.now()]);
  };

  // Per step of typing and saving, for the log: where the longest task was.
  const steps = [];
  const step = async (name, run) => {
    const start = Date.now();
    await profile(name.replace(/\s+/g, '-'), async () => {
      await run();
      await page.waitForTimeout(300);
    });
    steps.push([name, start, Date.now()]);
  };
  await phase('typing', async () => {
    await goTo(SCREENS[1]);
    const listSearch = page.getByRole('searchbox', { name: 'Suche in Anfragen' });
    await step('list search', async () => {
      await listSearch.pressSequentially('Sprachkurs', { delay: 80 });
      await listSearch.fill('');
    });
    await step('palette', async () => {
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('combobox', { name: 'Suchen oder Befehl eingeben' });
      await palette.pressSequentially('Wohnungssuche Familie', { delay: 80 });
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
    });
    const dialog = page.getByRole('dialog');
    await step('new inquiry opens', async () => {
      await page.getByRole('button', { name: 'Neue Anfrage' }).first().click();
      await dialog.getByRole('textbox', { name: 'Betreff' }).waitFor();
    });
    await step('typing in the form', async () => {
      await dialog.getByRole('textbox', { name: 'Betreff' }).pressSequentially('Frage zum Sprachkurs', {
        delay: 80,
      });
      await dialog
        .getByRole('textbox', { name: 'Notizen' })
        .pressSequentially('Rückruf zugesagt, Unterlagen folgen.', { delay: 80 });
    });
  });
  await phase('saving', async () => {
    const dialog = page.getByRole('dialog');
    // The first entry of each required list, chosen with the keyboard; Tab leaves the field.
    await step('choosing from lists', async () => {
      for (const name of ['Anfragende Stelle', 'Themen']) {
        await dialog.getByRole('combobox', { name }).click();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
      }
    });
    await step('save and close', async () => {
      await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
      await page.getByText('Gespeichert', { exact: true }).waitFor();
      // What the save sets off behind the closed dialog (the list redrawn, the statistics' warm-up,
      // the search index) belongs to this step too.
      await page.waitForTimeout(700);
    });
  });
  await phase('navigating', async () => {
    for (let round = 0; round < 2; round++)
      for (const screen of [...SCREENS.slice(2), SCREENS[0], SCREENS[1]]) await goTo(screen);
  });
  await phase('lock', async () => {
    await page.getByRole('button', { name: 'Sperren' }).first().click();
    await page.getByLabel('Passwort', { exact: true }).waitFor({ timeout: 60_000 });
  });
  await page.close();
  const longestBetween = ([name, from, to]) => {
    const ms = Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    return `${name} ${ms.toFixed(0)}`;
  };
  return {
    byScreen: visits.map(longestBetween),
    byStep: steps.map(longestBetween),
    typing: longestIn('typing'),
    saving: longestIn('saving'),
    navigating: longestIn('navigating'),
    lock: longestIn('lock'),
  };
}
