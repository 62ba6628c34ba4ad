import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Snackbar, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CenteredPanel } from '../../components/CenteredPanel';

/** Shown instead of the lock screen while another window has the vault open. */
export function OtherWindowScreen({ onContinueHere }: { onContinueHere: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function continueHere() {
    setBusy(true);
    try {
      await onContinueHere();
    } finally {
      setBusy(false);
    }
  }

  return (
    <CenteredPanel title={t('window.otherTitle')}>
      <Typography sx={{ mb: 3 }}>{t('window.otherText')}</Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void continueHere()} disabled={busy} autoFocus>
          {t('window.continueHere')}
        </Button>
        {busy && (
          <Box role="status" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <CircularProgress size={20} aria-hidden />
            <span>{t('window.takingOver')}</span>
          </Box>
        )}
      </Box>
    </CenteredPanel>
  );
}

/** Shown for the moment between a takeover by another window and this window's reload. */
export function TakenOverScreen() {
  const { t } = useTranslation();
  return (
    <CenteredPanel title={t('window.takenOverTitle')}>
      <Box role="status" sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <CircularProgress size={28} aria-hidden />
        <span>{t('window.takenOverText')}</span>
      </Box>
    </CenteredPanel>
  );
}

/**
 * On the lock screen after another window took over: says why this window locked (and that a save
 * was refused, if one was) until closed.
 */
export function LockReasonNotice({
  reason,
  onClose,
}: {
  /** SingleWindow.takeLockReason(): 'takenOver', or 'refusedWrite' when a save was lost to it. */
  reason: 'takenOver' | 'refusedWrite' | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Snackbar open={!!reason} anchorOrigin={{ vertical: 'top', horizontal: 'center' }}>
      <Alert
        severity={reason === 'refusedWrite' ? 'warning' : 'info'}
        onClose={onClose}
        closeText={t('window.refusedClose')}
      >
        {reason === 'refusedWrite' ? t('window.refusedWrite') : t('misc.window.takenOverReason')}
      </Alert>
    </Snackbar>
  );
}
