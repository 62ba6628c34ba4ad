// One event series: motto and period, its milestones (each a Wiedervorlage), the call for
// contributions and the contributions, filtered by status; an approved one becomes an Aktivität here.
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { differenceInCalendarDays } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { dayToDate, toDay } from '../../../shared/domain/calendarDay';
import { CONTRIBUTION_STATUSES, type ContributionStatus } from '../../../shared/outreach/eventRecords';
import { activityRefusal } from '../../../shared/outreach/eventsActivity';
import { milestoneSource } from '../../../shared/outreach/eventsMilestones';
import { countByStatus } from '../../../shared/outreach/eventsStatus';
import { useDialogs } from '../../components/dialogs';
import { useSingleFlight } from '../../components/singleFlight';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { hasActivity, takeOverAsActivity } from '../../data/events';
import { useActivities, useFollowups, useOrganisations, useOutreachFile } from '../../data/hooks';
import type { Contribution, Series } from '../../data/outreach';
import { useVaultSession } from '../../data/VaultContext';
import { routes, type Navigate } from '../../routing/routes';
import { ContributionDialog } from './ContributionDialog';
import { ContributionStatusChip } from './ContributionStatusChip';
import { EventExportMenu } from './EventExportMenu';
import { SeriesDialog } from './SeriesDialog';

type Open = { kind: 'edit' } | { kind: 'contribution'; id?: string } | null;
type Filter = ContributionStatus | 'all';

export function SeriesPage({ id, navigate }: { id: string; navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const file = useOutreachFile();
  const [open, setOpen] = useState<Open>(null);
  const series = file.series.find((s) => s.id === id);
  const contributions = useMemo(
    () => file.contributions.filter((c) => c.seriesId === id),
    [file.contributions, id],
  );

  const back = (
    <Button
      startIcon={<ArrowBackIcon />}
      onClick={() => navigate(routes.outreach('veranstaltungen'))}
      sx={{ alignSelf: 'flex-start' }}
    >
      {t('events.series.back')}
    </Button>
  );
  if (!series) {
    return (
      <Stack spacing={2} sx={{ p: 3 }}>
        {back}
        <Typography>{t('events.notFound')}</Typography>
      </Stack>
    );
  }

  return (
    <Box sx={{ overflow: 'auto' }}>
      <Stack spacing={2} sx={{ p: 3 }}>
        {back}
        <Box>
          <Typography variant="h4" component="h1">
            {series.title}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 0.5 }}>
            {fmt.dayRange({ from: series.from, to: series.to })}
            {series.motto ? ` · ${t('events.series.motto', { motto: series.motto })}` : ''}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setOpen({ kind: 'contribution' })}
          >
            {t('events.contributions.new')}
          </Button>
          <Button startIcon={<EditIcon />} onClick={() => setOpen({ kind: 'edit' })}>
            {t('events.series.edit')}
          </Button>
          <EventExportMenu series={series} contributions={contributions} />
        </Stack>

        <Milestones series={series} />

        <Paper component="section" aria-labelledby="series-call" sx={{ p: 2 }}>
          <Typography id="series-call" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('events.call.title')}
          </Typography>
          {series.callText ? (
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{series.callText}</Typography>
          ) : (
            <Typography color="text.secondary">{t('events.call.empty')}</Typography>
          )}
        </Paper>

        <Contributions
          series={series}
          contributions={contributions}
          onOpen={(contributionId) => setOpen({ kind: 'contribution', id: contributionId })}
        />
      </Stack>
      <SeriesDialog
        open={open?.kind === 'edit'}
        seriesId={id}
        onClose={() => setOpen(null)}
        onSaved={() => setOpen(null)}
        onDeleted={() => {
          setOpen(null);
          navigate(routes.outreach('veranstaltungen'));
        }}
      />
      <ContributionDialog
        open={open?.kind === 'contribution'}
        seriesId={id}
        series={series}
        contributionId={open?.kind === 'contribution' ? open.id : undefined}
        onClose={() => setOpen(null)}
      />
    </Box>
  );
}

