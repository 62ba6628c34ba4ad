// The shares (Anfragende, Themen, Kanäle, …) and the referral targets: they do not depend on
// grouping or stacking, so the grid is memoised and skips those re-renders.
import { memo } from 'react';
import { Grid, useTheme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { chartCounts, OTHER, type ChartBar } from '../../../shared/stats/chartSeries';
import { NOT_SET, SHARE_KEYS, type DashboardModel, type ShareKey } from '../../../shared/stats/dashboard';
import { ChartCard } from '../../components/ChartCard';
import { useSettings } from '../../data/hooks';
import { CountBars } from './CountBars';
import { ReferralsChart } from './ReferralsChart';
import type { DayRange, Drill } from './useDrill';
import { useFormat } from '../../components/useFormat';

/** Each share's settings list, which is also its key in the inquiry filter. */
const SHARE_LIST: Record<
  ShareKey,
  'requesterTypes' | 'topics' | 'channels' | 'targetGroups' | 'municipalities' | 'results' | 'fieldsOfAction'
> = {
  requesterType: 'requesterTypes',
  topics: 'topics',
  channel: 'channels',
  targetGroup: 'targetGroups',
  municipality: 'municipalities',
  result: 'results',
  fieldOfAction: 'fieldsOfAction',
};

interface Props {
  model: Pick<DashboardModel, 'shares' | 'referrals' | 'otherReferrals'>;
  range: DayRange;
  /** Absent: figures only (the lead's computer has no inquiries to open). */
  onDrill?: Drill;
}

export const ShareCharts = memo(function ShareCharts({ model, range, onDrill }: Props) {
  const { t } = useTranslation();
  const { lists } = useSettings();
  const fmt = useFormat();
  const fill = useTheme().palette.chart.series[0];
  return (
    <Grid container spacing={2}>
      {SHARE_KEYS.map((key) => {
        const list = lists[SHARE_LIST[key]];
        const name = (bar: ChartBar) =>
          bar.id === OTHER
            ? t('figures.folded', { n: bar.folded })
            : bar.id === NOT_SET
              ? t('figures.notSet')
              : labelOf(list, bar.id);
        // The chart folds small categories into "Weitere (n)"; the table lists every one.
        const data = chartCounts(model.shares[key], 10).map((s) => ({ ...s, name: name(s) }));
        return (
          <Grid key={key} size={{ xs: 12, lg: 6 }}>
            <ChartCard
              id={`share-${key}`}
              title={t(`dashboard.shares.${key}`)}
              {...(key === 'topics' ? { note: t('dashboard.topicsNote') } : {})}
              empty={data.length === 0 ? t('dashboard.emptyShare') : undefined}
              table={{
                columns: [t('dashboard.category'), t('dashboard.count')],
                rows: model.shares[key].map((s) => [name(s), s.count]),
                open: (r) => {
                  const id = model.shares[key][r]?.id;
                  return onDrill && id && id !== OTHER && id !== NOT_SET
                    ? () => onDrill(range, { [SHARE_LIST[key]]: [id] })
                    : undefined;
                },
              }}
            >
              <CountBars
                data={data}
                fill={fill}
                label={t('dashboard.count')}
                format={fmt.figure}
                onSelect={
                  onDrill &&
                  ((id) => id !== OTHER && id !== NOT_SET && onDrill(range, { [SHARE_LIST[key]]: [id] }))
                }
              />
            </ChartCard>
          </Grid>
        );
      })}
      <Grid size={{ xs: 12, lg: 6 }}>
        <ReferralsChart referrals={model.referrals} otherReferrals={model.otherReferrals} />
      </Grid>
    </Grid>
  );
});
