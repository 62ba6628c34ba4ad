// One save per submit: a second Enter, a double click or a field that submits on its own while a
// save is still running must not write the record twice.
import { useRef } from 'react';

/** Returns `run` guarded so that calls while an earlier one is still running are ignored. */
export function singleFlight<A extends unknown[]>(run: (...args: A) => Promise<unknown>) {
  let running = false;
  return async (...args: A): Promise<void> => {
    if (running) return;
    running = true;
    try {
      await run(...args);
    } finally {
      running = false;
    }
  };
}

/** `singleFlight` across renders: one guard per component, whatever `run` is in this render. */
export function useSingleFlight<A extends unknown[]>(run: (...args: A) => Promise<unknown>) {
  const running = useRef(false);
  return async (...args: A): Promise<void> => {
    if (running.current) return;
    running.current = true;
    try {
      await run(...args);
    } finally {
      running.current = false;
    }
  };
}
