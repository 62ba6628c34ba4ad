// Tiny hash routing: "#/anfragen/neu" → { area: 'anfragen', param: 'neu' }. Hash URLs keep the origin stable.
import { useCallback, useSyncExternalStore } from 'react';
import type { Navigate } from './routes';

export interface Route {
  area: string;
  param: string | undefined;
  sub: string | undefined;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseRoute(hash: string, fallback: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { area: parts[0] ?? fallback, param: parts[1], sub: parts[2] };
}

export function useHashRoute(fallback: string): [Route, Navigate] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate: Navigate = useCallback((path) => {
    window.location.hash = path;
  }, []);
  return [parseRoute(hash, fallback), navigate];
}
