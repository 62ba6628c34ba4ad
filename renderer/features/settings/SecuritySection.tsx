// Einstellungen → "Passwort und Wiederherstellung": change the password (re-wraps the vault key
// only), issue a new recovery key (the old one stops working).
import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../../shared/crypto/keySlots';
import { useDialogs } from '../../components/dialogs';
import { NewPasswordFields, problemText, useNewPassword } from '../../components/NewPasswordFields';
import { PasswordField } from '../../components/PasswordField';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { RecoveryKeyPanel } from '../../components/RecoveryKeyPanel';
import { useVaultSession } from '../../data/VaultContext';

export function SecuritySection() {
  const { t } = useTranslation();
  const { vault, demo } = useVaultSession();
  const [dialog, setDialog] = useState<'password' | 'recovery' | null>(null);
  const [hasRecovery, setHasRecovery] = useState(true);
  const [keyShown, setKeyShown] = useState(false);

  useEffect(() => {
    void vault.hasRecoveryKey().then(setHasRecovery);
  }, [vault, dialog]);

  return (
    <Paper component="section" aria-labelledby="settings-security" sx={{ p: 3 }}>
      <Typography id="settings-security" variant="h5" component="h2" gutterBottom>
        {t('security.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('security.intro')}
      </Typography>
      {!hasRecovery && !demo && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('security.noRecoveryKey')}
        </Alert>
      )}
      {demo && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('security.demoFixed')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" disabled={demo} onClick={() => setDialog('password')}>
          {t('security.changePassword')}
        </Button>
        <Button variant="outlined" disabled={demo} onClick={() => setDialog('recovery')}>
          {t('security.newRecoveryKey')}
        </Button>
      </Box>
      <Dialog
        open={dialog === 'password'}
        onClose={() => setDialog(null)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="change-password-title"
      >
        {dialog === 'password' && <ChangePasswordForm onClose={() => setDialog(null)} />}
      </Dialog>
      <Dialog
        open={dialog === 'recovery'}
        // While a new key is shown and not yet confirmed as stored, Esc and a click beside do not close.
        onClose={() => !keyShown && setDialog(null)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="new-recovery-title"
      >
        {dialog === 'recovery' && (
          <NewRecoveryKeyForm
            onClose={() => {
              setKeyShown(false);
              setDialog(null);
            }}
            onKeyShown={setKeyShown}
          />
        )}
      </Dialog>
    </Paper>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [current, setCurrent] = useState('');
  const next = useNewPassword();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | 'failed' | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (await next.validate()) return;
    setBusy(true);
    try {
      await vault.changePassword(current, next.password);
      dialogs.notify(t('security.passwordChanged'));
      onClose();
    } catch (e) {
      setError(e instanceof WrongPasswordError ? 'wrong' : 'failed');
      setBusy(false);
    }
  }

  const message =
    problemText(next.problem, t) ??
    (error === 'wrong' ? t('security.wrongCurrent') : error === 'failed' ? t('vault.failed') : null);
  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <DialogTitle id="change-password-title">{t('security.changePassword')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <PasswordField
            label={t('security.currentPassword')}
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            autoFocus
            fullWidth
            disabled={busy}
            error={error === 'wrong'}
          />
          <NewPasswordFields state={next} idPrefix="change" disabled={busy} />
          {message && (
            <Alert severity="error" role="alert">
              {message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('security.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? t('security.working') : t('security.changePassword')}
        </Button>
      </DialogActions>
    </form>
  );
}

function NewRecoveryKeyForm({
  onClose,
  onKeyShown,
}: {
  onClose: () => void;
  onKeyShown: (shown: boolean) => void;
}) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | 'failed' | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setRecoveryKey(await vault.newRecoveryKey(password));
      onKeyShown(true);
      setPassword('');
    } catch (e) {
      setError(e instanceof WrongPasswordError ? 'wrong' : 'failed');
    } finally {
      setBusy(false);
    }
  }

  if (recoveryKey) {
    return (
      <>
        <PrintOnlyDialog />
        <DialogTitle id="new-recovery-title">{t('recovery.title')}</DialogTitle>
        <DialogContent>
          <RecoveryKeyPanel recoveryKey={recoveryKey} stored={stored} onStoredChange={setStored} />
        </DialogContent>
        <DialogActions sx={{ displayPrint: 'none' }}>
          <Button variant="contained" disabled={!stored} onClick={onClose}>
            {t('security.done')}
          </Button>
        </DialogActions>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <DialogTitle id="new-recovery-title">{t('security.newRecoveryKey')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{t('security.newRecoveryKeyIntro')}</Typography>
          <PasswordField
            label={t('security.currentPassword')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
            fullWidth
            disabled={busy}
            error={error === 'wrong'}
          />
          {error && (
            <Alert severity="error" role="alert">
              {error === 'wrong' ? t('security.wrongCurrent') : t('vault.failed')}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('security.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy || !password}>
          {t('security.create')}
        </Button>
      </DialogActions>
    </form>
  );
}
