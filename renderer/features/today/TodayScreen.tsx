// "Heute": the start screen after unlock — what is due, what came in, what is urgent, this week.
import {
  Box,
  Button,
  Chip,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useMemo } from 'react';
import { getISOWeek } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../../shared/domain/categories';
import { dayToDate, toDay } from '../../../shared/domain/calendarDay';
import { todayOverview } from '../../../shared/domain/todayOverview';
import { useFormat } from '../../components/useFormat';
import { useDialogs } from '../../components/dialogs';
import { useNow } from '../../components/useNow';
import { FollowupItem, useFollowupSourceLink } from '../followups';
import { RetentionNotice } from '../retention';
import { setFollowupDone } from '../../data/followups';
import { useActivities, useAllInquiries, useFollowups, useSettings } from '../../data/hooks';
import { getInquiry } from '../../data/inquiries';
import { useVaultSession } from '../../data/VaultContext';
import type { Inquiry } from '../../../shared/domain/inquiry';
import { routes, type Navigate } from '../../routing/routes';

/**
 * Items per list. Of the follow-ups: all due today and the oldest overdue ones, the rest one click
 * away in Wiedervorlagen (the heading keeps the full count). Rendering every one of 70–150 overdue
 * follow-ups was a fifth of the start screen's time after unlock.
 */
const SHOWN = 20;

export function TodayScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const sourceLink = useFollowupSourceLink(navigate);
  const settings = useSettings();
  const inquiries = useAllInquiries();
  const followups = useFollowups();
  const now = useNow();
  const activities = useActivities();
  const today = toDay(now);
  // Every figure here depends on the day, not the minute: recomputed on a data change or at midnight,
  // not on every render (the clock ticks each minute).
  const overview = useMemo(
    () => todayOverview(inquiries, followups, dayToDate(today), activities),
    [inquiries, followups, today, activities],
  );

  // Everything due today, and the oldest overdue ones (they come first) up to SHOWN.
  const shownFollowups = overview.dueFollowups.filter((f, i) => i < SHOWN || f.due >= today);

  const inquiryList = (items: Inquiry[], empty: string) =>
    items.length === 0 ? (
      <Typography color="text.secondary">{empty}</Typography>
    ) : (
      <List dense disablePadding>
        {items.slice(0, SHOWN).map((inq) => (
          <ListItem key={inq.id} disableGutters divider>
            <ListItemText
              disableTypography
              primary={
                <Link
                  component="button"
                  type="button"
                  sx={{ textAlign: 'left' }}
                  onClick={() => navigate(routes.inquiry(inq.id))}
                >
                  {inq.subject}
                </Link>
              }
              secondary={
                <Typography variant="body2" color="text.secondary">
                  {fmt.dateTime(inq.receivedAt)} · {labelOf(settings.lists.requesterTypes, inq.requesterType)}{' '}
                  · {t(`inquiries.status.${inq.status}`)}
                </Typography>
              }
            />
          </ListItem>
        ))}
      </List>
    );

  const figure = (value: string, label: string) => (
    <Box sx={{ minWidth: 110 }}>
      <Typography variant="h4" component="p">
        {value}
      </Typography>
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {t('today.greeting', {
            date: new Intl.DateTimeFormat(fmt.locale, {
              weekday: 'long',
              day: '2-digit',
              month: '2-digit',
              year: 'numeric',
            }).format(now),
          })}
        </Typography>
        {/* In web mode Ctrl+N belongs to the browser: the button is the way in. */}
        <Tooltip title={t('inquiries.newHint')}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={dialogs.newInquiry}>
            {t('inquiries.new')}
          </Button>
        </Tooltip>
      </Stack>
      <RetentionNotice onReview={() => navigate(routes.retention())} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Paper component="section" aria-labelledby="today-due" sx={{ p: 2, height: '100%' }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography id="today-due" variant="h6" component="h2">
                {t('today.dueFollowups')} ({overview.dueFollowups.length})
              </Typography>
              {overview.overdueCount > 0 && (
                <Chip
                  size="small"
                  color="error"
                  label={`${overview.overdueCount} ${t('today.overdueBadge')}`}
                />
              )}
            </Stack>
            {overview.dueFollowups.length === 0 ? (
              <Typography color="text.secondary">{t('today.noDue')}</Typography>
            ) : (
              <List dense disablePadding>
                {shownFollowups.map((f) => {
                  const inquiry = f.inquiryId ? getInquiry(vault.store, f.inquiryId) : undefined;
                  return (
                    <FollowupItem
                      key={`${f.id}:${f.status}`}
                      followup={f}
                      teamMembers={settings.lists.teamMembers}
                      overdue={f.due < today}
                      onToggle={(done) =>
                        void setFollowupDone(vault, f.id, done).then(() =>
                          dialogs.notify(t('followups.doneSaved')),
                        )
                      }
                      onOpen={() => dialogs.followup({ id: f.id })}
                      sourceLink={sourceLink(f)}
                      {...(inquiry
                        ? {
                            inquirySubject: inquiry.subject,
                            onOpenInquiry: () => navigate(routes.inquiry(inquiry.id)),
                          }
                        : {})}
                    />
                  );
                })}
              </List>
            )}
            {shownFollowups.length < overview.dueFollowups.length && (
              <Button sx={{ mt: 1 }} onClick={() => navigate(routes.followups())}>
                {t('today.allDue', { count: overview.dueFollowups.length })}
              </Button>
            )}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Paper component="section" aria-labelledby="today-week" sx={{ p: 2, height: '100%' }}>
            <Typography id="today-week" variant="h6" component="h2" gutterBottom>
              {t('today.week', { week: getISOWeek(now) })}
            </Typography>
            <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {figure(fmt.count(overview.week.inquiries), t('today.weekInquiries'))}
              {figure(fmt.count(overview.week.closed), t('today.weekClosed'))}
              {figure(fmt.figure(overview.week.minutes / 60), t('today.weekHours'))}
              {figure(fmt.count(overview.week.openFollowups), t('today.weekOpenFollowups'))}
            </Stack>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Paper component="section" aria-labelledby="today-inquiries" sx={{ p: 2 }}>
            <Typography id="today-inquiries" variant="h6" component="h2">
              {t('today.todaysInquiries')} ({overview.todaysInquiries.length})
            </Typography>
            {inquiryList(overview.todaysInquiries, t('today.noneToday'))}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Paper component="section" aria-labelledby="today-urgent" sx={{ p: 2 }}>
            <Typography id="today-urgent" variant="h6" component="h2">
              {t('today.urgentOpen')} ({overview.urgentOpen.length})
            </Typography>
            {inquiryList(overview.urgentOpen, t('today.noUrgent'))}
          </Paper>
        </Grid>
      </Grid>
    </Box>
  );
}
