// Einstellungen → "Datensicherung": create an age-encrypted backup, and restore one all-or-nothing
// (the dialogs: BackupCreateDialog, BackupRestoreDialog).
import { useState } from 'react';
import { Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BackupCreateDialog } from './BackupCreateDialog';
import { BackupRestoreDialog } from './BackupRestoreDialog';
import { SettingsSection } from './SettingsSection';

export function BackupSection() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  const close = () => setDialog(null);
  return (
    <SettingsSection id="settings-backup" title={t('backup.title')} intro={t('backup.intro')}>
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
    </SettingsSection>
  );
}
