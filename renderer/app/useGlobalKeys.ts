// App-wide keys: Strg+L locks, Strg+N opens "Neue Anfrage", Strg+K the search palette. (In the web
// mode the browser keeps Ctrl+N for itself; Heute has a button.)
import { useEffect } from 'react';

export function useGlobalKeys(actions: { lock: () => void; newInquiry: () => void; search: () => void }) {
  const { lock, newInquiry, search } = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      const run = key === 'l' ? lock : key === 'n' ? newInquiry : key === 'k' ? search : undefined;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock, newInquiry, search]);
}
