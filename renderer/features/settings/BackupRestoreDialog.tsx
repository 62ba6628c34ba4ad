// "Sicherung wiederherstellen": choose the file, type its passphrase, check it (a preview of what it
// holds), then restore all-or-nothing. A vault with data is first saved as a safety backup under a
// passphrase of its own.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/ageFile';
import type { DecodedBackup } from '../../../shared/backup/format';
import { generateBackupPassphrase } from '../../../shared/backup/passphrase';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import { backupErrorMessage } from '../../components/recordMessages';
import {
  backupFileName,
  createBackupFile,
  isVaultEmpty,
  readBackupFile,
  restoreBackup,
} from '../../data/backup';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { AGE_FILTER, paint, ProgressLine, type BackupProgress } from './backupProgress';
import { BackupPreview, SafetyPassphrase } from './BackupRestoreParts';

export const BackupRestoreDialog = formDialog(BackupRestoreForm, {
  titleId: 'backup-restore-title',
  maxWidth: 'sm',
});

function BackupRestoreForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [backup, setBackup] = useState<DecodedBackup | null>(null);
  const [progress, setProgress] = useState<BackupProgress>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  // The safety backup gets its own strong passphrase: the incoming file's may be weak.
  const [safetyPassphrase] = useState(generateBackupPassphrase);
  const [shownAt] = useState(() => new Date());
  const empty = isVaultEmpty(vault);
  const confirmRef = useRef<HTMLDivElement>(null);
  // The preview pushes the confirmation below the fold of the dialog; without it in view the
  // replace button looks dead.
  useEffect(() => {
    if (backup) confirmRef.current?.scrollIntoView({ block: 'nearest' });
  }, [backup]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    setError(null);
    setBackup(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_BACKUP_BYTES) {
      setError(t('backup.errors.tooLarge', { mb: Math.round(chosen.size / 1024 / 1024) }));
      return;
    }
    setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
  }

  /** "Sicherung prüfen" (the form's submit; Ctrl+Enter too, until the preview is shown). */
  async function check() {
    if (!file || !passphrase || progress || backup) return;
    setError(null);
    setProgress({ phase: 'decrypt', fraction: 0 });
    await paint();
    try {
      setBackup(
        await readBackupFile(file.bytes, passphrase, (phase, fraction) => setProgress({ phase, fraction })),
      );
    } catch (e) {
      setError(backupErrorMessage(e, t, 'backup.restoreFailed'));
    } finally {
      setProgress(null);
    }
  }

  async function restore() {
    if (!backup || progress) return;
    setError(null);
    try {
      let safetyName: string | undefined;
      if (!empty) {
        safetyName = backupFileName(new Date(), 'anlaufstelle-vor-wiederherstellung');
        setProgress({ phase: 'safety', fraction: 0 });
        await paint();
        const safety = await createBackupFile(vault, safetyPassphrase, (_phase, fraction) =>
          setProgress({ phase: 'safety', fraction }),
        );
        if (!(await host.saveFile(safetyName, safety, AGE_FILTER))) {
          setError(t('backup.safetyCancelled'));
          setProgress(null);
          return;
        }
      }
      setProgress({ phase: 'write', fraction: 0 });
      await paint();
      await restoreBackup(vault, backup, (phase, fraction) => setProgress({ phase, fraction }));
      dialogs.notify(
        safetyName ? t('backup.restoredWithSafety', { file: safetyName }) : t('backup.restored'),
      );
      onClose();
    } catch {
      setError(t('backup.restoreFailed'));
      setProgress(null);
    }
  }

  return (
    <FormDialogForm
      title={t('backup.restoreTitle')}
      printHiddenTitle
      dirty={!!file || passphrase !== ''}
      onSubmit={check}
      saving={!!progress}
      locked={!!progress}
      error={error}
      // The form's own submit is "Sicherung prüfen" beside the passphrase; the actions restore.
      actionsEnd={
        backup && (
          <Button
            variant="contained"
            color={empty ? 'primary' : 'error'}
            onClick={() => void restore()}
            disabled={!!progress || (!empty && !confirmed)}
          >
            {empty ? t('backup.restoreNow') : t('backup.replaceNow')}
          </Button>
        )
      }
    >
      <PrintOnlyDialog />
      <Stack spacing={2} sx={{ displayPrint: 'none' }}>
        <Typography>{t('backup.restoreIntro')}</Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={!!progress}>
            {t('backup.chooseFile')}
            <input
              hidden
              type="file"
              accept=".age,application/octet-stream"
              onChange={(e) => void onFile(e)}
              aria-label={t('backup.chooseFile')}
            />
          </Button>
          <Typography variant="body2">{file?.name ?? t('backup.noFile')}</Typography>
        </Box>
        <TextField
          label={t('backup.passphrase')}
          value={passphrase}
          onChange={(e) => {
            setPassphrase(e.target.value);
            setBackup(null);
          }}
          fullWidth
          disabled={!!progress}
          slotProps={{
            htmlInput: { spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace' } },
          }}
        />
        {!backup && (
          <Box>
            <Button type="submit" variant="outlined" disabled={!file || !passphrase || !!progress}>
              {progress ? t('backup.checking') : t('backup.check')}
            </Button>
          </Box>
        )}
      </Stack>
      {backup && <BackupPreview backup={backup} />}
      {backup && !empty && (
        <Stack spacing={1} sx={{ mt: 2 }} ref={confirmRef}>
          <Alert severity="warning" sx={{ displayPrint: 'none' }}>
            {t('backup.replaceWarning')}
          </Alert>
          <SafetyPassphrase passphrase={safetyPassphrase} shownAt={shownAt} disabled={!!progress} />
          <FormControlLabel
            sx={{ displayPrint: 'none' }}
            control={
              <Checkbox
                checked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
                disabled={!!progress}
              />
            }
            label={t('backup.replaceConfirm')}
          />
        </Stack>
      )}
      <Box sx={{ mt: 2, displayPrint: 'none' }}>
        <ProgressLine progress={progress} />
      </Box>
    </FormDialogForm>
  );
}
