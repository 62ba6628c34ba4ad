// Arbeitsaufwand per bucket: inquiries and activities as bars, hours on the right axis, open and
// overdue follow-ups as lines; the table adds the hours per team member.
import { useTheme } from '@mui/material';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { NOT_SET, workloadMemberColumns, type DashboardModel } from '../../../shared/stats/dashboard';
import { ChartCard } from '../../components/ChartCard';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartLegend, type LegendItem } from '../../components/ChartLegend';
import { useSettings } from '../../data/hooks';
import { useFormat } from '../../components/useFormat';
import { inLegendOrder } from './tooltipOrder';

export function WorkloadChart({ model }: { model: Pick<DashboardModel, 'workload'> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { teamMembers } = useSettings().lists;
  const { series } = useTheme().palette.chart;
  const memberColumns = workloadMemberColumns(model, teamMembers).map((id) => ({
    id,
    header:
      id === NOT_SET
        ? t('figures.hoursWithoutMember')
        : t('dashboard.hoursOf', { name: labelOf(teamMembers, id) }),
  }));

  // Each series once: the chart and its legend are drawn from this.
  const workloadSeries: Array<LegendItem & { dataKey: string; axis: 'left' | 'right'; width?: number }> = [
    {
      dataKey: 'inquiries',
      name: t('dashboard.figures.inquiries'),
      colour: series[0],
      kind: 'bar',
      axis: 'left',
    },
    {
      dataKey: 'activities',
      name: t('dashboard.figures.activities'),
      colour: series[1],
      kind: 'bar',
      axis: 'left',
    },
    {
      dataKey: 'hours',
      name: t('dashboard.figures.hours'),
      colour: series[5],
      kind: 'line',
      axis: 'right',
      width: 2,
    },
    {
      dataKey: 'openFollowups',
      name: t('dashboard.figures.openFollowups'),
      colour: series[7],
      kind: 'line',
      axis: 'left',
      dash: '4 2',
    },
    {
      dataKey: 'overdueFollowups',
      name: t('dashboard.overdueFollowups'),
      colour: series[3],
      kind: 'line',
      axis: 'left',
      dash: '1 3',
      width: 2,
    },
  ];

  return (
    <ChartCard
      id="workload"
      title={t('dashboard.workloadTitle')}
      note={t('figures.hoursNote')}
      table={{
        columns: [
          t('dashboard.bucket'),
          t('dashboard.figures.inquiries'),
          t('dashboard.figures.activities'),
          t('dashboard.figures.hours'),
          ...memberColumns.map((m) => m.header),
          t('dashboard.figures.openFollowups'),
          t('dashboard.overdueFollowups'),
        ],
        rows: model.workload.map((w) => [
          fmt.bucket(w.key),
          w.inquiries,
          w.activities,
          fmt.figure(w.hours),
          ...memberColumns.map((m) => fmt.figure(w.hoursByMember[m.id] ?? 0)),
          w.openFollowups,
          w.overdueFollowups,
        ]),
      }}
    >
      <ChartFrame height={320}>
        {(size) => (
          <ComposedChart
            {...size}
            data={model.workload.map((w) => ({
              ...w,
              label: fmt.bucket(w.key),
              hours: Math.round(w.hours * 10) / 10,
            }))}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis yAxisId="left" allowDecimals={false} tickFormatter={fmt.figure} />
            <YAxis yAxisId="right" orientation="right" tickFormatter={fmt.figure} />
            <Tooltip
              formatter={fmt.figure}
              itemSorter={inLegendOrder(workloadSeries.map((item) => item.dataKey))}
            />
            {workloadSeries.map((item) =>
              item.kind === 'bar' ? (
                <Bar
                  key={item.dataKey}
                  isAnimationActive={false}
                  yAxisId={item.axis}
                  dataKey={item.dataKey}
                  name={item.name}
                  fill={item.colour}
                />
              ) : (
                <Line
                  key={item.dataKey}
                  isAnimationActive={false}
                  yAxisId={item.axis}
                  dataKey={item.dataKey}
                  name={item.name}
                  stroke={item.colour}
                  strokeDasharray={item.dash}
                  strokeWidth={item.width}
                />
              ),
            )}
          </ComposedChart>
        )}
      </ChartFrame>
      <ChartLegend items={workloadSeries} />
    </ChartCard>
  );
}
