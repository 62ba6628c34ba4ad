// The plausibility check for e-mail addresses, shared by forms and imports. Written without a regular
// expression: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ backtracks on long cells ("a@....@": 40,000 characters took
// 9 s) and froze the app during an import, so auto-lock could not run either.

/** One "@" with text before it, no white space, and a dot in the domain with text on both sides. */
export function isEmailAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  const at = value.indexOf('@');
  if (at < 1 || value.indexOf('@', at + 1) !== -1) return false;
  const domain = value.slice(at + 1);
  // A dot that is neither the domain's first nor its last character.
  return domain.length >= 3 && domain.slice(1, -1).includes('.');
}
