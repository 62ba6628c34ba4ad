// One measure of the team's workload per period, stacked by member ("Tabelle": the same numbers with
// the office's total). For inquiries, a click on a member's stack opens them (coordinators only).
import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { bucketDays } from '../../../shared/stats/dashboard';
import { NOT_SET } from '../../../shared/stats/dashboard';
import type { TeamWorkload, WorkloadMeasure } from '../../../shared/stats/teamWorkload';
import { ChartCard } from '../../components/ChartCard';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartLegend } from '../../components/ChartLegend';
import { useFormat } from '../../components/useFormat';
import { useMemberName } from './MemberFiguresTable';
import { inLegendOrder } from './tooltipOrder';
import type { DayRange, Drill } from './useDrill';

interface Props {
  workload: TeamWorkload;
  measure: WorkloadMeasure;
  range: DayRange;
  onDrill?: Drill;
}

export function MemberStackChart({ workload, measure, range, onDrill }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const nameOf = useMemberName();
  const { series } = useTheme().palette.chart;
  const members = workload.members.map((m) => m.member);
  const colourOf = (i: number) => series[i % series.length]!;
  const value = (n: number) => (measure === 'hours' ? Math.round(n * 10) / 10 : n);
  const data = workload.office.periods.map((p, k) => ({
    key: p.key,
    label: fmt.bucket(p.key),
    ...Object.fromEntries(workload.members.map((m) => [m.member, value(m.periods[k]![measure])])),
  }));
  const drillOf = (member: string) =>
    onDrill && measure === 'inquiries'
      ? (key: string) =>
          onDrill(bucketDays(key, range.from, range.to), { handledBy: [member === NOT_SET ? '' : member] })
      : undefined;
  const measureName = t(`workload.measures.${measure}`);
  const format = measure === 'hours' ? fmt.figure : fmt.count;

  return (
    <ChartCard
      // One switch for every measure: a table stays a table when the measure changes.
      id="workload-members"
      title={t('workload.chartTitle', { measure: measureName })}
      note={
        measure === 'openFollowups' || measure === 'overdueFollowups'
          ? t('workload.followupsNote')
          : undefined
      }
      empty={
        workload.office[measure] === 0 && measure !== 'openFollowups' && measure !== 'overdueFollowups'
          ? t('dashboard.emptyPeriod')
          : undefined
      }
      table={{
        columns: [t('dashboard.bucket'), ...members.map(nameOf), t('dashboard.total')],
        rows: workload.office.periods.map((p, k) => [
          fmt.bucket(p.key),
          ...workload.members.map((m) => format(m.periods[k]![measure])),
          format(p[measure]),
        ]),
        open: (r, column) => {
          const member = members[column - 1];
          const key = workload.office.periods[r]?.key;
          const drill = member === undefined ? undefined : drillOf(member);
          return drill && key ? () => drill(key) : undefined;
        },
      }}
    >
      <ChartFrame height={320}>
        {(size) => (
          <BarChart
            {...size}
            key={members.join('|')}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={measure === 'hours'} tickFormatter={fmt.figure} />
            <Tooltip formatter={fmt.figure} itemSorter={inLegendOrder(members)} />
            {members.map((member, i) => {
              const drill = drillOf(member);
              return (
                <Bar
                  isAnimationActive={false}
                  key={member}
                  dataKey={member}
                  name={nameOf(member)}
                  stackId="m"
                  fill={colourOf(i)}
                  cursor={drill ? 'pointer' : undefined}
                  onClick={(entry) =>
                    drill?.(String((entry as { payload?: { key?: string } }).payload?.key ?? ''))
                  }
                />
              );
            })}
          </BarChart>
        )}
      </ChartFrame>
      <ChartLegend
        items={members.map((m, i) => ({ name: nameOf(m), colour: colourOf(i), kind: 'bar' as const }))}
      />
    </ChartCard>
  );
}
