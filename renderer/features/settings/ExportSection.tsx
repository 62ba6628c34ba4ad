// Einstellungen → "Alle Daten exportieren": unencrypted JSON or XLSX, only after the warning is confirmed.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RECORD_TABLES, type RecordTable } from '../../../shared/storage/envelope';
import { useDialogs } from '../../components/dialogs';
import { formDialog, FormDialogForm, type DialogOpen } from '../../components/form/FormDialog';
import { createJsonExport, createXlsxExport, exportFileName, type ExportFormat } from '../../data/export';
import { useVaultSession } from '../../data/VaultContext';
import { host } from '../../host';
import { SettingsSection } from './SettingsSection';

export function ExportSection() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <SettingsSection id="settings-export" title={t('dataExport.title')} intro={t('dataExport.intro')}>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {t('dataExport.button')}
      </Button>
      <ExportDialog open={open} onClose={() => setOpen(false)} />
    </SettingsSection>
  );
}

const ExportDialog = formDialog(ExportForm, { titleId: 'export-title', maxWidth: 'sm' });

function ExportForm({ onClose }: DialogOpen) {
  const { t } = useTranslation();
  const { vault } = useVaultSession();
  const dialogs = useDialogs();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!confirmed || busy) return;
    setBusy(true);
    setError(null);
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const sheetNames = Object.fromEntries(
        RECORD_TABLES.map((table) => [table, t(`backup.tables.${table}`, { defaultValue: table })]),
      ) as Record<RecordTable, string>;
      const data = format === 'json' ? createJsonExport(vault) : await createXlsxExport(vault, sheetNames);
      const name = exportFileName(format);
      const filters =
        format === 'json'
          ? [{ name: 'JSON', extensions: ['json'] }]
          : [{ name: 'Excel', extensions: ['xlsx'] }];
      if (await host.saveFile(name, data, filters)) {
        dialogs.notify(t('dataExport.saved', { name }));
        onClose();
        return;
      }
      setError(t('dataExport.cancelled'));
    } catch {
      setError(t('dataExport.failed'));
    }
    setBusy(false);
  }

  return (
    <FormDialogForm
      title={t('dataExport.title')}
      // A format and a tick are quickly chosen again: nothing typed to lose.
      dirty={false}
      onSubmit={submit}
      saving={busy}
      locked={busy}
      submitLabel={t('dataExport.export')}
      savingLabel={t('dataExport.exporting')}
      canSubmit={confirmed}
      error={error}
    >
      <Stack spacing={2}>
        <Alert severity="warning">{t('dataExport.warning')}</Alert>
        <FormControl>
          <FormLabel id="export-format">{t('dataExport.format')}</FormLabel>
          <RadioGroup
            aria-labelledby="export-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            <FormControlLabel value="xlsx" control={<Radio />} label={t('dataExport.xlsx')} />
            <FormControlLabel value="json" control={<Radio />} label={t('dataExport.json')} />
          </RadioGroup>
        </FormControl>
        <FormControlLabel
          control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />}
          label={t('dataExport.confirm')}
        />
        {busy && (
          <Box role="status" aria-live="polite">
            <LinearProgress aria-label={t('dataExport.exporting')} />
          </Box>
        )}
      </Stack>
    </FormDialogForm>
  );
}
