import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/ChartFrame';
import { categoryTick } from '../../components/CategoryTick';

const AXIS_WIDTH = 220;
const CATEGORY_TICK = categoryTick(AXIS_WIDTH);

interface Props {
  data: Array<{ id?: string; name: string; count: number }>;
  fill: string;
  label: string;
  format: (value: unknown) => string;
  onSelect?: (id: string) => void;
}

/** A horizontal bar per category with its count; a click reports the category's id. */
export function CountBars({ data, fill, label, format, onSelect }: Props) {
  return (
    <ChartFrame height={Math.max(160, data.length * 30 + 40)}>
      {(size) => (
        <BarChart {...size} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={format} />
          <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tick={CATEGORY_TICK} />
          <Tooltip formatter={format} />
          <Bar
            isAnimationActive={false}
            dataKey="count"
            name={label}
            fill={fill}
            {...(onSelect
              ? {
                  cursor: 'pointer',
                  onClick: (entry: unknown) =>
                    onSelect(String((entry as { payload?: { id?: string } }).payload?.id ?? '')),
                }
              : {})}
          />
        </BarChart>
      )}
    </ChartFrame>
  );
}
