import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Calls onIdle after `minutes` without keyboard or pointer input. */
export function useAutoLock(minutes: number, onIdle: () => void): void {
  const lastActivity = useRef(0);
  const idleCallback = useRef(onIdle);

  useEffect(() => {
    idleCallback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) idleCallback.current();
    }, 5_000);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
      clearInterval(timer);
    };
  }, [minutes]);
}
