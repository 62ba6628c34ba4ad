// The bar across the top: the office's name, the demo badge, the team's sync status, search and "Sperren".
import { AppBar, Button, Chip, IconButton, Toolbar, Tooltip, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { SyncStatusChip } from '../features/team';
import type { Navigate } from '../routing/routes';

export function TopBar(props: {
  officeName: string;
  demo: boolean;
  onLeaveDemo: () => void;
  /** Absent: no search (the lead's computer has nothing to search). */
  onSearch?: () => void;
  onLock: () => void;
  locking: boolean;
  navigate: Navigate;
}) {
  const { t } = useTranslation();
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar>
        <Typography variant="h6" component="div" sx={{ flexGrow: 1 }} noWrap>
          {props.officeName || t('app.name')}
        </Typography>
        {props.demo && (
          <>
            <Chip
              label={t('demo.badge')}
              sx={{ mr: 1, bgcolor: '#f9a825', color: '#000', fontWeight: 700 }}
            />
            <Button color="inherit" onClick={props.onLeaveDemo} sx={{ mr: 1 }}>
              {t('demo.leave')}
            </Button>
          </>
        )}
        <SyncStatusChip navigate={props.navigate} />
        {props.onSearch && (
          <Tooltip title={t('search.open')}>
            <IconButton color="inherit" aria-label={t('search.open')} onClick={props.onSearch} sx={{ mr: 1 }}>
              <SearchIcon />
            </IconButton>
          </Tooltip>
        )}
        <Tooltip title={t('app.lockHint')}>
          <Button color="inherit" startIcon={<LockIcon />} onClick={props.onLock} disabled={props.locking}>
            {props.locking ? t('app.locking') : t('app.lock')}
          </Button>
        </Tooltip>
      </Toolbar>
    </AppBar>
  );
}
