// "Sicherung erstellen": a suggested passphrase (printable), then the age file is written and saved.
import { useState } from 'react';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import {
  backupPassphraseProblem,
  generateBackupPassphrase,
  MIN_BACKUP_PASSPHRASE_LENGTH,
} from '../../../shared/backup/passphrase';
import { useDialogs } from '../../components/dialogs';
import { useFormat } from '../../components/useFormat';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { backupFileName, createBackupFile } from '../../data/backup';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { AGE_FILTER, paint, ProgressLine, type BackupProgress } from './backupProgress';

export const BackupCreateDialog = formDialog(BackupCreateForm, {
  titleId: 'backup-create-title',
  maxWidth: 'sm',
});

function BackupCreateForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [suggestion, setSuggestion] = useState(generateBackupPassphrase);
  const [passphrase, setPassphrase] = useState(suggestion);
  const [progress, setProgress] = useState<BackupProgress>(null);
  const [error, setError] = useState<string | null>(null);
  const [shownAt] = useState(() => new Date());
  const tooShort = backupPassphraseProblem(passphrase) === 'tooShort';

  async function submit() {
    if (progress || tooShort) return;
    setError(null);
    setProgress({ phase: 'collect', fraction: 0 });
    await paint();
    try {
      const now = new Date();
      const file = await createBackupFile(vault, passphrase, (phase, fraction) =>
        setProgress({ phase, fraction }),
      );
      const name = backupFileName(now);
      if (await host.saveFile(name, file, AGE_FILTER)) {
        dialogs.notify(t('backup.saved', { name }));
        onClose();
      } else {
        setError(t('backup.cancelled'));
        setProgress(null);
      }
    } catch {
      setError(t('backup.failed'));
      setProgress(null);
    }
  }

  const suggestAnother = () => {
    const next = generateBackupPassphrase();
    setSuggestion(next);
    setPassphrase(next);
  };

  return (
    <FormDialogForm
      title={t('backup.createTitle')}
      // A suggestion is no input; a passphrase of one's own is.
      dirty={passphrase !== suggestion}
      onSubmit={submit}
      saving={!!progress}
      locked={!!progress}
      submitLabel={t('backup.create')}
      savingLabel={t('backup.creating')}
      canSubmit={!tooShort}
      error={error}
    >
      <PrintOnlyDialog />
      <Stack spacing={2}>
        <Typography sx={{ displayPrint: 'none' }}>{t('backup.createIntro')}</Typography>
        <Typography variant="h6" component="p" sx={{ display: 'none', displayPrint: 'block' }}>
          {t('backup.printHeading', { date: fmt.dateTime(shownAt.toISOString()) })}
        </Typography>
        <TextField
          label={t('backup.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          // Focus starts in the suggestion: it is read out, and Enter creates the backup.
          autoFocus
          fullWidth
          disabled={!!progress}
          error={tooShort}
          helperText={
            tooShort
              ? t('backup.passphraseTooShort', { count: MIN_BACKUP_PASSPHRASE_LENGTH })
              : t('backup.passphraseHelp', { count: MIN_BACKUP_PASSPHRASE_LENGTH })
          }
          slotProps={{
            htmlInput: {
              spellCheck: false,
              autoComplete: 'off',
              style: { fontFamily: 'monospace', fontSize: '1.2rem', letterSpacing: '0.05em' },
            },
          }}
        />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', displayPrint: 'none' }}>
          <Button onClick={suggestAnother} disabled={!!progress}>
            {t('backup.newSuggestion')}
          </Button>
          <Button startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!!progress}>
            {t('backup.printPassphrase')}
          </Button>
        </Box>
        <ProgressLine progress={progress} />
      </Stack>
    </FormDialogForm>
  );
}
