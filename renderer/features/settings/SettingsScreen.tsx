// Einstellungen: the office's general settings, who works at this computer, the category lists, and
// the sections (security, backups, exports, retention).
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { selectableEntries } from '../../../shared/domain/categories';
import { keepChangesMadeMeanwhile } from '../../../shared/domain/concurrentEdits';
import {
  LANGUAGES,
  LIST_KEYS,
  settingsSchema,
  type GeneralSettings,
  type ListKey,
  type Settings,
} from '../../../shared/domain/settings';
import { useDialogs } from '../../components/dialogs';
import { useUnsavedScreenGuard } from '../../components/useLeaveGuard';
import { GlobalShortcutSetting } from './GlobalShortcutSetting';
import { formFields } from '../../components/form/fields';
import { useDeviceSettings, useLeadMode, useSettings } from '../../data/hooks';
import { readSettings, saveDeviceSettings, saveSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';
import { ExportSection } from './ExportSection';
import { ListEditor } from './ListEditor';
import { DrawnAfter } from '../../components/DrawnAfter';
import { RetentionSection } from './RetentionSection';
import { SecuritySection } from './SecuritySection';
import { SettingsSection } from './SettingsSection';
import { TeamSection } from './TeamSection';

const generalSchema = settingsSchema.omit({ lists: true });
const F = formFields<GeneralSettings>();
type SettingsLabel =
  | 'officeName'
  | 'officeNameHelp'
  | 'district'
  | 'districtHelp'
  | 'autoLock'
  | 'autoLockHelp'
  | 'networkCareMonths'
  | 'allowanceCap'
  | 'language';

function generalOf(settings: Settings): GeneralSettings {
  return {
    officeName: settings.officeName,
    district: settings.district,
    population: settings.population,
    autoLockMinutes: settings.autoLockMinutes,
    language: settings.language,
    networkCareMonths: settings.networkCareMonths,
    allowanceCapCents: settings.allowanceCapCents,
  };
}

export function SettingsScreen() {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const settings = useSettings();
  const device = useDeviceSettings();
  // The office lead's computer: its language and lock, the team and its own security; the office's
  // settings, lists and data come from the coordinators.
  const lead = useLeadMode();
  const [failed, setFailed] = useState(false);
  const shownValues = useMemo(() => generalOf(settings), [settings]);
  const [list, setList] = useState<ListKey>('requesterTypes');
  const form = useForm<GeneralSettings>({
    resolver: zodResolver(generalSchema),
    // A colleague's change (team) shows in the fields this person has not touched.
    values: shownValues,
    resetOptions: { keepDirtyValues: true },
  });

  // A changed setting not yet saved: leaving the screen, F5 or closing the window asks first.
  const { handleSubmit, reset } = form;
  const { isSubmitting, isDirty } = form.formState;

  useUnsavedScreenGuard(isDirty);
  const l = (key: SettingsLabel) => t(`settings.${key}`);
  const languages = LANGUAGES.map((id) => ({ id, label: t(`settings.languages.${id}`), lang: id }));

  const submit = handleSubmit(async (values) => {
    setFailed(false);
    try {
      // A colleague's change to a field this form left alone is kept (team).
      const current = readSettings(vault.store);
      await saveSettings(vault, keepChangesMadeMeanwhile(settings, current, { ...current, ...values }));
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
        <SettingsSection id="settings-general" title={t('settings.general')}>
          <FormProvider {...form}>
            <form onSubmit={submit} noValidate autoComplete="off">
              <Stack spacing={3}>
                {!lead && (
                  <>
                    <F.Text name="officeName" label={l('officeName')} helperText={l('officeNameHelp')} />
                    <F.Text name="district" label={l('district')} helperText={l('districtHelp')} />
                    {/* For the Kennzahlen per 10.000 inhabitants (Berichte → Kennzahlen). */}
                    <F.Number name="population" label={t('kennzahlen.populationLabel')} kind="count" />
                  </>
                )}
                <F.Integer
                  name="autoLockMinutes"
                  label={l('autoLock')}
                  helperText={l('autoLockHelp')}
                  min={1}
                  max={240}
                />
                {!lead && (
                  <>
                    <F.Integer name="networkCareMonths" label={l('networkCareMonths')} min={1} max={60} />
                    <F.Number name="allowanceCapCents" label={l('allowanceCap')} kind="euro" required />
                  </>
                )}
                <F.Select name="language" label={l('language')} options={languages} />
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
          </FormProvider>
        </SettingsSection>

        {!lead && (
          <SettingsSection id="settings-me" title={t('settings.me')}>
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
          </SettingsSection>
        )}

        {/* Below the fold, drawn just after the rest a part at a time: one commit was 170–250 ms. */}
        {!lead && (
          <DrawnAfter minHeight={600}>
            <SettingsSection
              id="settings-lists"
              title={t('settings.listsTitle')}
              intro={t('settings.listsIntro')}
            >
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
            </SettingsSection>
          </DrawnAfter>
        )}
        <DrawnAfter minHeight={400}>
          <TeamSection />
        </DrawnAfter>
        <DrawnAfter minHeight={600}>
          <GlobalShortcutSetting />
          <SecuritySection />
        </DrawnAfter>
        {!lead && (
          <>
            <DrawnAfter minHeight={600}>
              <BackupSection />
              <AutoBackupSection />
              <ExportSection />
            </DrawnAfter>
            <DrawnAfter minHeight={400}>
              <RetentionSection />
            </DrawnAfter>
          </>
        )}
      </Stack>
    </Box>
  );
}