function Milestones({ series }: { series: Series }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const followups = useFollowups();
  const today = toDay(useNow());
  const bySource = useMemo(() => new Map(followups.map((f) => [f.source, f])), [followups]);
  const relative = (day: string) => {
    const days = differenceInCalendarDays(dayToDate(day), dayToDate(today));
    if (days === 0) return t('events.milestones.today');
    return days > 0
      ? t('events.milestones.daysLeft', { count: days })
      : t('events.milestones.daysAgo', { count: -days });
  };
  return (
    <Paper component="section" aria-labelledby="series-milestones" sx={{ p: 2 }}>
      <Typography id="series-milestones" variant="h6" component="h2">
        {t('events.milestones.title')}
      </Typography>
      {series.milestones.length === 0 ? (
        <Typography color="text.secondary">{t('events.milestones.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {series.milestones.map((m) => {
            const followup = bySource.get(milestoneSource(series.id, m.id));
            const state = !followup
              ? t('events.milestones.followupNone')
              : followup.status === 'erledigt'
                ? t('events.milestones.followupDone')
                : t('events.milestones.followupOpen');
            return (
              <ListItem key={m.id} disableGutters>
                <ListItemText
                  primary={`${t(`events.milestones.kinds.${m.kind}`)}: ${fmt.day(m.day)} (${relative(m.day)})`}
                  secondary={[m.note, state].filter(Boolean).join(' · ')}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </Paper>
  );
}

function Contributions({
  series,
  contributions,
  onOpen,
}: {
  series: Series;
  contributions: Contribution[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const { notify, activity: openActivity } = useDialogs();
  const organisations = useOrganisations();
  // Re-render when an Aktivität comes or goes (a taken-over one deleted may be taken over again).
  useActivities();
  const [filter, setFilter] = useState<Filter>('all');
  const [failed, setFailed] = useState(false);
  const orgName = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const counts = countByStatus(contributions);
  const shown = filter === 'all' ? contributions : contributions.filter((c) => c.status === filter);

  const takeOver = useSingleFlight(async (c: Contribution) => {
    setFailed(false);
    const notes = [
      t('events.contributions.activityNotes', { series: series.title }),
      c.venue ? t('events.contributions.activityVenue', { venue: c.venue }) : '',
    ]
      .filter(Boolean)
      .join('\n');
    try {
      await takeOverAsActivity(vault, c.id, notes);
      notify({ key: 'events.contributions.takenOver', params: { title: c.title } });
    } catch {
      setFailed(true);
    }
  });

  const time = (c: Contribution) =>
    !c.startTime
      ? ''
      : c.endTime
        ? t('events.contributions.timeRange', { from: c.startTime, to: c.endTime })
        : t('events.contributions.time', { from: c.startTime });

  return (
    <Paper component="section" aria-labelledby="series-contributions" sx={{ p: 2 }}>
      <Typography id="series-contributions" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('events.contributions.title')}
      </Typography>
      {contributions.length === 0 ? (
        <Typography color="text.secondary">{t('events.contributions.empty')}</Typography>
      ) : (
        <>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={filter}
            onChange={(_e, v: Filter | null) => v && setFilter(v)}
            aria-label={t('events.contributions.filter')}
            sx={{ mb: 1, flexWrap: 'wrap' }}
          >
            <ToggleButton value="all">
              {t('events.contributions.all', { count: contributions.length })}
            </ToggleButton>
            {CONTRIBUTION_STATUSES.map((s) => (
              <ToggleButton key={s} value={s}>
                {t('events.contributions.withStatus', {
                  status: t(`events.contributions.statuses.${s}`),
                  count: counts[s],
                })}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {failed && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {t('inquiries.saveFailed')}
            </Alert>
          )}
          {shown.length === 0 ? (
            <Typography color="text.secondary">{t('events.contributions.noneWithStatus')}</Typography>
          ) : (
            <TableContainer>
              <Table
                size="small"
                aria-label={t('events.contributions.title')}
                // Narrow cells: seven columns stay within the card at 1366 px.
                sx={{ '& td, & th': { px: 1 } }}
              >
                <TableHead>
                  <TableRow>
                    <TableCell>{t('events.contributions.columns.date')}</TableCell>
                    <TableCell>{t('events.contributions.columns.time')}</TableCell>
                    <TableCell>{t('events.contributions.columns.title')}</TableCell>
                    <TableCell>{t('events.contributions.columns.organiser')}</TableCell>
                    <TableCell>{t('events.contributions.columns.venue')}</TableCell>
                    <TableCell>{t('events.contributions.columns.status')}</TableCell>
                    <TableCell>{t('events.contributions.columns.activity')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.map((c) => {
                    const taken = hasActivity(vault.store, c);
                    return (
                      <TableRow key={c.id} hover>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.day(c.date)}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(c)}</TableCell>
                        <TableCell>
                          <Link
                            component="button"
                            type="button"
                            data-focus-key={c.id}
                            onClick={() => onOpen(c.id)}
                            sx={{ textAlign: 'left' }}
                          >
                            {c.title}
                          </Link>
                        </TableCell>
                        <TableCell>{orgName.get(c.organisationId) ?? '–'}</TableCell>
                        <TableCell>{c.venue || '–'}</TableCell>
                        <TableCell>
                          <ContributionStatusChip status={c.status} />
                        </TableCell>
                        <TableCell>
                          {taken ? (
                            <Link
                              component="button"
                              type="button"
                              onClick={() => openActivity({ id: c.activityId })}
                            >
                              {t('events.contributions.isActivity')}
                            </Link>
                          ) : activityRefusal(c, false) ? (
                            '–'
                          ) : (
                            <Button
                              size="small"
                              startIcon={<EventAvailableIcon />}
                              aria-label={t('events.contributions.toActivityLabel', { title: c.title })}
                              onClick={() => void takeOver(c)}
                              // Wraps onto two lines: at 1366 px one line pushed the table past its card.
                              sx={{ textAlign: 'left', lineHeight: 1.25 }}
                            >
                              {t('events.contributions.toActivity')}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
    </Paper>
  );
}
