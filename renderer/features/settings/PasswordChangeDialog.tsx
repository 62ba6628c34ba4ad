// "Passwort ändern": the current password, the new one twice, and whether to re-key the vault (by
// default, so the old password opens nothing, not even old copies of the storage files).
import { useState } from 'react';
import { Box, Checkbox, FormControlLabel, FormHelperText, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { NewPasswordFields, problemText, useNewPassword } from '../../components/NewPasswordFields';
import { PasswordField } from '../../components/PasswordField';
import { rekeyVisible } from '../vault';
import { useVaultSession } from '../../data/VaultContext';
import { RekeyDialogView } from './RekeyDialogView';
import { useRekeySubmit } from './useRekeySubmit';

export const PasswordChangeDialog = formDialog(PasswordChangeForm, {
  titleId: 'change-password-title',
  maxWidth: 'sm',
});

function PasswordChangeForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [current, setCurrent] = useState('');
  const next = useNewPassword();
  const [rekey, setRekey] = useState(true);
  const { run, busy, error, submit: rekeySubmit } = useRekeySubmit({ otherErrors: 'show' });

  const submit = () =>
    rekeySubmit(
      async () => !(await next.validate(current)),
      async () => {
        if (rekey) {
          // The dialog then shows the progress and how it ended.
          await run.start((onProgress) =>
            vault.changePassword(current, next.password, { rekey, onProgress }),
          );
        } else {
          await vault.changePassword(current, next.password, { rekey });
          dialogs.notify({ key: 'security.passwordChanged' });
          onClose();
        }
      },
    );

  if (rekeyVisible(run.state)) {
    return (
      <RekeyDialogView
        run={run}
        title={t('security.changePassword')}
        intro={t(run.state.status === 'done' ? 'rekey.passwordDone' : 'rekey.reason.password')}
        onClose={onClose}
      />
    );
  }
  const message =
    problemText(next.problem, t) ??
    (error === 'wrong' ? t('security.wrongCurrent') : error === 'failed' ? t('vault.failed') : null);
  return (
    <FormDialogForm
      title={t('security.changePassword')}
      dirty={current !== '' || next.password !== '' || next.repeat !== ''}
      onSubmit={submit}
      saving={busy}
      locked={busy}
      submitLabel={t('security.changePassword')}
      savingLabel={t('security.working')}
      error={message}
    >
      <Stack spacing={2}>
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
      </Stack>
    </FormDialogForm>
  );
}
