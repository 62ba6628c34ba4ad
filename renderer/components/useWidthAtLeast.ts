// Whether an element is at least `min` pixels wide, followed as it resizes (the window, the zoom,
// the navigation beside it). For layouts that depend on the room a part of the screen has, which a
// media query on the window does not know. Undefined until the element is measured.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useWidthAtLeast<T extends HTMLElement>(
  min: number,
): [ref: (element: T | null) => void, atLeast: boolean | undefined] {
  const [atLeast, setAtLeast] = useState<boolean | undefined>(undefined);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const ref = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element) return;
      // Only a change across `min` renders again (setState with the same value does nothing).
      const measure = () => setAtLeast(element.getBoundingClientRect().width >= min);
      measure();
      observer.current = new ResizeObserver(measure);
      observer.current.observe(element);
    },
    [min],
  );
  return [ref, atLeast];
}
