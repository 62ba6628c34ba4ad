// A chart's legend as an HTML list under the chart. recharts' own <Legend> is measured after the
// chart is drawn and the whole chart is laid out and drawn again with its height: one more pass of
// every bar at each mount. This one takes its own line and is read as a list by screen readers.
import { Box, Stack, Typography } from '@mui/material';

export interface LegendItem {
  name: string;
  colour: string;
  /** A bar's square, or a line's stroke (dashed like the line). */
  kind: 'bar' | 'line';
  dash?: string;
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <Stack
      component="ul"
      direction="row"
      className="chart-legend"
      sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, flexWrap: 'wrap', justifyContent: 'center', columnGap: 2 }}
    >
      {items.map((item) => (
        <Box component="li" key={item.name} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <svg width="18" height="12" aria-hidden="true" focusable="false">
            {item.kind === 'bar' ? (
              <rect x="3" y="1" width="12" height="10" fill={item.colour} />
            ) : (
              <line
                x1="0"
                y1="6"
                x2="18"
                y2="6"
                stroke={item.colour}
                strokeWidth="2"
                strokeDasharray={item.dash}
              />
            )}
          </svg>
          <Typography variant="body2" component="span" className="chart-legend-text">
            {item.name}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}
