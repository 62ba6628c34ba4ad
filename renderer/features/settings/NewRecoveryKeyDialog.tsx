// "Neuer Wiederherstellungsschlüssel": from Einstellungen, and from the reminder after unlock when a
// key was never confirmed as stored (RecoveryKeyReminder). Always re-keys: the old key stops working.
import { useEffect, useState } from 'react';
import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { PasswordField } from '../../components/PasswordField';
import { rekeyVisible } from '../vault';
import { saveDeviceSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';
import { RekeyDialogView } from './RekeyDialogView';
import { useRekeySubmit } from './useRekeySubmit';

export const NewRecoveryKeyDialog = formDialog(NewRecoveryKeyForm, {
  titleId: 'new-recovery-title',
  maxWidth: 'sm',
});

function NewRecoveryKeyForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const [password, setPassword] = useState('');
  const [stored, setStored] = useState(false);
  // Only a wrong password has its own message here; anything else goes to the save-failed handling.
  const { run, busy, error, submit: rekeySubmit } = useRekeySubmit({ otherErrors: 'throw' });
  useEffect(() => {
    if (stored) void saveDeviceSettings(vault, { recoveryKeyUnconfirmed: false });
  }, [stored, vault]);

  const submit = () =>
    rekeySubmit(
      () => password !== '',
      async () => {
        const started = await run.start(async (onProgress) => {
          const recoveryKey = await vault.newRecoveryKey(password, onProgress);
          // Shown once from here on: until "sicher aufbewahrt" is ticked, unlock reminds of it.
          await saveDeviceSettings(vault, { recoveryKeyUnconfirmed: true });
          return { recoveryKey };
        });
        if (started) setPassword('');
      },
    );

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
      error={error === 'wrong' ? t('security.wrongCurrent') : null}
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
