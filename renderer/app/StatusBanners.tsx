// Notices above the current screen, in the page flow (they cover nothing): the recovery-key reminder,
// damaged rows, a failed automatic backup, due follow-ups when the OS cannot notify.
import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyReminder } from '../features/settings/RecoveryKeyReminder';
import { routes, type Navigate } from '../routing/routes';
import type { StartupNotices } from './useStartupTasks';

export function StatusBanners({
  damagedRows,
  notices,
  navigate,
}: {
  damagedRows: number;
  notices: StartupNotices;
  navigate: Navigate;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RecoveryKeyReminder />
      {damagedRows > 0 && (
        <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
          {t('app.damagedRows', { count: damagedRows })}
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
