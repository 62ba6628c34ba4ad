// "Neuer Wiederherstellungsschlüssel": from Einstellungen, and from the reminder after unlock when a
// key was never confirmed as stored (RecoveryKeyReminder). Always re-keys: the old key stops working.
import { useEffect, useState } from 'react';
import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WrongPasswordError } from '../../../shared/crypto/keySlots';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { PasswordField } from '../../components/PasswordField';
import { rekeyVisible, useRekeyRun } from '../vault';
import { saveDeviceSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';
import { RekeyDialogView } from './RekeyDialogView';

export const NewRecoveryKeyDialog = formDialog(NewRecoveryKeyForm, {
  titleId: 'new-recovery-title',
  maxWidth: 'sm',
});

function NewRecoveryKeyForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'wrong' | null>(null);
  const [stored, setStored] = useState(false);
  const run = useRekeyRun();
  useEffect(() => {
    if (stored) void saveDeviceSettings(vault, { recoveryKeyUnconfirmed: false });
  }, [stored, vault]);

  async function submit() {
    if (busy || !password) return;
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
    return (
      <RekeyDialogView
        run={run}
        title={run.state.recoveryKey ? t('recovery.title') : t('security.newRecoveryKey')}
        intro={run.state.status === 'done' ? '' : t('rekey.reason.recoveryKey')}
        storedKey={stored}
        onStoredKeyChange={setStored}
        onClose={onClose}
        closeLabel={t('security.done')}
      />
    );
  }
  return (
    <FormDialogForm
      title={t('security.newRecoveryKey')}
      dirty={password !== ''}
      onSubmit={submit}
      saving={busy}
      locked={busy}
      submitLabel={t('security.create')}
      savingLabel={t('security.working')}
      canSubmit={password !== ''}
      error={error && t('security.wrongCurrent')}
    >
      <Stack spacing={2}>
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
      </Stack>
    </FormDialogForm>
  );
}
