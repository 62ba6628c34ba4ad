// The financing plan against the receipts: planned and actual per line as bars, with the same
// figures as a table behind "Tabelle" (ChartCard), in euros.
import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { BudgetFigures } from '../../../shared/funding/budget';
import { categoryTick } from '../../components/CategoryTick';
import { ChartCard } from '../../components/ChartCard';
import { ChartFrame } from '../../components/ChartFrame';
import { useFormat } from '../../components/useFormat';

const AXIS_WIDTH = 200;
const CATEGORY_TICK = categoryTick(AXIS_WIDTH);

export function PlanChart({ budget }: { budget: BudgetFigures }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const theme = useTheme();
  const colours = theme.palette.chart;
  const text = theme.palette.text.primary;
  const planned = t('funding.plan.planned');
  const actual = t('funding.plan.actual');
  // recharts draws numbers: euros here, for the axis only; the table shows the exact cents.
  const data = budget.lines.map((l) => ({
    name: l.line ? l.line.category : t('funding.plan.unassigned'),
    planned: l.plannedCents / 100,
    actual: l.actualCents / 100,
  }));
  const euro = (value: unknown) => fmt.euro(Math.round(Number(value) * 100));
  return (
    <ChartCard
      id="funding-plan"
      title={t('funding.plan.chartTitle')}
      table={{
        columns: [t('funding.plan.category'), planned, actual],
        rows: budget.lines.map((l, i) => [data[i]!.name, fmt.euro(l.plannedCents), fmt.euro(l.actualCents)]),
      }}
    >
      <ChartFrame height={Math.max(160, data.length * 56 + 60)}>
        {(size) => (
          <BarChart
            {...size}
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={euro} />
            <YAxis type="category" dataKey="name" width={AXIS_WIDTH} interval={0} tick={CATEGORY_TICK} />
            {/* Texts in the text colour: the orange of "Ist" as text is below AA contrast. */}
            <Tooltip formatter={euro} itemStyle={{ color: text }} />
            <Legend formatter={(value: string) => <span style={{ color: text }}>{value}</span>} />
            <Bar isAnimationActive={false} dataKey="planned" name={planned} fill={colours.series[0]} />
            <Bar isAnimationActive={false} dataKey="actual" name={actual} fill={colours.series[1]} />
          </BarChart>
        )}
      </ChartFrame>
    </ChartCard>
  );
}
