// Parts of the restore dialog: the preview of a checked backup, and the safety backup's passphrase.
import { Box, Button, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import type { DecodedBackup } from '../../../shared/backup/format';
import { RECORD_TABLES } from '../../../shared/storage/envelope';
import { useFormat } from '../../components/useFormat';

/** The safety backup's own passphrase, shown before anything is written, and printable on its own. */
export function SafetyPassphrase({
  passphrase,
  shownAt,
  disabled,
}: {
  passphrase: string;
  shownAt: Date;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Box component="section" aria-labelledby="safety-backup-title" sx={{ pt: 1 }}>
      <Typography id="safety-backup-title" variant="h6" component="h3" sx={{ displayPrint: 'none' }}>
        {t('safetyBackup.title')}
      </Typography>
      <Typography variant="h6" component="p" sx={{ display: 'none', displayPrint: 'block' }}>
        {t('safetyBackup.printHeading', { date: fmt.dateTime(shownAt.toISOString()) })}
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

export function BackupPreview({ backup }: { backup: DecodedBackup }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows: Array<[string, string]> = [
    [t('backup.createdAt'), fmt.dateTime(backup.manifest.createdAt)],
    [t('backup.appVersion'), backup.manifest.appVersion],
    ...RECORD_TABLES.filter((table) => table !== 'settings').map((table): [string, string] => [
      t(`backup.tables.${table}`, { defaultValue: table }),
      fmt.count(backup.manifest.counts[table] ?? 0),
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
