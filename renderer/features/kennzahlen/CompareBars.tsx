// Horizontal bars per category, one bar per office side by side: Auswertung's bar style
// (CountBars) with a series per office and the legend below as a list.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/ChartFrame';
import { categoryTick } from '../../components/CategoryTick';
import { ChartLegend } from '../../components/ChartLegend';

const AXIS_WIDTH = 220;
const CATEGORY_TICK = categoryTick(AXIS_WIDTH);

interface Props {
  categories: ReadonlyArray<{ name: string; values: readonly number[] }>;
  series: ReadonlyArray<{ name: string; colour: string }>;
  format: (value: unknown) => string;
}

export function CompareBars({ categories, series, format }: Props) {
  const data = categories.map((c) => ({
    name: c.name,
    ...Object.fromEntries(c.values.map((v, i) => [`s${i}`, v])),
  }));
  const rowHeight = Math.max(30, series.length * 14 + 12);
  return (
    <>
      <ChartFrame height={Math.max(160, data.length * rowHeight + 40)}>
        {(size) => (
          <BarChart
            {...size}
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={format} />
            <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tick={CATEGORY_TICK} />
            {/* recharts sorts a tooltip's entries by name; here they follow the legend (the offices' order). */}
            <Tooltip formatter={format} itemSorter={(item) => Number(String(item.dataKey).slice(1))} />
            {series.map((s, i) => (
              <Bar
                key={s.name + i}
                isAnimationActive={false}
                dataKey={`s${i}`}
                name={s.name}
                fill={s.colour}
              />
            ))}
          </BarChart>
        )}
      </ChartFrame>
      {series.length > 1 && (
        <ChartLegend items={series.map((s) => ({ name: s.name, colour: s.colour, kind: 'bar' }))} />
      )}
    </>
  );
}
