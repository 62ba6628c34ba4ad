// A recharts chart drawn at its card's width. recharts' ResponsiveContainer measured itself after
// mounting and drew the chart in a task of its own, the charts of a screen together (one 200 ms
// freeze at the Auswertung); ChartCard measures when a chart's turn comes (mountInTurn), so the chart
// is drawn in that turn, one per task.
import { createContext, useContext, type ReactElement } from 'react';

/** The width (px) of the chart area of the ChartCard around, 0 until measured. */
export const ChartWidth = createContext(0);

export function ChartFrame({
  height,
  children,
}: {
  height: number;
  children: (size: { width: number; height: number }) => ReactElement;
}) {
  const width = useContext(ChartWidth);
  return <div style={{ width: '100%', height }}>{width > 0 && children({ width, height })}</div>;
}
