// Cold start to the lock screen, side by side with the build as it was before the vault-gate split
// and minification (issue 21 asks for ≤ 0.65× of that). The baseline is built from git at a fixed
// revision, so both are measured on the same machine in the same run, alternating page loads.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The last commit whose renderer was one unminified entry chunk (before issue 21's cold-start work). */
export const BASELINE_REV = process.env.BENCH_BASELINE_REV ?? '66c819e';

/**
 * Builds the renderer of `rev` into `outDir`. Returns a reason instead when it cannot (a shallow
 * clone without that commit, or a build that no longer works with today's node_modules).
 */
export async function buildBaseline(root, rev, outDir) {
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { stdio: 'pipe' }).toString();
  try {
    git('cat-file', '-e', `${rev}^{commit}`);
  } catch {
    return `commit ${rev} is not in this clone`;
  }
  const tree = await mkdtemp(join(tmpdir(), 'anlaufstelle-baseline-'));
  try {
    git('worktree', 'add', '--detach', '--force', tree, rev);
    await symlink(join(root, 'node_modules'), join(tree, 'node_modules'));
    execFileSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: tree, stdio: 'pipe' });
    await cp(join(tree, 'out/renderer'), outDir, { recursive: true });
    return undefined;
  } catch (error) {
    return `building ${rev} failed: ${String(error).split('\n')[0]}`;
  } finally {
    try {
      git('worktree', 'remove', '--force', tree);
    } catch {
      await rm(tree, { recursive: true, force: true });
    }
  }
}

/** Milliseconds from navigation to the first frame that shows the lock screen's password field. */
async function timeToLockScreen(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(
      () => document.querySelector('input[type="password"]') && performance.now(),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    return await shown.jsonValue();
  } finally {
    await page.close();
  }
}

/** Alternates the two builds `runs` times each (after one warm-up load of each); returns both lists. */
export async function measureColdStarts(context, urls, runs) {
  const times = { current: [], baseline: [] };
  for (const name of Object.keys(times)) await timeToLockScreen(context, urls[name]);
  for (let run = 0; run < runs; run++) {
    for (const name of Object.keys(times)) times[name].push(await timeToLockScreen(context, urls[name]));
  }
  return times;
}
