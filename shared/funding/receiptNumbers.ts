// The next receipt number suggested for a Vorhaben: the highest number used so far plus one, in its
// style ("B-009" → "B-010", "2027/41" → "2027/42"); "1" for the first.

/** The number after the highest of `taken` (compared by their last run of digits). */
export function nextReceiptNumber(taken: readonly string[]): string {
  let best: { prefix: string; digits: string; value: number } | undefined;
  for (const number of taken) {
    const match = /^(.*?)(\d+)(\D*)$/.exec(number.trim());
    if (!match) continue;
    const value = Number(match[2]);
    if (!best || value > best.value) best = { prefix: match[1]!, digits: match[2]!, value };
  }
  if (!best) return '1';
  const next = String(best.value + 1).padStart(best.digits.length, '0');
  const candidate = `${best.prefix}${next}`;
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  return used.has(candidate.toLowerCase()) ? `${candidate}-2` : candidate;
}
