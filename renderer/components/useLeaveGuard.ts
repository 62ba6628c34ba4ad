// Unsaved input must not vanish with F5 or a closed window: while `active`, leaving the page asks
// first. The browser shows its own "Seite verlassen?" question; in the desktop app the main process
// turns the same refusal into a German dialog (see electron/main's will-prevent-unload handling).
import { useEffect } from 'react';

export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set to show the question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
