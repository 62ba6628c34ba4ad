// The errors the vault's operations throw, so callers can tell what went wrong and that nothing changed.

/** A wrong password must wait this long before the next try. */
export class UnlockDelayError extends Error {
  constructor(public readonly remainingMs: number) {
    super('unlock delayed');
    this.name = 'UnlockDelayError';
  }
}

export class VaultExistsError extends Error {}

/** This vault was re-keyed in another window: its storage is retired, writes here are refused. */
export class VaultRetiredError extends Error {
  constructor() {
    super('vault storage retired by a re-keying');
    this.name = 'VaultRetiredError';
  }
}

/** Another write committed while a restore or re-keying was being planned; it plans again. */
export class ConcurrentWriteError extends Error {}

/** Another window changed the key slots meanwhile: nothing was written. */
export class HeaderChangedError extends Error {}
