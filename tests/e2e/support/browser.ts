import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';

/** Debian's Chromium (never a downloaded browser): CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=de-DE',
];

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, headless: true };
}

export interface ProfileOptions {
  baseURL: string | undefined;
  /** For tests that read downloads back from a folder of their own. */
  downloadsPath?: string;
}

/**
 * The one way to start Chromium on a profile folder the test knows (profile scans look into it):
 * the same browser, viewport and locale as the configured tests. Returns the context and its first page.
 */
export async function launchProfile(
  dir: string,
  { baseURL, downloadsPath }: ProfileOptions,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions(),
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'de-DE',
    ...(downloadsPath ? { acceptDownloads: true, downloadsPath } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
