// The event series (Interkulturelle Woche …): their list with the contributions per status and the
// next milestone, or one series' page (`id`).
import { useState } from 'react';
import {
  Button,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/domain/calendarDay';
import { nextMilestone } from '../../../shared/outreach/eventsMilestones';
import { countByStatus } from '../../../shared/outreach/eventsStatus';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { useOutreachFile } from '../../data/hooks';
import { routes, type Navigate } from '../../routing/routes';
import { SeriesDialog } from './SeriesDialog';
import { SeriesPage } from './SeriesPage';

export function EventsTab({ id, navigate }: { id?: string; navigate: Navigate }) {
  if (id) return <SeriesPage id={id} navigate={navigate} />;
  return <SeriesList navigate={navigate} />;
}

function SeriesList({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const file = useOutreachFile();
  const today = toDay(useNow());
  const [creating, setCreating] = useState(false);

  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">
          {t('events.series.list')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('events.series.new')}
        </Button>
      </Stack>
      {file.series.length === 0 ? (
        <Typography color="text.secondary">{t('events.empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('events.series.list')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('events.series.columns.title')}</TableCell>
                <TableCell>{t('events.series.columns.period')}</TableCell>
                <TableCell>{t('events.series.columns.contributions')}</TableCell>
                <TableCell>{t('events.series.columns.nextMilestone')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {file.series.map((s) => {
                const contributions = file.contributions.filter((c) => c.seriesId === s.id);
                const next = nextMilestone(s.milestones, today);
                return (
                  <TableRow key={s.id} hover>
                    <TableCell>
                      <Link
                        component="button"
                        type="button"
                        data-focus-key={s.id}
                        onClick={() => navigate(routes.eventSeries(s.id))}
                        sx={{ textAlign: 'left' }}
                      >
                        {s.title}
                      </Link>
                      {s.motto && (
                        <Typography variant="body2" color="text.secondary">
                          {s.motto}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {fmt.dayRange({ from: s.from, to: s.to })}
                    </TableCell>
                    <TableCell>
                      {contributions.length
                        ? t('events.series.counts', countByStatus(contributions))
                        : t('events.series.noContributions')}
                    </TableCell>
                    <TableCell>
                      {next
                        ? t('events.series.nextMilestone', {
                            kind: t(`events.milestones.kinds.${next.kind}`),
                            day: fmt.day(next.day),
                          })
                        : t('events.series.noNextMilestone')}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <SeriesDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          navigate(routes.eventSeries(id));
        }}
      />
    </Paper>
  );
}
