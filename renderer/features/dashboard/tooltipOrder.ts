// recharts lists a tooltip's series alphabetically by default; the legend beside the chart lists
// them in drawing order (a stack from the bottom, then the lines). The tooltip follows the legend.
type TooltipItem = { dataKey?: unknown };

export function inLegendOrder(dataKeys: readonly string[]): (item: TooltipItem) => number {
  const position = new Map(dataKeys.map((key, index) => [key, index]));
  return (item) => position.get(String(item.dataKey)) ?? dataKeys.length;
}
