// Team: the workload per member and for the office, for the period chosen in Auswertung (one choice
// for both screens). The figures are computeTeamWorkload's, made of computeDashboard's, so they agree
// with Auswertung and the Jahresbericht to the unit. A coordinator opens the inquiries behind a
// member's count; `drill` is left out where only figures may be shown.
import { useMemo } from 'react';
import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { receivedYears } from '../../../shared/stats/inquiryColumns';
import { dashboardRange } from '../../../shared/stats/periods';
import {
  computeTeamWorkload,
  WORKLOAD_MEASURES,
  type WorkloadMeasure,
} from '../../../shared/stats/teamWorkload';
import { ChartTables } from '../../components/ChartCard';
import { useNow } from '../../components/useNow';
import {
  useActivities,
  useFollowups,
  useInquiriesForFigures,
  useLeadMode,
  useSettings,
} from '../../data/hooks';
import { Computing } from './Computing';
import type { Navigate } from '../../routing/routes';
import { DashboardControls } from './DashboardControls';
import { MemberFiguresTable } from './MemberFiguresTable';
import { MemberStackChart } from './MemberStackChart';
import { useDrill } from './useDrill';
import { useDashboardView } from './viewState';
import { EMPTY_FILTER } from '../../../shared/domain/inquiryFilter';

export function WorkloadScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const now = useNow();
  const inquiries = useInquiriesForFigures();
  const activities = useActivities();
  const followups = useFollowups();
  const { teamMembers } = useSettings().lists;
  const { choice, change, tables } = useDashboardView();
  // Kept with the period across a drill-down and Back.
  const { period, chosenYear, custom, grouping, workloadMeasure: measure } = choice;
  const range = useMemo(
    () => dashboardRange(period, now, chosenYear, custom),
    [period, now, chosenYear, custom],
  );
  const today = toDay(now);
  const workload = useMemo(
    () =>
      inquiries &&
      computeTeamWorkload(inquiries, activities, followups, teamMembers, { ...range, grouping, today }),
    [inquiries, activities, followups, teamMembers, range, grouping, today],
  );
  const years = useMemo(() => {
    const set = new Set<number>([now.getFullYear(), ...(inquiries ? receivedYears(inquiries) : [])]);
    return [...set].sort((a, b) => b - a);
  }, [inquiries, now]);
  // The team view counts everything: Auswertung's category filters do not apply here.
  const drill = useDrill(EMPTY_FILTER, navigate);
  const onDrill = useLeadMode() ? undefined : drill;

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('workload.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('workload.intro')}</Typography>
      <DashboardControls value={choice} onChange={change} range={range} years={years} periodOnly />
      {!workload ? (
        <Computing />
      ) : (
        <ChartTables.Provider value={tables}>
          <Stack spacing={2}>
            <MemberFiguresTable workload={workload} range={range} onDrill={onDrill} />
            <Box>
              <TextField
                select
                size="small"
                label={t('workload.measure')}
                value={measure}
                onChange={(e) => change({ workloadMeasure: e.target.value as WorkloadMeasure })}
                sx={{ minWidth: 240, mb: 1 }}
              >
                {WORKLOAD_MEASURES.map((m) => (
                  <MenuItem key={m} value={m}>
                    {t(`workload.measures.${m}`)}
                  </MenuItem>
                ))}
              </TextField>
              <MemberStackChart workload={workload} measure={measure} range={range} onDrill={onDrill} />
            </Box>
          </Stack>
        </ChartTables.Provider>
      )}
    </Box>
  );
}
