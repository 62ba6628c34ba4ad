// Einstellungen → "Automatische Sicherung" (desktop): a folder (e.g. a network drive), this computer's
// backup passphrase, the last backup, and "Jetzt sichern". The browser says it is desktop-only.
import { useEffect, useState } from 'react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { useTranslation } from 'react-i18next';
import {
  backupPassphraseProblem,
  generateBackupPassphrase,
  MIN_BACKUP_PASSPHRASE_LENGTH,
} from '../../../shared/backup/passphrase';
import { useDialogs } from '../../components/dialogs';
import { useUnsavedScreenGuard } from '../../components/useLeaveGuard';
import { useFormat } from '../../components/useFormat';
import { runAutoBackup, type AutoBackupOutcome } from '../../data/autoBackup';
import { useDeviceSettings } from '../../data/hooks';
import { saveDeviceSettings } from '../../data/settings';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { SettingsSection } from './SettingsSection';

export function AutoBackupSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const device = useDeviceSettings();
  const desktop = host.kind === 'desktop';
  const [folder, setFolder] = useState<string | null>(null);
  const [lastAt, setLastAt] = useState<Date | null>(null);
  const [passphrase, setPassphrase] = useState(
    () => device.autoBackupPassphrase ?? generateBackupPassphrase(),
  );
  const [offered] = useState(passphrase);
  const [outcome, setOutcome] = useState<AutoBackupOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!desktop) return;
    void host.backupFolder().then(setFolder);
    void host.lastAutoBackupAt().then(setLastAt);
  }, [desktop]);

  const problem = backupPassphraseProblem(passphrase);
  const savedPassphrase = device.autoBackupPassphrase === passphrase;
  // A passphrase typed over the offered one and not saved counts as input.
  useUnsavedScreenGuard(passphrase !== offered && !savedPassphrase);

  async function chooseFolder() {
    const chosen = await host.chooseBackupFolder();
    if (chosen) setFolder(chosen);
  }

  async function savePassphrase() {
    if (problem) return;
    await saveDeviceSettings(vault, { autoBackupPassphrase: passphrase });
    dialogs.notify(t('autoBackup.passphraseSaved'));
  }

  async function backupNow() {
    setBusy(true);
    setOutcome(null);
    const result = await runAutoBackup(vault, host, { force: true });
    setOutcome(result);
    setLastAt(await host.lastAutoBackupAt());
    setBusy(false);
  }

  return (
    <SettingsSection id="settings-auto-backup" title={t('autoBackup.title')} intro={t('autoBackup.intro')}>
      {!desktop ? (
        <Alert severity="info">{t('autoBackup.desktopOnly')}</Alert>
      ) : (
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" startIcon={<FolderOpenIcon />} onClick={() => void chooseFolder()}>
              {t('autoBackup.chooseFolder')}
            </Button>
            <Typography>{folder ?? t('autoBackup.noFolder')}</Typography>
          </Stack>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: { sm: 'flex-start' } }}
          >
            <TextField
              label={t('autoBackup.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              error={!!problem}
              helperText={
                problem
                  ? t('autoBackup.passphraseTooShort', { min: MIN_BACKUP_PASSPHRASE_LENGTH })
                  : savedPassphrase
                    ? t('autoBackup.passphraseActive')
                    : t('autoBackup.passphraseHelp')
              }
              sx={{ minWidth: 360 }}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
            <Button
              variant="outlined"
              disabled={!!problem || savedPassphrase}
              onClick={() => void savePassphrase()}
            >
              {t('autoBackup.savePassphrase')}
            </Button>
          </Stack>
          <Typography>
            {lastAt
              ? t('autoBackup.lastAt', { at: fmt.dateTime(lastAt.toISOString()) })
              : t('autoBackup.none')}
          </Typography>
          <div>
            <Button
              variant="contained"
              disabled={busy || !folder || !device.autoBackupPassphrase}
              onClick={() => void backupNow()}
            >
              {t('autoBackup.now')}
            </Button>
          </div>
          <div aria-live="polite">
            {outcome && (
              <Alert severity={outcome === 'written' ? 'success' : 'error'}>
                {t(`autoBackup.outcome.${outcome}`)}
              </Alert>
            )}
          </div>
        </Stack>
      )}
    </SettingsSection>
  );
}
