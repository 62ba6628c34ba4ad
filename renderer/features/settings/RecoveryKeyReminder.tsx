// After unlock: a recovery key that was shown but never confirmed as stored (the window was closed
// on the key's screen), or a vault without one, is a vault lost with a forgotten password. A notice
// says so above the page (in the flow, so it covers no heading or button at 1366×768), without
// blocking the work, and offers to create a new key right there.
import { useEffect, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useDeviceSettings } from '../../data/hooks';
import { useVaultSession } from '../../data/VaultContext';
import { NewRecoveryKeyDialog } from './NewRecoveryKeyDialog';

export function RecoveryKeyReminder() {
  const { t } = useTranslation();
  const { vault, demo } = useVaultSession();
  const unconfirmed = useDeviceSettings().recoveryKeyUnconfirmed === true;
  const [hasKey, setHasKey] = useState(true);
  const [dismissed, setDismissed] = useState(false);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void vault.hasRecoveryKey().then(setHasKey);
  }, [vault, creating]);

  // The demo's password is fixed and shown on its lock screen: it needs no recovery key.
  const reason = demo ? undefined : !hasKey ? 'missing' : unconfirmed ? 'unconfirmed' : undefined;
  return (
    <>
      {reason && !dismissed && !creating && (
        <Alert
          className="no-print"
          severity="warning"
          sx={{ m: 2, mb: 0 }}
          action={
            <>
              <Button
                color="inherit"
                size="small"
                sx={{ whiteSpace: 'nowrap' }}
                onClick={() => setCreating(true)}
              >
                {t('misc.recoveryReminder.create')}
              </Button>
              <Button color="inherit" size="small" onClick={() => setDismissed(true)}>
                {t('misc.recoveryReminder.later')}
              </Button>
            </>
          }
        >
          {t(`misc.recoveryReminder.${reason}`)}
        </Alert>
      )}
      <NewRecoveryKeyDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
