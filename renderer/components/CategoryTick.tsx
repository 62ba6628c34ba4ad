// A category axis label that fits its axis: long names (a partner's full name) are cut with "…" on
// one line instead of wrapping into the next bar's label; the full name is the SVG title (shown on
// hover and read by screen readers), in the chart's tooltip and in its table.

/** The props recharts hands a custom tick. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** `text` cut to at most `max` characters, "…" included. */
export function shortLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A tick for a vertical bar chart's category axis `width` pixels wide (about 7 px per character). */
export function categoryTick(width: number) {
  const max = Math.max(8, Math.floor((width - 12) / 7));
  return function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
    const full = String(payload?.value ?? '');
    return (
      <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fill="#555555" fontSize={13}>
        <title>{full}</title>
        {shortLabel(full, max)}
      </text>
    );
  };
}
