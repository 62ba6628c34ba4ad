// Einstellungen → "Passwort und Wiederherstellung": change the password (PasswordChangeDialog), issue a
// new recovery key (NewRecoveryKeyDialog), and re-key on demand.
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRekey } from '../vault';
import { useVaultSession } from '../../data/VaultContext';
import { NewRecoveryKeyDialog } from './NewRecoveryKeyDialog';
import { PasswordChangeDialog } from './PasswordChangeDialog';
import { SettingsSection } from './SettingsSection';

export function SecuritySection() {
  const { t } = useTranslation();
  const { vault, demo } = useVaultSession();
  const [dialog, setDialog] = useState<'password' | 'recovery' | null>(null);
  const [hasRecovery, setHasRecovery] = useState(true);
  const [confirmRekey, setConfirmRekey] = useState(false);
  const manual = useRekey();

  useEffect(() => {
    void vault.hasRecoveryKey().then(setHasRecovery);
  }, [vault, dialog]);

  return (
    <SettingsSection id="settings-security" title={t('security.title')} intro={t('security.intro')}>
      {!hasRecovery && !demo && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('security.noRecoveryKey')}
        </Alert>
      )}
      {demo && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('security.demoFixed')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" disabled={demo} onClick={() => setDialog('password')}>
          {t('security.changePassword')}
        </Button>
        <Button variant="outlined" disabled={demo} onClick={() => setDialog('recovery')}>
          {t('security.newRecoveryKey')}
        </Button>
      </Box>
      <Typography id="rekey-on-demand" variant="h6" component="h3" sx={{ mt: 3 }}>
        {t('rekey.onDemand')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('rekey.onDemandIntro')}
      </Typography>
      <Button
        variant="outlined"
        disabled={demo || manual.running}
        aria-describedby="rekey-on-demand"
        onClick={() => setConfirmRekey(true)}
      >
        {t('rekey.onDemand')}
      </Button>
      <ConfirmDialog
        open={confirmRekey}
        title={t('rekey.title')}
        text={`${t('rekey.onDemandIntro')} ${t('rekey.backupsStay')}`}
        confirmLabel={t('rekey.onDemandConfirm')}
        cancelLabel={t('rekey.cancel')}
        onConfirm={() => {
          setConfirmRekey(false);
          void manual.rekey('manual', t('rekey.reason.manual'));
        }}
        onCancel={() => setConfirmRekey(false)}
      />
      {manual.dialog}
      <PasswordChangeDialog open={dialog === 'password'} onClose={() => setDialog(null)} />
      <NewRecoveryKeyDialog open={dialog === 'recovery'} onClose={() => setDialog(null)} />
    </SettingsSection>
  );
}
