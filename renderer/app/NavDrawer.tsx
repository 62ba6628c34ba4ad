// The navigation on the left: one entry per area; at narrow widths (and 200 % zoom) icons only.
import type { ReactElement } from 'react';
import {
  Box,
  Drawer,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Tooltip,
} from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import DescriptionIcon from '@mui/icons-material/Description';
import EuroIcon from '@mui/icons-material/Euro';
import GroupsIcon from '@mui/icons-material/Groups';
import Diversity3Icon from '@mui/icons-material/Diversity3';
import HubIcon from '@mui/icons-material/Hub';
import CampaignIcon from '@mui/icons-material/Campaign';
import InboxIcon from '@mui/icons-material/Inbox';
import InsightsIcon from '@mui/icons-material/Insights';
import SettingsIcon from '@mui/icons-material/Settings';
import TodayIcon from '@mui/icons-material/Today';
import { useTranslation } from 'react-i18next';
import type { TextKey } from '../i18n/dataKey';
import { AREAS, routes, type Area } from '../routing/routes';

export const DRAWER_WIDTH = 220;
export const DRAWER_WIDTH_COMPACT = 64;

/** Each area's label (also the window title) and icon. */
export const AREA_NAV = {
  heute: { label: 'nav.today', icon: <TodayIcon /> },
  anfragen: { label: 'nav.inquiries', icon: <InboxIcon /> },
  wiedervorlagen: { label: 'nav.followups', icon: <AlarmIcon /> },
  netzwerk: { label: 'nav.network', icon: <HubIcon /> },
  aktivitaeten: { label: 'nav.activities', icon: <GroupsIcon /> },
  oeffentlichkeit: { label: 'nav.outreach', icon: <CampaignIcon /> },
  foerdermittel: { label: 'nav.funding', icon: <EuroIcon /> },
  auswertung: { label: 'nav.dashboard', icon: <InsightsIcon /> },
  team: { label: 'nav.workload', icon: <Diversity3Icon /> },
  jahresbericht: { label: 'nav.report', icon: <DescriptionIcon /> },
  einstellungen: { label: 'nav.settings', icon: <SettingsIcon /> },
} as const satisfies Record<Area, { label: TextKey; icon: ReactElement }>;

export function NavDrawer({
  current,
  compact,
  areas = AREAS,
}: {
  current: Area;
  compact: boolean;
  /** The areas this computer has (the lead's fewer). */
  areas?: readonly Area[];
}) {
  const { t } = useTranslation();
  const width = compact ? DRAWER_WIDTH_COMPACT : DRAWER_WIDTH;
  return (
    <Drawer
      variant="permanent"
      sx={{ width, flexShrink: 0, '& .MuiDrawer-paper': { width, boxSizing: 'border-box' } }}
    >
      <Toolbar className="no-print" />
      <Box component="nav" aria-label={t('app.navigation')}>
        <List>
          {areas.map((area) => {
            const { label, icon } = AREA_NAV[area];
            const selected = area === current;
            return (
              <ListItem key={area} disablePadding>
                <Tooltip title={compact ? t(label) : ''} placement="right">
                  <ListItemButton
                    component="a"
                    href={`#${routes.area(area)}`}
                    selected={selected}
                    aria-current={selected ? 'page' : undefined}
                    aria-label={compact ? t(label) : undefined}
                  >
                    <ListItemIcon>{icon}</ListItemIcon>
                    {!compact && <ListItemText primary={t(label)} />}
                  </ListItemButton>
                </Tooltip>
              </ListItem>
            );
          })}
        </List>
      </Box>
    </Drawer>
  );
}
