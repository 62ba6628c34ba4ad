import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  Chip,
  Drawer,
  IconButton,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Snackbar,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import InboxIcon from '@mui/icons-material/Inbox';
import SearchIcon from '@mui/icons-material/Search';
import SettingsIcon from '@mui/icons-material/Settings';
import TodayIcon from '@mui/icons-material/Today';
import AlarmIcon from '@mui/icons-material/Alarm';
import HubIcon from '@mui/icons-material/Hub';
import InsightsIcon from '@mui/icons-material/Insights';
import DescriptionIcon from '@mui/icons-material/Description';
import GroupsIcon from '@mui/icons-material/Groups';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../shared/domain/calendarDay';
import { groupFollowups } from '../../shared/domain/followup';
import {
  DialogsContext,
  type Dialogs,
  type FollowupDialogRequest,
  type NotifyMessage,
} from '../components/dialogs';
import { ActivityDialog } from '../features/activities/ActivityDialog';
import { FollowupDialog } from '../features/followups/FollowupDialog';
import { OrganisationDialog } from '../features/network/OrganisationDialog';
import { PersonDialog } from '../features/network/PersonDialog';
import { InquiryFormDialog } from '../features/inquiries/InquiryFormDialog';
import { useHashRoute } from '../components/useHashRoute';
import { listFollowups } from '../data/followups';
import { useSettings } from '../data/hooks';
import { markPhase } from '../data/perfMarks';
import { runAutoBackup } from '../data/autoBackup';
import { warmStatistics } from '../data/statistics';
import { searchServiceOf } from '../data/search';
import { readDeviceSettings, saveDeviceSettings } from '../data/settings';
import { useVaultSession } from '../data/VaultContext';
import { host } from '../host';
import { ActivitiesScreen } from '../features/activities/ActivitiesScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { FollowupsScreen } from '../features/followups/FollowupsScreen';
import { NetworkScreen } from '../features/network/NetworkScreen';
import { InquiriesScreen } from '../features/inquiries/InquiriesScreen';
import { CommandPalette, type PaletteAction } from '../features/search/CommandPalette';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { rememberLanguage } from '../i18n';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { useAutoLock } from './useAutoLock';
import { AboutDialog } from '../features/about/AboutDialog';
import { useAppCommands, useShortcutConflictNotice } from './useAppCommands';
import { RecoveryKeyReminder } from '../features/settings/RecoveryKeyReminder';

const DRAWER_WIDTH = 220;
/** At narrow widths (and 200 % zoom) the navigation shows icons only. */
const DRAWER_WIDTH_COMPACT = 64;

const AREAS = [
  { area: 'heute', label: 'nav.today', icon: <TodayIcon /> },
  { area: 'anfragen', label: 'nav.inquiries', icon: <InboxIcon /> },
  { area: 'wiedervorlagen', label: 'nav.followups', icon: <AlarmIcon /> },
  { area: 'netzwerk', label: 'nav.network', icon: <HubIcon /> },
  { area: 'aktivitaeten', label: 'nav.activities', icon: <GroupsIcon /> },
  { area: 'auswertung', label: 'nav.dashboard', icon: <InsightsIcon /> },
  { area: 'jahresbericht', label: 'nav.report', icon: <DescriptionIcon /> },
  { area: 'einstellungen', label: 'nav.settings', icon: <SettingsIcon /> },
] as const;

type InquiryDialogState = { open: false } | { open: true; id: string | undefined };
type FollowupDialogState = { open: false } | ({ open: true } & FollowupDialogRequest);
type EntityDialogState = { open: false } | { open: true; id?: string; organisationId?: string };

