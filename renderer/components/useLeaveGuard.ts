// Unsaved input must not vanish with F5 or a closed window: while `active`, leaving the page asks
// first. The browser shows its own "Seite verlassen?" question; in the desktop app the main process
// turns the same refusal into a German dialog (electron/main/leavePrompt.ts).
//
// Locking must never wait for that answer: "Sperren", the idle timeout and a takeover by another
// window reload the page through reloadWithoutAsking, which the guard lets pass — otherwise a dialog
// left open with typed input would keep the vault unlocked.
import { useEffect } from 'react';
import { useNavigationBlocker } from '../routing/navigationBlocker';

// Module-level on purpose: set once just before the page goes away, and read by the beforeunload
// listeners, which run outside React. It never needs resetting (the page is gone).
let leavingOnPurpose = false;

export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (leavingOnPurpose) return;
      event.preventDefault();
      // Older Chromium needs returnValue set to show the question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}

/** Reloads without the unsaved-input question (locking, another window taking over, switching vaults). */
export function reloadWithoutAsking(): void {
  leavingOnPurpose = true;
  window.location.reload();
}

/**
 * A screen (not a dialog) with unsaved input: F5 or closing the window asks, and so does moving to
 * another screen (app/LeaveScreenQuestion.tsx asks "Eingaben verwerfen?").
 */
export function useUnsavedScreenGuard(dirty: boolean): void {
  useLeaveGuard(dirty);
  useNavigationBlocker(dirty);
}
