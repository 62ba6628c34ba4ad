import { useEffect, useState } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  Drawer,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import InboxIcon from '@mui/icons-material/Inbox';
import SettingsIcon from '@mui/icons-material/Settings';
import { useTranslation } from 'react-i18next';
import { readSettings } from '../data/settings';
import { useStoreVersion, useVaultSession } from '../data/VaultContext';
import { host } from '../host';
import { useHashRoute } from '../components/useHashRoute';
import { InquiriesScreen } from '../features/inquiries/InquiriesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { rememberLanguage } from '../i18n';
import { useAutoLock } from './useAutoLock';

const DRAWER_WIDTH = 220;
/** At narrow widths (and 200 % zoom) the navigation shows icons only. */
const DRAWER_WIDTH_COMPACT = 64;

const AREAS = [
  { area: 'anfragen', label: 'nav.inquiries', icon: <InboxIcon /> },
  { area: 'einstellungen', label: 'nav.settings', icon: <SettingsIcon /> },
] as const;

export function AppShell() {
  const { t, i18n } = useTranslation();
  const { vault, lock } = useVaultSession();
  useStoreVersion();
  const settings = readSettings(vault.store);
  const [route, navigate] = useHashRoute('anfragen');
  const [locking, setLocking] = useState(false);
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const drawerWidth = compact ? DRAWER_WIDTH_COMPACT : DRAWER_WIDTH;

  const doLock = () => {
    setLocking(true);
    lock();
  };
  useAutoLock(settings.autoLockMinutes, doLock);

  useEffect(() => {
    if (settings.language !== i18n.language) rememberLanguage(settings.language);
  }, [settings.language, i18n.language]);

  useEffect(() => host.onLockRequest(doLock));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'l') {
        event.preventDefault();
        doLock();
      } else if (key === 'n') {
        event.preventDefault();
        navigate('/anfragen/neu');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.title = `${t(AREAS.find((a) => a.area === route.area)?.label ?? 'app.name')} – Anlaufstelle`;
  }, [route.area, t]);

  return (
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
        <Toolbar />
        <Box component="nav" aria-label={t('app.navigation')}>
          <List>
            {AREAS.map((item) => {
              const current = route.area === item.area;
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
        <Toolbar />
        {vault.damagedRows > 0 && (
          <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
            {t('app.damagedRows', { count: vault.damagedRows })}
          </Alert>
        )}
        {route.area === 'einstellungen' ? (
          <SettingsScreen />
        ) : (
          <InquiriesScreen param={route.param} navigate={navigate} />
        )}
      </Box>
    </Box>
  );
}
