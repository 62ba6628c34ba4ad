// The configurable global shortcut for quick capture. Another program may hold the combination:
// Electron's register() then returns false, and the renderer shows that to the user.
import type { ShortcutStatus } from '../../shared/ipc/contract';
import { normalizeGlobalAccelerator } from '../../shared/desktop/accelerator';

export interface ShortcutRegistrar {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface GlobalShortcutControl {
  status(): ShortcutStatus;
  /** Registers the configured shortcut at start; a taken one is reported, not fatal. */
  start(accelerator: string | null): ShortcutStatus;
  /** Switches to another shortcut; when it is taken the previous one stays active. */
  change(accelerator: string | null): { status: ShortcutStatus; changed: boolean };
}

function tryRegister(registrar: ShortcutRegistrar, accelerator: string, callback: () => void): boolean {
  try {
    return registrar.register(accelerator, callback);
  } catch {
    return false; // Electron throws for accelerators the OS cannot express.
  }
}

export function createGlobalShortcut(
  registrar: ShortcutRegistrar,
  onTrigger: () => void,
): GlobalShortcutControl {
  let current: ShortcutStatus = { accelerator: null, registered: false, problem: null, attempted: null };

  const release = () => {
    if (current.accelerator && current.registered) registrar.unregister(current.accelerator);
  };

  return {
    status: () => current,
    start(accelerator) {
      release();
      if (accelerator === null) {
        current = { accelerator: null, registered: false, problem: null, attempted: null };
      } else if (normalizeGlobalAccelerator(accelerator) !== accelerator) {
        current = { accelerator: null, registered: false, problem: 'invalid', attempted: accelerator };
      } else {
        const registered = tryRegister(registrar, accelerator, onTrigger);
        current = {
          accelerator,
          registered,
          problem: registered ? null : 'taken',
          attempted: registered ? null : accelerator,
        };
      }
      return current;
    },
    change(accelerator) {
      if (accelerator !== null && normalizeGlobalAccelerator(accelerator) !== accelerator) {
        return { status: { ...current, problem: 'invalid', attempted: accelerator }, changed: false };
      }
      if (accelerator === current.accelerator && (current.registered || accelerator === null)) {
        current = { ...current, problem: null, attempted: null };
        return { status: current, changed: false };
      }
      const previous = current;
      release();
      if (accelerator === null) {
        current = { accelerator: null, registered: false, problem: null, attempted: null };
        return { status: current, changed: true };
      }
      if (tryRegister(registrar, accelerator, onTrigger)) {
        current = { accelerator, registered: true, problem: null, attempted: null };
        return { status: current, changed: true };
      }
      const restored =
        previous.accelerator !== null &&
        previous.registered &&
        tryRegister(registrar, previous.accelerator, onTrigger);
      current = {
        accelerator: previous.accelerator,
        registered: restored,
        problem: 'taken',
        attempted: accelerator,
      };
      return { status: current, changed: false };
    },
  };
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  setAlwaysOnTop(flag: boolean): void;
}

/** Brings the window in front of the program the user is in (Windows refuses a plain focus()). */
export function bringToFront(win: FocusableWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.setAlwaysOnTop(true);
  win.focus();
  win.setAlwaysOnTop(false);
}
