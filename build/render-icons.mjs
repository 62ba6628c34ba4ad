// Renders build/icon.svg to the PNG sizes electron-builder needs, with the Chromium installed here
// (Playwright drives it; no download). Run: node build/render-icons.mjs — the PNGs are committed.
//   build/icon.png            1024 px: Windows (converted to .ico) and macOS (converted to .icns)
//   build/icons/<n>x<n>.png   Linux desktop icons
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const here = import.meta.dirname;
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const svg = await readFile(join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await mkdir(join(here, 'icons'), { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(join(here, 'icons', `${size}x${size}.png`), png);
    if (size === 1024) await writeFile(join(here, 'icon.png'), png);
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${SIZES.join(', ')} px from build/icon.svg`);
