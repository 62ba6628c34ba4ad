// The unlocked app: top bar, navigation, the current screen (by the hash route), the app-wide
// dialogs, the search palette, global keys and the jobs that run once per unlock. Each piece lives
// in its own module beside this one; this file only puts them together.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { unlessDialogOpen } from '../components/dialogOpen';
import { Box, Link, Toolbar, useMediaQuery, type Theme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useDialogs } from '../components/dialogs';
import { useSettings } from '../data/hooks';
import { useVaultSession } from '../data/VaultContext';
import { shownOfficeName } from '../data/sync/teamState';
import { AboutDialog } from '../features/about/AboutDialog';
import { DashboardViewProvider } from '../features/dashboard';
import { InquiryListProvider } from '../features/inquiries';
import { CommandPalette, type PaletteAction } from '../features/search/CommandPalette';
import { host } from '../host';
import { rememberLanguage } from '../i18n';
import { AREAS, HAUSHALT_AREAS, LEAD_AREAS, routes, type Area, type Navigate } from '../routing/routes';
import { isLeadDevice, readsFunding } from '../data/sync/lead';
import { useHashRoute, type Route } from '../routing/useHashRoute';
import { DialogHost } from './DialogHost';
import { LeaveScreenQuestion } from './LeaveScreenQuestion';
import { AREA_NAV, NavDrawer } from './NavDrawer';
import { Screen } from './Screen';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { StatusBanners } from './StatusBanners';
import { TopBar } from './TopBar';
import { useAppCommands, useShortcutConflictNotice } from './useAppCommands';
import { useAutoLock } from './useAutoLock';
import { useFocusOnScreenChange } from './useFocusOnScreenChange';
import { useGlobalKeys } from './useGlobalKeys';
import { useStartupTasks } from './useStartupTasks';
import { TeamRemovalRekey } from '../features/team';

export function AppShell() {
  const [route, navigate] = useHashRoute(AREAS[0]);
  return (
    <DialogHost navigate={navigate}>
      <InquiryListProvider>
        <DashboardViewProvider>
          <Shell route={route} navigate={navigate} />
        </DashboardViewProvider>
      </InquiryListProvider>
    </DialogHost>
  );
}

/** The route's area among those this computer has; else its start screen. */
function areaOf(route: Route, areas: readonly Area[]): Area {
  return (areas as readonly string[]).includes(route.area) ? (route.area as Area) : areas[0]!;
}

function Shell({ route, navigate }: { route: Route; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const { vault, lock, demo, leaveDemo } = useVaultSession();
  const settings = useSettings();
  const dialogs = useDialogs();
  // The office lead's computer: figures only (no search, no new records, fewer screens).
  const lead = isLeadDevice(vault);
  const areas = !lead ? AREAS : readsFunding(vault) ? HAUSHALT_AREAS : LEAD_AREAS;
  const area = areaOf(route, areas);
  // The navigation shows the new place at once; the screen renders in the background (React yields
  // to input every few milliseconds), so opening a large screen is no single long freeze.
  const screenRoute = useDeferredValue(route);
  const screenArea = areaOf(screenRoute, areas);
  useFocusOnScreenChange(screenRoute);
  const [locking, setLocking] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const notices = useStartupTasks(vault, lead);

  const doLock = useCallback(() => {
    setLocking(true);
    lock();
  }, [lock]);
  const openSearch = useCallback(() => setPaletteOpen(true), []);
  useAutoLock(settings.autoLockMinutes, doLock);
  useEffect(() => host.onLockRequest(doLock), [doLock]);
  const newInquiryKey = useMemo(
    () => (lead ? () => {} : unlessDialogOpen(dialogs.newInquiry)),
    [dialogs.newInquiry, lead],
  );
  const searchKey = useMemo(() => (lead ? () => {} : unlessDialogOpen(openSearch)), [openSearch, lead]);
  // A place this computer does not have (an old link, the start screen after joining as lead):
  // its start screen, in the address too.
  useEffect(() => {
    if (route.area !== area) navigate(routes.area(area));
  }, [route.area, area, navigate]);
  useGlobalKeys({ lock: doLock, newInquiry: newInquiryKey, search: searchKey });
  useAppCommands({
    'new-inquiry': newInquiryKey,
    search: searchKey,
    lock: doLock,
    about: () => setAboutOpen(true),
  });
  useShortcutConflictNotice(dialogs.notify);

  useEffect(() => {
    if (settings.language !== i18n.language) rememberLanguage(settings.language);
  }, [settings.language, i18n.language]);
  useEffect(() => {
    document.title = `${t(AREA_NAV[area].label)} – Anlaufstelle`;
  }, [area, t]);

  const actions: PaletteAction[] = [
    { id: 'new-inquiry', label: t('search.actions.newInquiry'), shortcut: 'Strg+N', run: dialogs.newInquiry },
    { id: 'new-followup', label: t('search.actions.newFollowup'), run: () => dialogs.followup({}) },
    { id: 'today', label: t('search.actions.today'), run: () => navigate(routes.today()) },
    { id: 'inquiries', label: t('search.actions.inquiries'), run: () => navigate(routes.inquiries()) },
    { id: 'followups', label: t('search.actions.followups'), run: () => navigate(routes.followups()) },
    { id: 'network', label: t('search.actions.network'), run: () => navigate(routes.network()) },
    { id: 'activities', label: t('search.actions.activities'), run: () => navigate(routes.activities()) },
    {
      id: 'new-organisation',
      label: t('search.actions.newOrganisation'),
      run: () => dialogs.organisation({}),
    },
    { id: 'new-person', label: t('search.actions.newPerson'), run: () => dialogs.person({}) },
    { id: 'new-activity', label: t('search.actions.newActivity'), run: () => dialogs.activity({}) },
    { id: 'settings', label: t('search.actions.settings'), run: () => navigate(routes.settings()) },
    { id: 'lock', label: t('search.actions.lock'), shortcut: 'Strg+L', run: doLock },
    { id: 'about', label: t('desktop.about.paletteAction'), run: () => setAboutOpen(true) },
  ];

  return (
    <>
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
        <TopBar
          officeName={shownOfficeName(vault)}
          demo={demo}
          onLeaveDemo={leaveDemo}
          onSearch={lead ? undefined : openSearch}
          onLock={doLock}
          locking={locking}
          navigate={navigate}
        />
        <NavDrawer current={area} compact={compact} areas={areas} />
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{ flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0, outline: 'none' }}
        >
          <Toolbar className="no-print" />
          <StatusBanners vault={vault} notices={notices} navigate={navigate} />
          <TeamRemovalRekey />
          <ScreenErrorBoundary key={screenArea}>
            <Screen area={screenArea} route={screenRoute} navigate={navigate} />
          </ScreenErrorBoundary>
        </Box>
      </Box>
      <LeaveScreenQuestion />
      <CommandPalette
        open={paletteOpen && !lead}
        actions={actions}
        onClose={() => setPaletteOpen(false)}
        onOpenRecord={(kind, id) => {
          if (kind === 'inquiry') navigate(routes.inquiry(id));
          else if (kind === 'followup') dialogs.followup({ id });
          else if (kind === 'organisation') navigate(routes.organisation(id));
          else if (kind === 'person') dialogs.person({ id });
          else dialogs.activity({ id });
        }}
      />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </>
  );
}
