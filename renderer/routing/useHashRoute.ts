// Tiny hash routing: "#/anfragen/neu" → { area: 'anfragen', param: 'neu' }. Hash URLs keep the origin stable.
// A route change while a screen holds unsaved input is held back until the user answers
// (navigationBlocker.ts); the app shows the route it has accepted, not always location.hash.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { hasUnsavedInput, holdNavigation, takeHeldNavigation } from './navigationBlocker';
import type { Navigate } from './routes';

export interface Route {
  area: string;
  param: string | undefined;
  sub: string | undefined;
}

/** The hash the app shows; null until the first subscriber reads it from the address. */
let shown: string | null = null;
/** A hash the user has agreed to leave for: its hashchange passes without a question. */
let allowed: string | null = null;
const listeners = new Set<() => void>();

function urlWithHash(hash: string): string {
  return `${window.location.pathname}${window.location.search}${hash}`;
}

function onHashChange(): void {
  const next = window.location.hash;
  if (next === shown) return;
  if (next !== allowed && hasUnsavedInput()) {
    // A link, Back or a typed address has changed the hash already: put the shown one back (no new
    // history entry, no hashchange) and ask.
    window.history.replaceState(window.history.state, '', urlWithHash(shown ?? ''));
    holdNavigation(next);
    return;
  }
  allowed = null;
  shown = next;
  for (const listener of listeners) listener();
}

/**
 * A click on an in-app link ("#/anfragen" in the navigation) while input is unsaved: held back before
 * the address changes, so a "Weiter bearbeiten" leaves no extra entry in the browser's history.
 */
function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey)
    return;
  if (!hasUnsavedInput() || !(event.target instanceof Element)) return;
  const link = event.target.closest('a[href^="#/"]');
  const hash = link?.getAttribute('href');
  if (!hash || hash === shown) return;
  event.preventDefault();
  holdNavigation(hash);
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    shown = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
    document.addEventListener('click', onLinkClick);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('hashchange', onHashChange);
    document.removeEventListener('click', onLinkClick);
  };
}

function currentHash(): string {
  return shown ?? window.location.hash;
}

function go(hash: string): void {
  const target = hash.startsWith('#') ? hash : `#${hash}`;
  // The same hash again fires no hashchange: nothing to let pass then.
  if (target !== window.location.hash) allowed = target;
  window.location.hash = hash;
}

/** "Verwerfen": goes where the user wanted to go before the question. */
export function leaveAnyway(): void {
  const hash = takeHeldNavigation();
  if (hash !== null) go(hash);
}

/** "Weiter bearbeiten": stays on the screen with the input. */
export function stayOnScreen(): void {
  takeHeldNavigation();
}

export function parseRoute(hash: string, fallback: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { area: parts[0] ?? fallback, param: parts[1], sub: parts[2] };
}

export function useHashRoute(fallback: string): [Route, Navigate] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate: Navigate = useCallback((path) => {
    if (hasUnsavedInput() && `#${path}` !== currentHash()) holdNavigation(`#${path}`);
    else go(path);
  }, []);
  // The same object while the hash stays: screens below can skip a render and defer a new one.
  const route = useMemo(() => parseRoute(hash, fallback), [hash, fallback]);
  return [route, navigate];
}
