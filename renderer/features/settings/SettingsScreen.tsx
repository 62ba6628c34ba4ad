// Einstellungen: the office's general settings, who works at this computer, the category lists, and
// the sections (security, backups, exports, retention).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, MenuItem, Paper, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { selectableEntries } from '../../../shared/domain/categories';
import {
  LANGUAGES,
  LIST_KEYS,
  settingsSchema,
  type GeneralSettings,
  type ListKey,
} from '../../../shared/domain/settings';
import { useDialogs } from '../../components/dialogs';
import { useUnsavedScreenGuard } from '../../components/useLeaveGuard';
import { GlobalShortcutSetting } from './GlobalShortcutSetting';
import {
  FormIntegerField,
  FormNumberField,
  FormSelectField,
  FormTextField,
} from '../../components/form/fields';
import { useDeviceSettings, useSettings } from '../../data/hooks';
import { readSettings, saveDeviceSettings, saveSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';
import { ExportSection } from './ExportSection';
import { ListEditor } from './ListEditor';
import { RetentionSection } from './RetentionSection';
import { SecuritySection } from './SecuritySection';

const generalSchema = settingsSchema.omit({ lists: true });

export function SettingsScreen() {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const settings = useSettings();
  const device = useDeviceSettings();
  const [failed, setFailed] = useState(false);
  const [list, setList] = useState<ListKey>('requesterTypes');
  const {
    control,
    handleSubmit,
    reset,
    formState: { isSubmitting, isDirty },
  } = useForm<GeneralSettings>({
    resolver: zodResolver(generalSchema),
    defaultValues: {
      officeName: settings.officeName,
      district: settings.district,
      autoLockMinutes: settings.autoLockMinutes,
      language: settings.language,
      networkCareMonths: settings.networkCareMonths,
      allowanceCapCents: settings.allowanceCapCents,
    },
  });

  // A changed setting not yet saved: leaving the screen, F5 or closing the window asks first.
  useUnsavedScreenGuard(isDirty);

  const submit = handleSubmit(async (values) => {
    setFailed(false);
    try {
      await saveSettings(vault, { ...readSettings(vault.store), ...values });
      // The saved values are the new starting point: nothing is unsaved any more.
      reset(values);
      dialogs.notify({ key: 'settings.saved' });
    } catch {
      setFailed(true);
    }
  });

  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('settings.title')}
      </Typography>
      <Stack spacing={3} sx={{ maxWidth: 880 }}>
        <Paper component="section" aria-labelledby="settings-general" sx={{ p: 3 }}>
          <Typography id="settings-general" variant="h5" component="h2" gutterBottom>
            {t('settings.general')}
          </Typography>
          <form onSubmit={submit} noValidate autoComplete="off">
            <Stack spacing={3}>
              <FormTextField
                control={control}
                name="officeName"
                label={t('settings.officeName')}
                helperText={t('settings.officeNameHelp')}
              />
              <FormTextField
                control={control}
                name="district"
                label={t('settings.district')}
                helperText={t('settings.districtHelp')}
              />
              <FormIntegerField
                control={control}
                name="autoLockMinutes"
                label={t('settings.autoLock')}
                helperText={t('settings.autoLockHelp')}
                min={1}
                max={240}
              />
              <FormIntegerField
                control={control}
                name="networkCareMonths"
                label={t('settings.networkCareMonths')}
                min={1}
                max={60}
              />
              <FormNumberField
                control={control}
                name="allowanceCapCents"
                label={t('settings.allowanceCap')}
                kind="euro"
                required
              />
              <FormSelectField
                control={control}
                name="language"
                label={t('settings.language')}
                options={LANGUAGES.map((l) => ({ id: l, label: t(`settings.languages.${l}`), lang: l }))}
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

        <Paper component="section" aria-labelledby="settings-me" sx={{ p: 3 }}>
          <Typography id="settings-me" variant="h5" component="h2" gutterBottom>
            {t('settings.me')}
          </Typography>
          <TextField
            select
            fullWidth
            label={t('settings.me')}
            value={device.currentUserId ?? ''}
            onChange={async (e) => {
              await saveDeviceSettings(vault, { currentUserId: e.target.value || undefined });
              dialogs.notify({ key: 'settings.saved' });
            }}
            helperText={t('settings.meHelp')}
          >
            <MenuItem value="">{t('settings.meNone')}</MenuItem>
            {selectableEntries(
              settings.lists.teamMembers,
              device.currentUserId ? [device.currentUserId] : [],
            ).map((m) => (
              <MenuItem key={m.id} value={m.id}>
                {m.label}
              </MenuItem>
            ))}
          </TextField>
        </Paper>

        <Paper component="section" aria-labelledby="settings-lists" sx={{ p: 3 }}>
          <Typography id="settings-lists" variant="h5" component="h2" gutterBottom>
            {t('settings.listsTitle')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('settings.listsIntro')}
          </Typography>
          <Tabs
            value={list}
            onChange={(_e, v: ListKey) => setList(v)}
            variant="scrollable"
            scrollButtons="auto"
            aria-label={t('settings.listsTitle')}
            sx={{ mb: 2 }}
          >
            {LIST_KEYS.map((key) => (
              <Tab
                key={key}
                value={key}
                label={t(`settings.lists.${key}`)}
                id={`tab-${key}`}
                aria-controls={`panel-${key}`}
              />
            ))}
          </Tabs>
          <Box role="tabpanel" id={`panel-${list}`} aria-labelledby={`tab-${list}`}>
            <ListEditor key={list} listKey={list} />
          </Box>
        </Paper>
        <GlobalShortcutSetting />

        <SecuritySection />
        <BackupSection />
        <AutoBackupSection />
        <ExportSection />
        <RetentionSection />
      </Stack>
    </Box>
  );
}
