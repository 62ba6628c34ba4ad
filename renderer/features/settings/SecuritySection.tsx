// Einstellungen → "Passwort und Wiederherstellung": change the password (re-keying the vault by
// default, so the old password opens nothing, not even old copies of the storage files), issue a new
// recovery key (always re-keys: the old one stops working), and re-key on demand.
import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormHelperText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../../shared/crypto/keySlots';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDialogs } from '../../components/dialogs';
import { NewPasswordFields, problemText, useNewPassword } from '../../components/NewPasswordFields';
import { PasswordField } from '../../components/PasswordField';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import {
  RekeyActions,
  RekeyProgressView,
  rekeyClosable,
  rekeyVisible,
  useRekey,
  useRekeyRun,
  type RekeyRun,
} from '../vault';
import { saveDeviceSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';

export function SecuritySection() {
  const { t } = useTranslation();
  const { vault, demo } = useVaultSession();
  const [dialog, setDialog] = useState<'password' | 'recovery' | null>(null);
  const [hasRecovery, setHasRecovery] = useState(true);
  // While a re-keying runs, or a new key is shown and not yet confirmed as stored, Esc and a click
  // beside the dialog do not close it.
  const [locked, setLocked] = useState(false);
  const [confirmRekey, setConfirmRekey] = useState(false);
  const manual = useRekey();

  useEffect(() => {
    void vault.hasRecoveryKey().then(setHasRecovery);
  }, [vault, dialog]);

  function close() {
    setLocked(false);
    setDialog(null);
  }

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
      <Typography id="rekey-on-demand" variant="h6" component="h3" sx={{ mt: 3 }}>
        {t('rekey.onDemand')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('rekey.onDemandIntro')}
      </Typography>
      <Button
        variant="outlined"
        disabled={demo || manual.running}
        aria-describedby="rekey-on-demand"
        onClick={() => setConfirmRekey(true)}
      >
        {t('rekey.onDemand')}
      </Button>
      <ConfirmDialog
        open={confirmRekey}
        title={t('rekey.title')}
        text={`${t('rekey.onDemandIntro')} ${t('rekey.backupsStay')}`}
        confirmLabel={t('rekey.onDemandConfirm')}
        cancelLabel={t('rekey.cancel')}
        onConfirm={() => {
          setConfirmRekey(false);
          void manual.rekey('manual', t('rekey.reason.manual'));
        }}
        onCancel={() => setConfirmRekey(false)}
      />
      {manual.dialog}
      <Dialog
        open={dialog === 'password'}
        onClose={() => !locked && setDialog(null)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="change-password-title"
      >
        {dialog === 'password' && <ChangePasswordForm onClose={close} onLockedChange={setLocked} />}
      </Dialog>
      <NewRecoveryKeyDialog open={dialog === 'recovery'} onClose={() => setDialog(null)} />
    </Paper>
  );
}

/**
 * "Neuer Wiederherstellungsschlüssel" in its dialog: from this section, and from the reminder after
 * unlock when a key was never confirmed as stored (RecoveryKeyReminder).
 */
export function NewRecoveryKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  // While the re-keying runs or the new key is not yet confirmed as stored, Esc and a click beside
  // the dialog do not close it.
  const [locked, setLocked] = useState(false);
  function close() {
    setLocked(false);
    onClose();
  }
  return (
    <Dialog
      open={open}
      onClose={() => !locked && close()}
      maxWidth="sm"
      fullWidth
      aria-labelledby="new-recovery-title"
    >
      {open && <NewRecoveryKeyForm onClose={close} onLockedChange={setLocked} />}
    </Dialog>
  );
}

/** Tells the dialog around a form whether it may close (see SecuritySection's `locked`). */
function useReportLocked(run: RekeyRun, storedKey: boolean, onLockedChange: (locked: boolean) => void) {
  const locked = !rekeyClosable(run.state, storedKey);
  useEffect(() => onLockedChange(locked), [locked, onLockedChange]);
}

