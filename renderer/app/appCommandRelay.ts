// Delivers menu and global-shortcut commands to the app shell. Quick capture pressed while the vault
// is locked (no shell yet) is kept for a few minutes and opens right after unlocking.
import type { AppCommand } from '../host';

export const PENDING_CAPTURE_MS = 5 * 60_000;

export interface CommandRelay {
  receive(command: AppCommand): void;
  /** The shell's handler; gets a still-fresh pending quick capture at once. Returns detach. */
  attach(handler: (command: AppCommand) => void): () => void;
}

export function createCommandRelay(now: () => number = Date.now): CommandRelay {
  let handler: ((command: AppCommand) => void) | null = null;
  let pendingSince: number | null = null;
  return {
    receive(command) {
      if (handler) handler(command);
      else if (command === 'new-inquiry') pendingSince = now();
    },
    attach(next) {
      handler = next;
      const fresh = pendingSince !== null && now() - pendingSince <= PENDING_CAPTURE_MS;
      pendingSince = null;
      if (fresh) next('new-inquiry');
      return () => {
        if (handler === next) handler = null;
      };
    },
  };
}
