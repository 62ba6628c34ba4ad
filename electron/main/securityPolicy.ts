// The window's security policy as plain functions, so it is unit-tested without Electron.

export const APP_SCHEME = 'app';
export const APP_HOST = 'anlaufstelle';
/** The renderer's fixed origin: IndexedDB (and so the vault) is bound to it across launches. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface WindowSecurityPrefs {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  webviewTag: false;
  spellcheck: false;
  allowRunningInsecureContent: false;
  navigateOnDragDrop: false;
  preload: string;
}

export function secureWebPreferences(preload: string): WindowSecurityPrefs {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    preload,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only the app's own pages may load in the window. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
}

/** In-window navigation: only within the app (a reload); everything else is denied. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** External links open in the system browser only if they are plain https with a host. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** window.open never creates a window; a safe https link goes to the system browser instead. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/** Camera, microphone, geolocation, notifications by the page…: all denied (the host notifies). */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
