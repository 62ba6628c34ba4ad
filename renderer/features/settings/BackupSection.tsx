// Einstellungen → "Datensicherung": create an age-encrypted backup, and restore one all-or-nothing
// (the dialogs: BackupCreateDialog, BackupRestoreDialog).
import { useState } from 'react';
import { Box, Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BackupCreateDialog } from './BackupCreateDialog';
import { BackupRestoreDialog } from './BackupRestoreDialog';

export function BackupSection() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  const close = () => setDialog(null);
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
      <BackupCreateDialog open={dialog === 'create'} onClose={close} />
      <BackupRestoreDialog open={dialog === 'restore'} onClose={close} />
    </Paper>
  );
}
