import { expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element has the given accessible label (keyboard-only navigation). */
export async function tabTo(page: Page, label: string, maxPresses = 20): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-labelledby');
      const byLabelledBy = labelled
        ? labelled
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '';
      const byLabel = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return [el.getAttribute('aria-label') ?? '', byLabelledBy, byLabel, el.textContent ?? ''].join('|');
    });
    if (focused.split('|').some((part) => part.replace(/\s*\*\s*$/, '').trim() === label)) return presses;
  }
  throw new Error(`Tab never reached "${label}"`);
}

export async function expectFocused(page: Page, label: string): Promise<void> {
  await expect(page.getByLabel(label, { exact: true })).toBeFocused();
}
