// A form saves what it shows; in a team, a colleague may have changed the same record since the form
// opened. Fields this form left as they were keep the colleague's newer value; only the fields the
// user changed here are written. (Without a team, `current` equals `base` and nothing changes.)
import { canonicalJson } from '../sync/canonicalJson';

// Key order must not matter: a stored object and the one a form builds may list keys differently.
function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function keepChangesMadeMeanwhile<T extends object>(
  base: T | undefined,
  current: T | undefined,
  next: T,
): T {
  if (!base || !current) return next;
  const merged = { ...next } as Record<string, unknown>;
  const b = base as Record<string, unknown>;
  const c = current as Record<string, unknown>;
  for (const field of new Set([...Object.keys(b), ...Object.keys(c), ...Object.keys(next)])) {
    if (same(merged[field], b[field]) && !same(c[field], b[field])) {
      if (c[field] === undefined) delete merged[field];
      else merged[field] = c[field];
    }
  }
  return merged as T;
}