export function AppShell() {
  const { t, i18n } = useTranslation();
  const { vault, lock, demo, leaveDemo } = useVaultSession();
  const settings = useSettings();
  const [route, navigate] = useHashRoute('heute');
  const [locking, setLocking] = useState(false);
  const [inquiryDialog, setInquiryDialog] = useState<InquiryDialogState>({ open: false });
  const [followupDialog, setFollowupDialog] = useState<FollowupDialogState>({ open: false });
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [orgDialog, setOrgDialog] = useState<EntityDialogState>({ open: false });
  const [personDialog, setPersonDialog] = useState<EntityDialogState>({ open: false });
  const [activityDialog, setActivityDialog] = useState<EntityDialogState>({ open: false });
  const [snack, setSnack] = useState<{ message: string | NotifyMessage; key: number } | null>(null);
  const [reminder, setReminder] = useState<number>(0);
  const [autoBackupFailed, setAutoBackupFailed] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const drawerWidth = compact ? DRAWER_WIDTH_COMPACT : DRAWER_WIDTH;

  const doLock = useCallback(() => {
    setLocking(true);
    lock();
  }, [lock]);
  useAutoLock(settings.autoLockMinutes, doLock);
  useEffect(() => host.onLockRequest(doLock), [doLock]);

  const dialogs: Dialogs = useMemo(
    () => ({
      newInquiry: () => setInquiryDialog({ open: true, id: undefined }),
      editInquiry: (id) => setInquiryDialog({ open: true, id }),
      followup: (request) => setFollowupDialog({ open: true, ...request }),
      organisation: (request) => setOrgDialog({ open: true, ...request }),
      person: (request) => setPersonDialog({ open: true, ...request }),
      activity: (request) => setActivityDialog({ open: true, ...request }),
      notify: (message) => setSnack({ message, key: Date.now() }),
    }),
    [],
  );

  useEffect(() => {
    if (settings.language !== i18n.language) rememberLanguage(settings.language);
  }, [settings.language, i18n.language]);

  // Once per unlock: mark for the benchmark, announce due follow-ups once a day, warm up statistics and search.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    markPhase('start-screen-ready');
    const now = new Date();
    const today = toDay(now);
    const groups = groupFollowups(listFollowups(vault.store), now);
    const due = groups.overdue.length + groups.today.length;
    if (due > 0 && readDeviceSettings(vault).lastReminderDay !== today) {
      const body = t('followups.reminder', { count: due });
      void host.notify(t('followups.reminderTitle'), body).then((shown) => {
        if (!shown) setReminder(due);
      });
      void saveDeviceSettings(vault, { lastReminderDay: today });
    }
    // Warm-ups after the start screen has painted: statistics first (short), then the search index.
    const warmStats = setTimeout(() => warmStatistics(vault.store), 300);
    const warmUp = setTimeout(() => void searchServiceOf(vault).ensureBuilt(), 1500);
    // The automatic backup (desktop, once a day) after the warm-ups; a failure stays on screen.
    const backup = setTimeout(
      () =>
        void runAutoBackup(vault, host).then((outcome) => {
          if (outcome === 'failed') setAutoBackupFailed(true);
        }),
      4000,
    );
    return () => {
      clearTimeout(warmStats);
      clearTimeout(warmUp);
      clearTimeout(backup);
    };
  }, [vault, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'l') {
        event.preventDefault();
        doLock();
      } else if (key === 'n') {
        event.preventDefault();
        if (!inquiryDialog.open) dialogs.newInquiry();
      } else if (key === 'k') {
        event.preventDefault();
        setPaletteOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doLock, dialogs, inquiryDialog.open]);

  useAppCommands({
    'new-inquiry': () => {
      if (!inquiryDialog.open) dialogs.newInquiry();
    },
    search: () => setPaletteOpen(true),
    lock: doLock,
    about: () => setAboutOpen(true),
  });
  useShortcutConflictNotice(dialogs.notify);

  useEffect(() => {
    document.title = `${t(AREAS.find((a) => a.area === route.area)?.label ?? 'app.name')} – Anlaufstelle`;
  }, [route.area, t]);

  const actions: PaletteAction[] = [
    { id: 'new-inquiry', label: t('search.actions.newInquiry'), shortcut: 'Strg+N', run: dialogs.newInquiry },
    { id: 'new-followup', label: t('search.actions.newFollowup'), run: () => dialogs.followup({}) },
    { id: 'today', label: t('search.actions.today'), run: () => navigate('/heute') },
    { id: 'inquiries', label: t('search.actions.inquiries'), run: () => navigate('/anfragen') },
    { id: 'followups', label: t('search.actions.followups'), run: () => navigate('/wiedervorlagen') },
    { id: 'network', label: t('search.actions.network'), run: () => navigate('/netzwerk') },
    { id: 'activities', label: t('search.actions.activities'), run: () => navigate('/aktivitaeten') },
    {
      id: 'new-organisation',
      label: t('search.actions.newOrganisation'),
      run: () => dialogs.organisation({}),
    },
    { id: 'new-person', label: t('search.actions.newPerson'), run: () => dialogs.person({}) },
    { id: 'new-activity', label: t('search.actions.newActivity'), run: () => dialogs.activity({}) },
    { id: 'settings', label: t('search.actions.settings'), run: () => navigate('/einstellungen') },
    { id: 'lock', label: t('search.actions.lock'), shortcut: 'Strg+L', run: doLock },
    { id: 'about', label: t('desktop.about.paletteAction'), run: () => setAboutOpen(true) },
  ];

  let screen;
  switch (route.area) {
    case 'anfragen':
      screen = <InquiriesScreen param={route.param} navigate={navigate} />;
      break;
    case 'wiedervorlagen':
      screen = <FollowupsScreen navigate={navigate} />;
      break;
    case 'netzwerk':
      screen = <NetworkScreen param={route.param} sub={route.sub} navigate={navigate} />;
      break;
    case 'aktivitaeten':
      screen = <ActivitiesScreen />;
      break;
    case 'auswertung':
      screen = <DashboardScreen navigate={navigate} />;
      break;
    case 'jahresbericht':
      screen = <ReportScreen />;
      break;
    case 'einstellungen':
      screen = <SettingsScreen />;
      break;
    default:
      screen = <TodayScreen navigate={navigate} />;
  }

  return (
    <DialogsContext.Provider value={dialogs}>
      <Box sx={{ display: 'flex', height: '100vh' }}>
        <Link
          href="#main"
          sx={{
            position: 'absolute',
            left: -9999,
            zIndex: 2000,
            '&:focus': { left: 8, top: 8, p: 1, bgcolor: 'background.paper' },
          }}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('app.skipToContent')}
        </Link>
        <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
          <Toolbar>
            <Typography variant="h6" component="div" sx={{ flexGrow: 1 }} noWrap>
              {settings.officeName || t('app.name')}
            </Typography>
            {demo && (
              <>
                <Chip
                  label={t('demo.badge')}
                  sx={{ mr: 1, bgcolor: '#f9a825', color: '#000', fontWeight: 700 }}
                />
                <Button color="inherit" onClick={leaveDemo} sx={{ mr: 1 }}>
                  {t('demo.leave')}
                </Button>
              </>
            )}
            <Tooltip title={t('search.open')}>
              <IconButton
                color="inherit"
                aria-label={t('search.open')}
                onClick={() => setPaletteOpen(true)}
                sx={{ mr: 1 }}
              >
                <SearchIcon />
              </IconButton>
            </Tooltip>
            <Tooltip title={t('app.lockHint')}>
              <Button color="inherit" startIcon={<LockIcon />} onClick={doLock} disabled={locking}>
                {locking ? t('app.locking') : t('app.lock')}
              </Button>
            </Tooltip>
          </Toolbar>
        </AppBar>
        <Drawer
          variant="permanent"
          sx={{
            width: drawerWidth,
            flexShrink: 0,
            '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' },
          }}
        >
          <Toolbar className="no-print" />
          <Box component="nav" aria-label={t('app.navigation')}>
            <List>
              {AREAS.map((item) => {
                const current =
                  route.area === item.area ||
                  (item.area === 'heute' && !AREAS.some((a) => a.area === route.area));
                return (
                  <ListItem key={item.area} disablePadding>
                    <Tooltip title={compact ? t(item.label) : ''} placement="right">
                      <ListItemButton
                        component="a"
                        href={`#/${item.area}`}
                        selected={current}
                        aria-current={current ? 'page' : undefined}
                        aria-label={compact ? t(item.label) : undefined}
                      >
                        <ListItemIcon>{item.icon}</ListItemIcon>
                        {!compact && <ListItemText primary={t(item.label)} />}
                      </ListItemButton>
                    </Tooltip>
                  </ListItem>
                );
              })}
            </List>
          </Box>
        </Drawer>
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{ flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0, outline: 'none' }}
        >
          <Toolbar className="no-print" />
          <RecoveryKeyReminder />
          {vault.damagedRows > 0 && (
            <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
              {t('app.damagedRows', { count: vault.damagedRows })}
            </Alert>
          )}
          {autoBackupFailed && (
            <Alert
              className="no-print"
              severity="error"
              sx={{ m: 2, mb: 0 }}
              onClose={() => setAutoBackupFailed(false)}
              action={
                <Button color="inherit" size="small" onClick={() => navigate('/einstellungen')}>
                  {t('autoBackup.openSettings')}
                </Button>
              }
            >
              {t('autoBackup.failedBanner')}
            </Alert>
          )}
          {reminder > 0 && (
            <Alert
              className="no-print"
              severity="info"
              sx={{ m: 2, mb: 0 }}
              onClose={() => setReminder(0)}
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    setReminder(0);
                    navigate('/wiedervorlagen');
                  }}
                >
                  {t('followups.showDue')}
                </Button>
              }
            >
              {t('followups.reminder', { count: reminder })}
            </Alert>
          )}
          <ScreenErrorBoundary key={route.area}>{screen}</ScreenErrorBoundary>
        </Box>
      </Box>
      <InquiryFormDialog
        open={inquiryDialog.open}
        inquiryId={inquiryDialog.open ? inquiryDialog.id : undefined}
        onClose={() => setInquiryDialog({ open: false })}
        onSaved={() => {
          setInquiryDialog({ open: false });
          dialogs.notify({ key: 'inquiries.saved' });
        }}
      />
      <FollowupDialog
        open={followupDialog.open}
        {...(followupDialog.open && followupDialog.id ? { followupId: followupDialog.id } : {})}
        {...(followupDialog.open && followupDialog.inquiryId ? { inquiryId: followupDialog.inquiryId } : {})}
        {...(followupDialog.open && followupDialog.title ? { title: followupDialog.title } : {})}
        onClose={() => setFollowupDialog({ open: false })}
        onSaved={() => {
          setFollowupDialog({ open: false });
          dialogs.notify({ key: 'followups.saved' });
        }}
      />
      <OrganisationDialog
        open={orgDialog.open}
        {...(orgDialog.open && orgDialog.id ? { organisationId: orgDialog.id } : {})}
        onClose={() => setOrgDialog({ open: false })}
        onSaved={(org) => {
          setOrgDialog({ open: false });
          dialogs.notify({ key: 'network.saved' });
          if (!(orgDialog.open && orgDialog.id)) navigate(`/netzwerk/org/${encodeURIComponent(org.id)}`);
        }}
      />
      <PersonDialog
        open={personDialog.open}
        {...(personDialog.open && personDialog.id ? { personId: personDialog.id } : {})}
        {...(personDialog.open && personDialog.organisationId
          ? { organisationId: personDialog.organisationId }
          : {})}
        onClose={() => setPersonDialog({ open: false })}
        onSaved={() => {
          setPersonDialog({ open: false });
          dialogs.notify({ key: 'network.saved' });
        }}
      />
      <ActivityDialog
        open={activityDialog.open}
        {...(activityDialog.open && activityDialog.id ? { activityId: activityDialog.id } : {})}
        onClose={() => setActivityDialog({ open: false })}
        onSaved={(saved, withFollowup) => {
          setActivityDialog({ open: false });
          dialogs.notify(
            saved.length > 1
              ? { key: 'activities.savedSeries', params: { count: saved.length } }
              : { key: 'activities.saved' },
          );
          if (withFollowup && saved[0]) dialogs.followup({ title: saved[0].title });
        }}
      />
      <CommandPalette
        open={paletteOpen}
        actions={actions}
        onClose={() => setPaletteOpen(false)}
        onOpenRecord={(kind, id) => {
          if (kind === 'inquiry') navigate(`/anfragen/${encodeURIComponent(id)}`);
          else if (kind === 'followup') dialogs.followup({ id });
          else if (kind === 'organisation') navigate(`/netzwerk/org/${encodeURIComponent(id)}`);
          else if (kind === 'person') dialogs.person({ id });
          else dialogs.activity({ id });
        }}
      />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <Snackbar
        key={snack?.key}
        open={!!snack}
        autoHideDuration={4000}
        onClose={() => setSnack(null)}
        message={
          snack &&
          (typeof snack.message === 'string'
            ? snack.message
            : t(snack.message.key, snack.message.params ?? {}))
        }
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </DialogsContext.Provider>
  );
}
