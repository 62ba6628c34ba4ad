// Berichte: the reports by profile (Jahresbericht, Sachbericht, …) and the Kennzahlen for the
// state-wide comparison, as tabs.
import { Box, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { KennzahlenTab } from '../kennzahlen';
import { REPORT_TABS, routes, type Navigate, type ReportTab } from '../../routing/routes';
import { ReportScreen } from './ReportScreen';

export function ReportsArea({ param, navigate }: { param?: string; navigate: Navigate }) {
  const { t } = useTranslation();
  const tab: ReportTab = REPORT_TABS.includes(param as ReportTab) ? (param as ReportTab) : 'bericht';
  const tabs = (
    <Tabs
      value={tab}
      onChange={(_e, v: ReportTab) => navigate(routes.report(v))}
      aria-label={t('report.title')}
      variant="scrollable"
      sx={{ mb: 1 }}
    >
      {REPORT_TABS.map((key) => (
        <Tab key={key} value={key} label={t(`report.tabs.${key}`)} id={`report-tab-${key}`} />
      ))}
    </Tabs>
  );
  // The report keeps its own layout (grey desk, A4 pages, print rules); the tabs sit in its header.
  if (tab === 'bericht') return <ReportScreen tabs={tabs} />;
  return (
    <Box sx={{ overflow: 'auto' }}>
      <Stack spacing={2} sx={{ p: 3 }}>
        <Typography variant="h4" component="h1">
          {t('report.title')}
        </Typography>
        {tabs}
        <Box role="tabpanel" aria-labelledby="report-tab-kennzahlen">
          <KennzahlenTab />
        </Box>
      </Stack>
    </Box>
  );
}
