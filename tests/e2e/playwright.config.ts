import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser';

// Overridable so parallel checkouts on one machine do not fight over the port.
const PORT = Number(process.env.E2E_PORT ?? 4720);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: several tests derive Argon2id keys and re-key the vault more than once; a slow CI
  // machine must not fail them on time (speed is measured by npm run bench, not here).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1366, height: 768 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // No screencast in the trace: it encodes every painted frame, and while the unlock's progress
    // animates (the key derivation runs in a worker) it starved the worker on a loaded 2-core machine
    // (seen: 0.6 s → 4.6 s of Argon2id). The trace keeps its DOM snapshots of each step.
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  webServer: {
    // The built renderer, as the desktop app loads it; `npm test` builds before this runs.
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    // Generous: several tests derive Argon2id keys and re-key the vault more than once; a slow CI
    // machine must not fail them on time (speed is measured by npm run bench, not here).
    timeout: 120_000,
  },
});
