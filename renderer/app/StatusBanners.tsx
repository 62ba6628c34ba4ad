// Notices above the current screen, in the page flow (they cover nothing): the recovery-key reminder,
// damaged rows, a failed automatic backup, due follow-ups when the OS cannot notify.
import { Alert, Button } from '@mui/material';
import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenVault } from '../data/vault';
import { RecoveryKeyReminder } from '../features/settings/RecoveryKeyReminder';
import { routes, type Navigate } from '../routing/routes';
import type { StartupNotices } from './useStartupTasks';

/** Whether the last background snapshot write failed (until one succeeds). */
function useSnapshotFailed(vault: OpenVault): boolean {
  const subscribe = useCallback((listener: () => void) => vault.onSnapshotFailure(listener), [vault]);
  return useSyncExternalStore(subscribe, () => vault.snapshotFailure !== undefined);
}

export function StatusBanners({
  vault,
  notices,
  navigate,
}: {
  vault: OpenVault;
  notices: StartupNotices;
  navigate: Navigate;
}) {
  const { t } = useTranslation();
  const snapshotFailed = useSnapshotFailed(vault);
  return (
    <>
      <RecoveryKeyReminder />
      {vault.damagedRows > 0 && (
        <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
          {t('app.damagedRows', { count: vault.damagedRows })}
        </Alert>
      )}
      {snapshotFailed && (
        <Alert className="no-print" severity="warning" sx={{ m: 2, mb: 0 }}>
          {t('app.snapshotFailed')}
        </Alert>
      )}
      {notices.autoBackupFailed && (
        <Alert
          className="no-print"
          severity="error"
          sx={{ m: 2, mb: 0 }}
          onClose={notices.dismissAutoBackupFailed}
          action={
            <Button color="inherit" size="small" onClick={() => navigate(routes.settings())}>
              {t('autoBackup.openSettings')}
            </Button>
          }
        >
          {t('autoBackup.failedBanner')}
        </Alert>
      )}
      {notices.dueReminder > 0 && (
        <Alert
          className="no-print"
          severity="info"
          sx={{ m: 2, mb: 0 }}
          onClose={notices.dismissDueReminder}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                notices.dismissDueReminder();
                navigate(routes.followups());
              }}
            >
              {t('followups.showDue')}
            </Button>
          }
        >
          {t('followups.reminder', { count: notices.dueReminder })}
        </Alert>
      )}
    </>
  );
}
