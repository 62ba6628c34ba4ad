// Einstellungen → "Datensicherung": create an age-encrypted backup, and restore one all-or-nothing.
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
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
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/ageFile';
import type { DecodedBackup } from '../../../shared/backup/format';
import {
  backupPassphraseProblem,
  generateBackupPassphrase,
  MIN_BACKUP_PASSPHRASE_LENGTH,
} from '../../../shared/backup/passphrase';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { useDialogs } from '../../components/dialogs';
import { backupErrorMessage } from '../../components/recordMessages';
import { formatCount, formatDateTime } from '../../components/format';
import { PrintOnlyDialog } from '../../components/PrintOnly';
import {
  backupFileName,
  createBackupFile,
  isVaultEmpty,
  readBackupFile,
  restoreBackup,
  type BackupPhase,
} from '../../data/backup';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';

const AGE_FILTER = [{ name: 'age', extensions: ['age'] }];

type Progress = { phase: BackupPhase | 'safety'; fraction: number } | null;

function ProgressLine({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = !!progress;
  // The line appears below the preview in a scrolling dialog: bring it into view, or the user
  // sees nothing happen.
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  if (!progress) return null;
  return (
    <Box role="status" aria-live="polite" ref={ref}>
      <LinearProgress
        variant="determinate"
        value={Math.round(progress.fraction * 100)}
        aria-label={t('backup.progressLabel')}
      />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t(`backup.phase.${progress.phase}`)}
      </Typography>
    </Box>
  );
}

/** Lets React paint the progress before the next chunk of work. */
const paint = () => new Promise((resolve) => setTimeout(resolve, 0));

export function BackupSection() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  return (
    <Paper component="section" aria-labelledby="settings-backup" sx={{ p: 3 }}>
      <Typography id="settings-backup" variant="h5" component="h2" gutterBottom>
        {t('backup.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('backup.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={() => setDialog('create')}>
          {t('backup.create')}
        </Button>
        <Button variant="outlined" onClick={() => setDialog('restore')}>
          {t('backup.restore')}
        </Button>
      </Box>
      <Dialog
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="backup-create-title"
      >
        {dialog === 'create' && <CreateBackupForm onClose={() => setDialog(null)} />}
      </Dialog>
      <Dialog
        open={dialog === 'restore'}
        onClose={() => setDialog(null)}
        maxWidth="sm"
        fullWidth
        aria-labelledby="backup-restore-title"
      >
        {dialog === 'restore' && <RestoreBackupForm onClose={() => setDialog(null)} />}
      </Dialog>
    </Paper>
  );
}

function CreateBackupForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [passphrase, setPassphrase] = useState(generateBackupPassphrase);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const [shownAt] = useState(() => new Date());
  const tooShort = backupPassphraseProblem(passphrase) === 'tooShort';

  async function submit(event: FormEvent) {
    event.preventDefault();
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

  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <PrintOnlyDialog />
      <DialogTitle id="backup-create-title">{t('backup.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography sx={{ displayPrint: 'none' }}>{t('backup.createIntro')}</Typography>
          <Typography variant="h6" component="p" sx={{ display: 'none', displayPrint: 'block' }}>
            {t('backup.printHeading', { date: formatDateTime(shownAt.toISOString(), i18n.language) })}
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
            <Button onClick={() => setPassphrase(generateBackupPassphrase())} disabled={!!progress}>
              {t('backup.newSuggestion')}
            </Button>
            <Button startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!!progress}>
              {t('backup.printPassphrase')}
            </Button>
          </Box>
          <ProgressLine progress={progress} />
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ displayPrint: 'none' }}>
        <Button onClick={onClose} disabled={!!progress}>
          {t('backup.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={!!progress || tooShort}>
          {progress ? t('backup.creating') : t('backup.create')}
        </Button>
      </DialogActions>
    </form>
  );
}

function RestoreBackupForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [backup, setBackup] = useState<DecodedBackup | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
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

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!file || progress) return;
    setError(null);
    setBackup(null);
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
    <>
      <PrintOnlyDialog />
      <DialogTitle id="backup-restore-title" sx={{ displayPrint: 'none' }}>
        {t('backup.restoreTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack
          spacing={2}
          sx={{ pt: 1, displayPrint: 'none' }}
          component="form"
          onSubmit={check}
          noValidate
          autoComplete="off"
        >
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
        {backup && <BackupPreview backup={backup} t={t} language={i18n.language} />}
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
        {error && (
          <Alert severity="error" role="alert" sx={{ mt: 2, displayPrint: 'none' }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ displayPrint: 'none' }}>
        <Button onClick={onClose} disabled={!!progress}>
          {t('backup.cancel')}
        </Button>
        {backup && (
          <Button
            variant="contained"
            color={empty ? 'primary' : 'error'}
            onClick={() => void restore()}
            disabled={!!progress || (!empty && !confirmed)}
          >
            {empty ? t('backup.restoreNow') : t('backup.replaceNow')}
          </Button>
        )}
      </DialogActions>
    </>
  );
}

/** The safety backup's own passphrase, shown before anything is written, and printable on its own. */
function SafetyPassphrase({
  passphrase,
  shownAt,
  disabled,
}: {
  passphrase: string;
  shownAt: Date;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Box component="section" aria-labelledby="safety-backup-title" sx={{ pt: 1 }}>
      <Typography id="safety-backup-title" variant="h6" component="h3" sx={{ displayPrint: 'none' }}>
        {t('safetyBackup.title')}
      </Typography>
      <Typography variant="h6" component="p" sx={{ display: 'none', displayPrint: 'block' }}>
        {t('safetyBackup.printHeading', { date: formatDateTime(shownAt.toISOString(), i18n.language) })}
      </Typography>
      <Typography sx={{ my: 1, displayPrint: 'none' }}>{t('safetyBackup.intro')}</Typography>
      <TextField
        label={t('safetyBackup.passphrase')}
        value={passphrase}
        fullWidth
        slotProps={{
          htmlInput: {
            readOnly: true,
            spellCheck: false,
            style: { fontFamily: 'monospace', fontSize: '1.2rem', letterSpacing: '0.05em' },
          },
        }}
      />
      <Button
        startIcon={<PrintIcon />}
        onClick={() => window.print()}
        disabled={disabled}
        sx={{ mt: 1, displayPrint: 'none' }}
      >
        {t('backup.printPassphrase')}
      </Button>
    </Box>
  );
}

function BackupPreview({ backup, t, language }: { backup: DecodedBackup; t: TFunction; language: string }) {
  const rows: Array<[string, string]> = [
    [t('backup.createdAt'), formatDateTime(backup.manifest.createdAt, language)],
    [t('backup.appVersion'), backup.manifest.appVersion],
    ...RECORD_TABLES.filter((table) => table !== 'settings').map((table): [string, string] => [
      t(`backup.tables.${table}`, { defaultValue: table }),
      formatCount(backup.manifest.counts[table] ?? 0, language),
    ]),
  ];
  return (
    <Box component="section" aria-labelledby="backup-preview" sx={{ mt: 2, displayPrint: 'none' }}>
      <Typography id="backup-preview" variant="h6" component="h3">
        {t('backup.preview')}
      </Typography>
      <Table size="small" aria-labelledby="backup-preview">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
