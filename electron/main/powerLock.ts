// The vault locks when the OS locks the screen or suspends.
export type LockReason = 'os-lock' | 'suspend';

export interface PowerEvents {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

export function lockOnOsEvents(power: PowerEvents, lock: (reason: LockReason) => void): void {
  power.on('lock-screen', () => lock('os-lock'));
  power.on('suspend', () => lock('suspend'));
}
