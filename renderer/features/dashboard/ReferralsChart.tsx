// "Verwiesen an": the top referral targets by the organisation's current name, and one
// "Weitere (n Verweisziele)" bar for the rest, so the chart adds up.
import { useTheme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { DashboardModel } from '../../../shared/stats/dashboard';
import { FREE_TEXT_REFERRAL } from '../../../shared/stats/projection';
import { ChartCard } from '../../components/ChartCard';
import { useOrganisations } from '../../data/hooks';
import { CountBars } from './CountBars';
import { useFormat } from '../../components/useFormat';

export function ReferralsChart({
  referrals,
  otherReferrals,
}: Pick<DashboardModel, 'referrals' | 'otherReferrals'>) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const fmt = useFormat();
  const fill = useTheme().palette.chart.series[2];
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const data = referrals.map((r) => ({
    // The lead's computer counts free-text referrals under one bar, without their words.
    name: r.orgId
      ? (orgName.get(r.orgId) ?? r.label)
      : r.label === FREE_TEXT_REFERRAL
        ? t('dashboard.freeTextReferrals')
        : r.label,
    count: r.count,
  }));
  const { targets, count } = otherReferrals;
  if (targets > 0) data.push({ name: t('figures.otherReferrals', { count: targets }), count });
  return (
    <ChartCard
      id="referrals"
      title={t('dashboard.referralsTitle')}
      empty={data.length === 0 ? t('dashboard.emptyShare') : undefined}
      table={{
        columns: [t('inquiries.fields.referrals'), t('dashboard.count')],
        rows: data.map((d) => [d.name, d.count]),
      }}
    >
      <CountBars data={data} fill={fill} label={t('dashboard.count')} format={fmt.figure} />
    </ChartCard>
  );
}
