// The production build (`electron-vite build`, which `npm test` runs before this suite) ships no
// source maps and no development-only code. Runs in Node; no browser needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'out');

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Strings only development builds contain: React's dev warnings and Vite's dev client. */
const DEV_MARKERS = [
  'react_stack_bottom_frame',
  'In HTML, %s cannot be a child of',
  'jsxDEV',
  '/@vite/client',
  '/@react-refresh',
  'import.meta.hot',
  '$RefreshReg$',
];

test('the build output has no source maps and no development-only code', () => {
  expect(existsSync(join(out, 'main/index.js')), 'run `npm run build` first').toBe(true);
  const files = filesBelow(out);
  expect(files.map((f) => relative(out, f)).filter((f) => f.endsWith('.map'))).toEqual([]);
  const text = files.filter((f) => /\.(m?js|cjs|css|html)$/.test(f));
  expect(text.length).toBeGreaterThan(3);
  const hits: string[] = [];
  for (const file of text) {
    const content = readFileSync(file, 'utf8');
    for (const marker of ['sourceMappingURL', ...DEV_MARKERS]) {
      if (content.includes(marker)) hits.push(`${relative(out, file)}: ${marker}`);
    }
  }
  expect(hits).toEqual([]);
});

test('the markers do tell development builds apart (positive control)', () => {
  const dev = readFileSync(join(root, 'node_modules/react-dom/cjs/react-dom-client.development.js'), 'utf8');
  const prod = readFileSync(join(root, 'node_modules/react-dom/cjs/react-dom-client.production.js'), 'utf8');
  const jsxDev = readFileSync(
    join(root, 'node_modules/react/cjs/react-jsx-dev-runtime.development.js'),
    'utf8',
  );
  for (const marker of ['react_stack_bottom_frame', 'In HTML, %s cannot be a child of']) {
    expect(dev).toContain(marker);
    expect(prod).not.toContain(marker);
  }
  expect(jsxDev).toContain('jsxDEV');
  // The production renderer is in the output at all (so the scan above read real code).
  const renderer = filesBelow(join(out, 'renderer')).filter((f) => f.endsWith('.js'));
  expect(renderer.some((f) => readFileSync(f, 'utf8').includes('__REACT_DEVTOOLS_GLOBAL_HOOK__'))).toBe(true);
});

test('main and preload are self-contained: they load only Electron and Node built-ins', () => {
  for (const file of ['main/index.js', 'preload/index.cjs']) {
    const code = readFileSync(join(out, file), 'utf8');
    const modules = [
      ...code.matchAll(/\bfrom\s*["']([^"']+)["']/g),
      ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
      ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1]!);
    expect(modules.length).toBeGreaterThan(0);
    expect(
      modules.filter((m) => m !== 'electron' && !m.startsWith('node:')),
      file,
    ).toEqual([]);
  }
});
