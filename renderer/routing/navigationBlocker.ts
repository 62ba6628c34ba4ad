// Typed input on a screen (Einstellungen, …) must not vanish when the user moves to another screen:
// while a screen holds unsaved input, a change of route is held back and the app asks "Eingaben
// verwerfen?" first (app/LeaveScreenQuestion.tsx). useHashRoute consults this module for its own
// navigate() and for hash changes from outside (a link in the navigation, Back, a typed address).
//
// Locking is not affected: "Sperren" and the idle lock reload the page, they never change the route.
import { useEffect, useSyncExternalStore } from 'react';

/** One entry per mounted part of a screen that holds unsaved input. */
const unsaved = new Set<symbol>();
/** The hash the user wanted to go to while the question is open, or null. */
let pending: string | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** While `dirty`, leaving the screen asks first. Any number of parts of a screen may use it. */
export function useNavigationBlocker(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('unsaved input');
    unsaved.add(token);
    return () => {
      unsaved.delete(token);
    };
  }, [dirty]);
}

export function hasUnsavedInput(): boolean {
  return unsaved.size > 0;
}

/** Holds a route change back until the user answers. */
export function holdNavigation(hash: string): void {
  pending = hash;
  emit();
}

/** Forgets the held route change and returns it ("Verwerfen" goes there, "Weiter bearbeiten" not). */
export function takeHeldNavigation(): string | null {
  const hash = pending;
  pending = null;
  emit();
  return hash;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The held route change (the question is open while it is not null). */
export function useHeldNavigation(): string | null {
  return useSyncExternalStore(subscribe, () => pending);
}
