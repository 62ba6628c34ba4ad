// The key figures above the charts: inquiries (with the change on the previous year), activities,
// hours, open follow-ups and the median days to close.
import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { percentChange, type DashboardModel } from '../../../shared/stats/dashboard';
import { useFormat } from '../../components/useFormat';

export function KeyFigures({ model }: { model: Pick<DashboardModel, 'totals' | 'medianDaysToClose'> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { totals } = model;
  const change = percentChange(totals.inquiries, totals.inquiriesPreviousYear);
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap', mb: 2 }}
      component="section"
      aria-label={t('dashboard.keyFigures')}
    >
      <Figure
        value={fmt.figure(totals.inquiries)}
        label={t('dashboard.figures.inquiries')}
        note={
          change === null
            ? t('dashboard.noComparison')
            : t('dashboard.changePreviousYear', {
                change: `${change > 0 ? '+' : ''}${fmt.figure(change)}`,
              })
        }
      />
      <Figure value={fmt.figure(totals.activities)} label={t('dashboard.figures.activities')} />
      <Figure value={fmt.figure(totals.hours)} label={t('dashboard.figures.hours')} />
      <Figure
        value={fmt.figure(totals.openFollowups)}
        label={t('dashboard.figures.openFollowups')}
        note={t('dashboard.figures.overdue', { count: totals.overdueFollowups })}
      />
      <Figure
        value={model.medianDaysToClose === null ? '–' : fmt.figure(model.medianDaysToClose)}
        label={t('dashboard.figures.medianDays')}
      />
    </Stack>
  );
}

function Figure({ value, label, note }: { value: string; label: string; note?: string }) {
  return (
    <Paper sx={{ p: 2, flex: '1 1 180px' }}>
      <Typography variant="h4" component="p">
        {value}
      </Typography>
      <Typography>{label}</Typography>
      {note && (
        <Typography variant="body2" color="text.secondary">
          {note}
        </Typography>
      )}
    </Paper>
  );
}
