// Performance marks with fixed names (never data), read by `npm run bench`.
export function markPhase(name: string): void {
  performance.mark(`anlaufstelle:${name}`);
}
