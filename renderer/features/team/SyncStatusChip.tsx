// The top bar's sync status while the vault belongs to a team; a click opens Einstellungen → Team.
import { Chip, Tooltip } from '@mui/material';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import SyncIcon from '@mui/icons-material/Sync';
import SyncProblemIcon from '@mui/icons-material/SyncProblem';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { useNow } from '../../components/useNow';
import { routes, type Navigate } from '../../routing/routes';
import { syncStatusText } from './syncStatusText';
import { useSyncStatus } from './useSyncStatus';

/** Asks Einstellungen → Team to come into view (the chip, when the route is already there). */
export const SHOW_TEAM_EVENT = 'anlaufstelle:show-team';

export function SyncStatusChip({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const status = useSyncStatus();
  // "vor 2 Min." moves on while nothing else changes.
  const now = useNow(30_000);
  const text = syncStatusText(t, fmt, status, now);
  // The top bar has room for the short form; the whole sentence is in the tooltip and the name.
  const brief = syncStatusText(t, fmt, status, now, { brief: true });
  if (!text) return null;
  const icon =
    status.state === 'syncing' ? (
      <SyncIcon />
    ) : status.state === 'synced' ? (
      <CloudDoneIcon />
    ) : status.state === 'failed' && status.failure === 'unreachable' ? (
      <CloudOffIcon />
    ) : (
      <SyncProblemIcon />
    );
  return (
    <Tooltip title={text === brief ? '' : text}>
      <Chip
        icon={icon}
        label={brief}
        onClick={() => {
          navigate(routes.team());
          // Already there: the section is brought into view again.
          window.dispatchEvent(new Event(SHOW_TEAM_EVENT));
        }}
        aria-label={`${t('team.status.label')}: ${text}`}
        sx={{
          mr: 1,
          maxWidth: 420,
          color: 'inherit',
          bgcolor:
            status.state === 'failed' && status.failure !== 'unreachable'
              ? 'error.dark'
              : 'rgba(255,255,255,0.16)',
          '& .MuiChip-icon': { color: 'inherit' },
        }}
      />
    </Tooltip>
  );
}
