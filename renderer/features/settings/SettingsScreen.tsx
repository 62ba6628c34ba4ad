import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, MenuItem, Paper, Snackbar, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, settingsSchema, type Settings } from '../../../shared/domain/settings';
import { readSettings, saveSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState(false);
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Settings>({ resolver: zodResolver(settingsSchema), defaultValues: readSettings(vault.store) });

  const submit = handleSubmit(async (values) => {
    setFailed(false);
    try {
      await saveSettings(vault, values);
      setSaved(true);
    } catch {
      setFailed(true);
    }
  });

  const message = (key: string | undefined) => (key ? t(key) : undefined);

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('settings.title')}
      </Typography>
      <Paper sx={{ p: 3, maxWidth: 640 }}>
        <form onSubmit={submit} noValidate autoComplete="off">
          <Stack spacing={3}>
            <Controller
              control={control}
              name="officeName"
              render={({ field }) => (
                <TextField
                  {...field}
                  label={t('settings.officeName')}
                  error={!!errors.officeName}
                  helperText={message(errors.officeName?.message) ?? t('settings.officeNameHelp')}
                />
              )}
            />
            <Controller
              control={control}
              name="autoLockMinutes"
              render={({ field }) => (
                <TextField
                  label={t('settings.autoLock')}
                  type="number"
                  value={Number.isNaN(field.value) ? '' : field.value}
                  onChange={(e) =>
                    field.onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))
                  }
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={!!errors.autoLockMinutes}
                  helperText={message(errors.autoLockMinutes?.message) ?? t('settings.autoLockHelp')}
                  slotProps={{ htmlInput: { min: 1, max: 240, step: 1 } }}
                />
              )}
            />
            <Controller
              control={control}
              name="language"
              render={({ field }) => (
                <TextField
                  select
                  label={t('settings.language')}
                  value={field.value}
                  onChange={field.onChange}
                  inputRef={field.ref}
                >
                  {LANGUAGES.map((l) => (
                    <MenuItem key={l} value={l} lang={l}>
                      {t(`settings.languages.${l}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {failed && (
              <Alert severity="error" role="alert">
                {t('vault.failed')}
              </Alert>
            )}
            <Box>
              <Button type="submit" variant="contained" disabled={isSubmitting}>
                {isSubmitting ? t('form.saving') : t('form.save')}
              </Button>
            </Box>
          </Stack>
        </form>
      </Paper>
      <Snackbar
        open={saved}
        autoHideDuration={4000}
        onClose={() => setSaved(false)}
        message={t('settings.saved')}
      />
    </Box>
  );
}
