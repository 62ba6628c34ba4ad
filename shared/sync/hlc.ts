// Hybrid logical clock (Kulkarni et al. 2014): wall time in ms, a counter for changes within the
// same ms (or while the wall clock stands behind a clock already seen), and the device that made the
// change. Written as a fixed-width string, so comparing two clocks is comparing two strings — the
// same on every device, which is what makes a merge come out the same everywhere.
//
//   "0mhx3k2a8" (ms, base 36, 9 digits) + "000" (counter, base 36, 3 digits) + device id

const MS_DIGITS = 9;
const COUNTER_DIGITS = 3;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** A clock written by an anonymisation (and every change after it) sorts above every ordinary one. */
export const ANONYMISED_TIER = '~';

export interface Hlc {
  ms: number;
  counter: number;
  device: string;
}

export function formatHlc({ ms, counter, device }: Hlc): string {
  return (
    Math.max(0, Math.floor(ms)).toString(36).padStart(MS_DIGITS, '0') +
    counter.toString(36).padStart(COUNTER_DIGITS, '0') +
    device
  );
}

/** Reads a clock (with or without the anonymisation tier); undefined for anything else. */
export function parseHlc(text: string): Hlc | undefined {
  const plain = plainClock(text);
  if (plain.length <= MS_DIGITS + COUNTER_DIGITS) return undefined;
  const ms = Number.parseInt(plain.slice(0, MS_DIGITS), 36);
  const counter = Number.parseInt(plain.slice(MS_DIGITS, MS_DIGITS + COUNTER_DIGITS), 36);
  if (!Number.isFinite(ms) || !Number.isFinite(counter)) return undefined;
  return { ms, counter, device: plain.slice(MS_DIGITS + COUNTER_DIGITS) };
}

/** The clock without its tier mark: what "happened before" is judged on. */
export function plainClock(clock: string): string {
  return clock.startsWith(ANONYMISED_TIER) ? clock.slice(ANONYMISED_TIER.length) : clock;
}

/** The device that wrote a clock. */
export function clockDevice(clock: string): string {
  return parseHlc(clock)?.device ?? '';
}

/** The wall time a clock stands for, as an ISO instant (for "Konflikt … am …"). */
export function clockInstant(clock: string): string {
  return new Date(parseHlc(clock)?.ms ?? 0).toISOString();
}

/** A clock for a record written before clocks existed: its change time and device. */
export function legacyClock(changedAt: string, deviceId: string): string {
  return formatHlc({ ms: Date.parse(changedAt) || 0, counter: 0, device: deviceId });
}

export function maxClock(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * The clock of a device: every change gets a clock above every clock this device has made or seen,
 * and as close to the wall time as that allows.
 */
export class HybridClock {
  private last: Hlc;

  constructor(
    readonly device: string,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.last = { ms: 0, counter: 0, device };
  }

  /**
   * A clock for a change made now on this device. `at`: the change's own time (its `changedAt`),
   * taken when it is within a second of now: the clock is then the one that time and this device
   * make, which the record need not store (shared/sync/payloadVersion.ts).
   */
  tick(at?: number): string {
    const now = this.now();
    const wall = at !== undefined && Math.abs(at - now) < 1000 ? Math.floor(at) : now;
    if (wall > this.last.ms) this.last = { ms: wall, counter: 0, device: this.device };
    else if (this.last.counter < MAX_COUNTER) this.last = { ...this.last, counter: this.last.counter + 1 };
    // 46,656 changes within one millisecond: borrow the next one.
    else this.last = { ms: this.last.ms + 1, counter: 0, device: this.device };
    return formatHlc(this.last);
  }

  /** A clock written elsewhere was read: later changes here must sort after it. */
  observe(clock: string): void {
    const seen = parseHlc(clock);
    if (!seen) return;
    if (seen.ms > this.last.ms || (seen.ms === this.last.ms && seen.counter > this.last.counter)) {
      this.last = { ms: seen.ms, counter: seen.counter, device: this.device };
    }
  }
}
