// Inquiries over time, stacked by requester type or topic, with last year's line for comparison. A click
// on a stack opens that bucket's inquiries of that category.
import { useTheme } from '@mui/material';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { OTHER, timelineStacks } from '../../../shared/stats/chartSeries';
import { bucketDays, NOT_SET, type DashboardModel, type StackBy } from '../../../shared/stats/dashboard';
import { ChartCard } from '../../components/ChartCard';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartLegend } from '../../components/ChartLegend';
import { useSettings } from '../../data/hooks';
import type { DayRange, Drill } from './useDrill';
import { inLegendOrder } from './tooltipOrder';
import { useFormat } from '../../components/useFormat';

interface Props {
  model: Pick<DashboardModel, 'timeline' | 'categories'>;
  stackBy: StackBy;
  range: DayRange;
  /** Shown instead of the chart when the period holds no inquiry. */
  empty: string | undefined;
  /** Absent: figures only (the lead's computer has no inquiries to open). */
  onDrill?: Drill;
}

export function TimelineChart({ model, stackBy, range, empty, onDrill }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { lists } = useSettings();
  const colours = useTheme().palette.chart;
  const stackList = stackBy === 'topics' ? lists.topics : lists.requesterTypes;
  // At most eight stacks: the largest, "Weitere (n)" for the rest, "ohne Angabe" (chartSeries.ts).
  const timeline = timelineStacks(model.timeline, model.categories, 7);
  const data = timeline.rows.map((row) => ({
    key: row.key,
    label: fmt.bucket(row.key),
    previousYear: row.previousYear,
    total: row.total,
    ...row.counts,
  }));
  /** Opens one bucket's inquiries of a category; none for "Weitere" and "ohne Angabe". */
  const drillOf = (cat: string) =>
    !onDrill || cat === OTHER || cat === NOT_SET
      ? undefined
      : (key: string) =>
          onDrill(
            bucketDays(key, range.from, range.to),
            stackBy === 'topics' ? { topics: [cat] } : { requesterTypes: [cat] },
          );
  const categoryName = (id: string) =>
    id === OTHER
      ? t('figures.folded', { n: timeline.folded })
      : id === NOT_SET
        ? t('figures.notSet')
        : labelOf(stackList, id);

  return (
    <ChartCard
      id="timeline"
      title={t('dashboard.timelineTitle', {
        by: stackBy === 'topics' ? t('dashboard.byTopic') : t('dashboard.byRequester'),
      })}
      note={
        stackBy === 'topics'
          ? t('dashboard.topicsNote')
          : // Without inquiries to open (the lead's computer), no word of clicking.
            t(onDrill ? 'dashboard.timelineNote' : 'dashboard.timelineNoteFiguresOnly')
      }
      empty={empty}
      table={{
        columns: [
          t('dashboard.bucket'),
          ...timeline.stacks.map(categoryName),
          t('dashboard.total'),
          t('dashboard.previousYear'),
        ],
        rows: timeline.rows.map((row) => [
          fmt.bucket(row.key),
          ...timeline.stacks.map((c) => row.counts[c] ?? 0),
          row.total,
          row.previousYear,
        ]),
        open: (r, column) => {
          const cat = timeline.stacks[column - 1];
          const key = timeline.rows[r]?.key;
          if (!cat || !key) return undefined;
          const drill = drillOf(cat);
          return drill && (() => drill(key));
        },
      }}
    >
      <ChartFrame height={320}>
        {(size) => (
          <ComposedChart
            {...size}
            // recharts stacks bars in the order they were first drawn: another set or order of stacks
            // (after "Aufteilen nach" or a period change) draws the chart anew, so the stacks follow
            // the legend again.
            key={timeline.stacks.join('|')}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} tickFormatter={fmt.figure} />
            <Tooltip
              formatter={fmt.figure}
              itemSorter={inLegendOrder([...timeline.stacks, 'previousYear'])}
            />
            {timeline.stacks.map((cat, i) => {
              const drill = drillOf(cat);
              return (
                <Bar
                  isAnimationActive={false}
                  key={cat}
                  dataKey={cat}
                  name={categoryName(cat)}
                  stackId="a"
                  fill={colours.series[i % colours.series.length]}
                  cursor={drill ? 'pointer' : undefined}
                  onClick={(entry) =>
                    drill?.(String((entry as { payload?: { key?: string } }).payload?.key ?? ''))
                  }
                />
              );
            })}
            <Line
              type="monotone"
              dataKey="previousYear"
              name={t('dashboard.previousYear')}
              stroke={colours.reference}
              strokeDasharray="6 3"
              strokeWidth={2}
              // One bucket is one point, which a line without dots does not draw at all.
              dot={data.length === 1 ? { r: 4, fill: colours.reference, strokeDasharray: '' } : false}
              isAnimationActive={false}
            />
          </ComposedChart>
        )}
      </ChartFrame>
      <ChartLegend
        items={[
          ...timeline.stacks.map((cat, i) => ({
            name: categoryName(cat),
            colour: colours.series[i % colours.series.length]!,
            kind: 'bar' as const,
          })),
          { name: t('dashboard.previousYear'), colour: colours.reference, kind: 'line', dash: '6 3' },
        ]}
      />
    </ChartCard>
  );
}
