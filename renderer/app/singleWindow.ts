// One unlocked window per vault (in web mode: one tab). Two unlocked windows would each write a
// snapshot of what they loaded, and one could hide the other's records. The window that has the
// vault open holds a Web Lock from unlock until it locks (the reload releases it); a window on its
// lock screen holds nothing, so it never blocks another. "Hier weiterarbeiten" steals the lock: the
// other window's lock breaks, it stops writing, flushes its snapshot and reloads to its lock screen.
import type Dexie from 'dexie';
import { WriteGate } from '../data/writeGate';

/** Set when another window took over; its lock screen then says why it locked (and any refused save). */
const TAKEN_OVER_KEY = 'anlaufstelle.window.takenOver';
/** Set when this window refused a save because another window took over; shown on its lock screen. */
const REFUSED_KEY = 'anlaufstelle.window.refusedWrites';

/** Why this window's last session ended, when it was not its own doing. */
export type LockReason = 'takenOver' | 'refusedWrite';

export class SingleWindow {
  private readonly gate = new WriteGate();
  private readonly locks: LockManager | undefined;
  private release: (() => void) | undefined;

  /** One lock name per vault kind (real, demo): re-keying changes the database, not the vault. */
  constructor(private readonly name: string) {
    // Web Locks need a secure context: 127.0.0.1 and the desktop app's own scheme are. Without them
    // (an old browser) every window behaves as before this guard.
    this.locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  }

  /** Guards a database of this vault (each storage generation); call before it opens. */
  guard(db: Dexie): void {
    this.gate.install(db);
  }

  /** Whether another window has the vault open right now. */
  async openElsewhere(): Promise<boolean> {
    if (!this.locks || this.release) return false;
    const { held = [] } = await this.locks.query();
    return held.some((lock) => lock.name === this.name);
  }

  /**
   * Holds the vault for this window unless another window has it open (then false). `onTakenOver`
   * runs when another window takes it over later.
   */
  claim(onTakenOver: () => void): Promise<boolean> {
    const locks = this.locks;
    if (!locks || this.release) return Promise.resolve(true);
    return new Promise((resolve) => {
      locks
        .request(this.name, { ifAvailable: true }, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          const held = new Promise<void>((done) => (this.release = done));
          resolve(true);
          return held;
        })
        .catch((error: unknown) => {
          // A stolen lock rejects the holder's request with an AbortError.
          this.release = undefined;
          if (error instanceof DOMException && error.name === 'AbortError') onTakenOver();
        });
    });
  }

  /** Lets go of the vault (an unlock that failed); the window stays on its lock screen. */
  unclaim(): void {
    this.release?.();
    this.release = undefined;
  }

  /** Makes the window that has the vault open lock itself. This window holds nothing afterwards. */
  async takeOver(): Promise<void> {
    if (!this.locks) return;
    await this.locks.request(this.name, { steal: true }, () => undefined);
  }

  /** The open vault, with its calls tracked so that `stepAside` can wait for saves under way. */
  track<T extends object>(vault: T): T {
    return this.gate.track(vault);
  }

  /**
   * After a takeover: refuse further writes, wait until every save under way has committed or
   * failed, then write the snapshot (it covers exactly this window's rows). The caller reloads.
   */
  async stepAside(flushSnapshot: (() => Promise<void>) | undefined): Promise<void> {
    sessionStorage.setItem(TAKEN_OVER_KEY, '1');
    const refused = await this.gate.close();
    if (refused > 0) sessionStorage.setItem(REFUSED_KEY, String(refused));
    if (flushSnapshot) await this.gate.flush(flushSnapshot);
  }

  /**
   * Whether the last session in this window ended by a takeover, and whether it lost a save to it
   * (asked once, then cleared): the lock screen says so instead of locking without a word.
   */
  static takeLockReason(): LockReason | undefined {
    const takenOver = sessionStorage.getItem(TAKEN_OVER_KEY);
    const refused = sessionStorage.getItem(REFUSED_KEY);
    sessionStorage.removeItem(TAKEN_OVER_KEY);
    sessionStorage.removeItem(REFUSED_KEY);
    if (refused !== null) return 'refusedWrite';
    return takenOver !== null ? 'takenOver' : undefined;
  }
}

/** The lock's name: the real vault and the demo vault are separate databases. */
export function vaultLockName(demo: boolean): string {
  return demo ? 'anlaufstelle.vault.demo' : 'anlaufstelle.vault';
}
