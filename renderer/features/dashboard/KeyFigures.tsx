// The key figures above the charts: inquiries (with the change on the previous year), activities,
// hours, open follow-ups and the median days to close.
import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { percentChange, type DashboardModel } from '../../../shared/stats/dashboard';
import { useFigureFormat } from './useFigureFormat';

export function KeyFigures({ model }: { model: Pick<DashboardModel, 'totals' | 'medianDaysToClose'> }) {
  const { t } = useTranslation();
  const { number } = useFigureFormat();
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
        value={number.format(totals.inquiries)}
        label={t('dashboard.figures.inquiries')}
        note={
          change === null
            ? t('dashboard.noComparison')
            : t('dashboard.changePreviousYear', {
                change: `${change > 0 ? '+' : ''}${number.format(change)}`,
              })
        }
      />
      <Figure value={number.format(totals.activities)} label={t('dashboard.figures.activities')} />
      <Figure value={number.format(totals.hours)} label={t('dashboard.figures.hours')} />
      <Figure
        value={number.format(totals.openFollowups)}
        label={t('dashboard.figures.openFollowups')}
        note={t('dashboard.figures.overdue', { count: totals.overdueFollowups })}
      />
      <Figure
        value={model.medianDaysToClose === null ? '–' : number.format(model.medianDaysToClose)}
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
