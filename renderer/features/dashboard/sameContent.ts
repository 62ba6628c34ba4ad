import { useState } from 'react';

/** Deep equality for plain data (numbers, strings, arrays, plain objects), as computed models hold. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (k) =>
      Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * The value as last seen while its content stays the same, so a memoised child keeps its props when a
 * recomputation yields equal data (React's "store information from previous renders" pattern).
 */
export function useSameContent<T>(value: T): T {
  const [kept, setKept] = useState(value);
  if (kept !== value && !sameData(kept, value)) {
    setKept(value);
    return value;
  }
  return kept;
}
