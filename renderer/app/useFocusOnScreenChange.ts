// Where the keyboard focus goes when the screen changes under it. A nav link keeps its focus; but a
// control that goes away with the old screen (a list row's subject, "Zurück zur Liste") left the
// focus on the page body, and a keyboard user started again at "Zum Inhalt springen" (found by the
// exploratory round). Then the focus goes to the new screen's heading, and on to the record the user
// came from when the new screen shows it (marked data-focus-key).
import { useEffect, useRef } from 'react';
import type { Route } from '../routing/useHashRoute';

export function useFocusOnScreenChange(route: Route): void {
  const previous = useRef(route);
  useEffect(() => {
    const from = previous.current;
    previous.current = route;
    if (from.area === route.area && from.param === route.param && from.sub === route.sub) return;
    // After the new screen's first paint: its heading is there. A list draws its rows a little
    // later (virtualised), so the record the user came from is looked for over a few more frames.
    let frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const main = document.getElementById('main');
      const heading = main?.querySelector<HTMLElement>('h1');
      if (!main || !heading) return;
      heading.tabIndex = -1;
      heading.focus();
      // The record's id: `#/anfragen/<id>`, `#/netzwerk/org/<id>`.
      const cameFromId = from.sub ?? from.param;
      if (!cameFromId) return;
      const selector = `[data-focus-key="${CSS.escape(cameFromId)}"]`;
      let frames = 0;
      const findRecord = () => {
        // The user has moved on meanwhile: leave the focus where they put it.
        if (document.activeElement !== heading) return;
        const cameFrom = main.querySelector<HTMLElement>(selector);
        if (cameFrom) cameFrom.focus();
        else if (++frames < 30) frame = requestAnimationFrame(findRecord);
      };
      findRecord();
    });
    return () => cancelAnimationFrame(frame);
  }, [route]);
}
