// Password rules for the vault: length is checked here; strength is scored by zxcvbn in the UI.
export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn score (0–4) a new vault password must reach. */
export const MIN_PASSWORD_SCORE = 3;

export type PasswordProblem = 'tooShort' | 'mismatch' | 'weak';

export function checkNewPassword(password: string, repeat: string, score: number): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (score < MIN_PASSWORD_SCORE) return 'weak';
  if (password !== repeat) return 'mismatch';
  return null;
}

/** Growing wait after failed unlocks: 1, 2, 4 … seconds, at most 60. Data is never wiped. */
export function unlockDelayMs(failedAttempts: number): number {
  if (failedAttempts <= 0) return 0;
  return Math.min(60_000, 1000 * 2 ** (failedAttempts - 1));
}
