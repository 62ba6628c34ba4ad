// Auswertung: inquiries over time, shares, workload — computed by shared/stats, drawn by recharts,
// each with a table of the same numbers. A click on a bar opens the matching inquiries.
// This screen holds the choices and the model; each part draws in its own module beside it.
import { useMemo } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { computeDashboard } from '../../../shared/stats/dashboard';
import { receivedYears } from '../../../shared/stats/inquiryColumns';
import { dashboardRange } from '../../../shared/stats/periods';
import { ChartTables } from '../../components/ChartCard';
import { useNow } from '../../components/useNow';
import { useActivities, useFollowups, useInquiriesForFigures, useLeadMode } from '../../data/hooks';
import { Computing } from './Computing';
import { DashboardControls } from './DashboardControls';
import { KeyFigures } from './KeyFigures';
import { ShareCharts } from './ShareCharts';
import { TimelineChart } from './TimelineChart';
import { useDrill } from './useDrill';
import { useSameContent } from './sameContent';
import { WorkloadChart } from './WorkloadChart';
import type { Navigate } from '../../routing/routes';
import { useDashboardView } from './viewState';

export function DashboardScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const now = useNow();
  // Until the statistics columns are built (in steps), the last list that had them, or nothing.
  const inquiries = useInquiriesForFigures();
  const activities = useActivities();
  const followups = useFollowups();
  const { choice, change, tables } = useDashboardView();
  const { period, chosenYear, custom, grouping, stackBy, filter } = choice;
  const range = useMemo(
    () => dashboardRange(period, now, chosenYear, custom),
    [period, now, chosenYear, custom],
  );
  const today = toDay(now);

  const model = useMemo(
    () =>
      inquiries &&
      computeDashboard(inquiries, activities, followups, { ...range, grouping, stackBy, filter, today }),
    [inquiries, activities, followups, range, grouping, stackBy, filter, today],
  );

  const years = useMemo(() => {
    const set = new Set<number>([now.getFullYear(), ...(inquiries ? receivedYears(inquiries) : [])]);
    return [...set].sort((a, b) => b - a);
  }, [inquiries, now]);

  // The shares keep their identity while only grouping or stacking changes, so the memoised share
  // charts skip those re-renders.
  const { shares, referrals, otherReferrals } = model ?? {};
  const shareModel = useSameContent(
    useMemo(
      () => shares && referrals && otherReferrals && { shares, referrals, otherReferrals },
      [shares, referrals, otherReferrals],
    ),
  );
  const drill = useDrill(filter, navigate);
  // The lead's computer has figures, no inquiries to open.
  const onDrill = useLeadMode() ? undefined : drill;

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('dashboard.title')}
      </Typography>
      <DashboardControls value={choice} onChange={change} range={range} years={years} />
      {!model || !shareModel ? (
        <Computing />
      ) : (
        <>
          <KeyFigures model={model} />
          <ChartTables.Provider value={tables}>
            <Stack spacing={2}>
              <TimelineChart
                model={model}
                stackBy={stackBy}
                range={range}
                empty={model.totals.inquiries === 0 ? t('dashboard.emptyPeriod') : undefined}
                onDrill={onDrill}
              />
              <ShareCharts model={shareModel} range={range} onDrill={onDrill} />
              <WorkloadChart model={model} />
            </Stack>
          </ChartTables.Provider>
        </>
      )}
    </Box>
  );
}
