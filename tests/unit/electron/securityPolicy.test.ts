import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  isNavigationAllowed,
  isPermissionGranted,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../../electron/main/securityPolicy';
import { mimeTypeFor, resolveAppPath } from '../../../electron/main/appProtocol';

describe('window security policy', () => {
  it('hardens the window: isolation, sandbox, no Node, no webview, spellcheck off', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      allowRunningInsecureContent: false,
      preload: '/app/preload/index.cjs',
    });
  });

  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/index.html#/anfragen`, true],
    ['app://other-host/index.html', false],
    ['https://example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://user:pw@anlaufstelle/index.html', false],
    ['not a url', false],
  ])('navigation to %s allowed: %s', (url, allowed) => {
    expect(isNavigationAllowed(url)).toBe(allowed);
  });

  it.each([
    ['https://www.bamf.de/DE/Themen/Integration', true],
    ['http://www.bamf.de/', false],
    ['https://user:secret@example.org/', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://server/share', false],
    ['javascript:alert(1)', false],
  ])('external link %s opens in the system browser: %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: safe });
  });

  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });

  it('sets a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain(" 'unsafe-eval'"); // only wasm-unsafe-eval
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe('app:// protocol', () => {
  const root = '/opt/anlaufstelle/out/renderer';
  it.each([
    [`${APP_ORIGIN}/`, `${root}/index.html`],
    [`${APP_ORIGIN}/index.html`, `${root}/index.html`],
    [`${APP_ORIGIN}/assets/index-abc.js`, `${root}/assets/index-abc.js`],
    [`${APP_ORIGIN}/assets/a%20b.js`, `${root}/assets/a b.js`],
  ])('serves %s from the renderer folder', (url, path) => {
    expect(resolveAppPath(url, root)).toBe(path);
  });

  it.each([`${APP_ORIGIN}/../../etc/passwd`, `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`])(
    'keeps dot segments of %s inside the renderer folder',
    (url) => {
      expect(resolveAppPath(url, root)).toBe(`${root}/etc/passwd`);
    },
  );

  it.each([
    `${APP_ORIGIN}/assets/..%2f..%2f..%2fsecret`,
    `${APP_ORIGIN}/..%2f..%2f..%2f..%2fetc/passwd`,
    `${APP_ORIGIN}/%00.html`,
    'app://evil/index.html',
    'https://anlaufstelle/index.html',
    `${APP_ORIGIN}/%E0%A4%A`,
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('sends JavaScript and WebAssembly with the right types', () => {
    expect(mimeTypeFor('/x/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