function ChangePasswordForm({
  onClose,
  onLockedChange,
}: {
  onClose: () => void;
  onLockedChange: (locked: boolean) => void;
}) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [current, setCurrent] = useState('');
  const next = useNewPassword();
  const [rekey, setRekey] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | 'failed' | null>(null);
  const run = useRekeyRun();
  useReportLocked(run, false, onLockedChange);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (await next.validate(current)) return;
    setBusy(true);
    try {
      if (rekey) {
        // The dialog then shows the progress and how it ended.
        await run.start((onProgress) => vault.changePassword(current, next.password, { rekey, onProgress }));
      } else {
        await vault.changePassword(current, next.password, { rekey });
        dialogs.notify({ key: 'security.passwordChanged' });
        onClose();
      }
    } catch (e) {
      setError(e instanceof WrongPasswordError ? 'wrong' : 'failed');
    } finally {
      setBusy(false);
    }
  }

  if (rekeyVisible(run.state)) {
    return (
      <>
        <DialogTitle id="change-password-title">{t('security.changePassword')}</DialogTitle>
        <DialogContent>
          <RekeyProgressView
            state={run.state}
            intro={t(run.state.status === 'done' ? 'rekey.passwordDone' : 'rekey.reason.password')}
            backupNote={t('rekey.backupsStay')}
            storedKey={false}
            onStoredKeyChange={() => {}}
          />
        </DialogContent>
        <RekeyActions run={run} storedKey={false} onClose={onClose} />
      </>
    );
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
          <Box>
            <FormControlLabel
              control={
                <Checkbox
                  checked={rekey}
                  onChange={(e) => setRekey(e.target.checked)}
                  disabled={busy}
                  slotProps={{ input: { 'aria-describedby': 'change-rekey-help' } }}
                />
              }
              label={t('rekey.passwordCheckbox')}
            />
            <FormHelperText id="change-rekey-help" sx={{ mt: 0 }}>
              {t('rekey.passwordCheckboxHelp')} {t('rekey.backupsStay')}
            </FormHelperText>
          </Box>
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
  onLockedChange,
}: {
  onClose: () => void;
  onLockedChange: (locked: boolean) => void;
}) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | null>(null);
  const [stored, setStored] = useState(false);
  const run = useRekeyRun();
  useReportLocked(run, stored, onLockedChange);
  useEffect(() => {
    if (stored) void saveDeviceSettings(vault, { recoveryKeyUnconfirmed: false });
  }, [stored, vault]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (
        await run.start(async (onProgress) => {
          const recoveryKey = await vault.newRecoveryKey(password, onProgress);
          // Shown once from here on: until "sicher aufbewahrt" is ticked, unlock reminds of it.
          await saveDeviceSettings(vault, { recoveryKeyUnconfirmed: true });
          return { recoveryKey };
        })
      )
        setPassword('');
    } catch (e) {
      if (!(e instanceof WrongPasswordError)) throw e;
      setError('wrong');
    } finally {
      setBusy(false);
    }
  }

  if (rekeyVisible(run.state)) {
    const { recoveryKey } = run.state;
    return (
      <>
        {recoveryKey && <PrintOnlyDialog />}
        <DialogTitle id="new-recovery-title">
          {recoveryKey ? t('recovery.title') : t('security.newRecoveryKey')}
        </DialogTitle>
        <DialogContent>
          <RekeyProgressView
            state={run.state}
            intro={run.state.status === 'done' ? '' : t('rekey.reason.recoveryKey')}
            backupNote={t('rekey.backupsStay')}
            storedKey={stored}
            onStoredKeyChange={setStored}
          />
        </DialogContent>
        <RekeyActions run={run} storedKey={stored} onClose={onClose} closeLabel={t('security.done')} />
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <DialogTitle id="new-recovery-title">{t('security.newRecoveryKey')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{t('rekey.recoveryIntro')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('rekey.backupsStay')}
          </Typography>
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
              {t('security.wrongCurrent')}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('security.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy || !password}>
          {busy ? t('security.working') : t('security.create')}
        </Button>
      </DialogActions>
    </form>
  );
}
