import { useState } from 'react';
import { Box, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CenteredPanel } from '../../components/CenteredPanel';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';

/** Right after set-up: the recovery key, once. The app opens only after the person confirms it is stored. */
export function RecoveryKeyScreen({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  return (
    <CenteredPanel title={t('recovery.title')}>
      <Stack spacing={2}>
        <RecoveryKeyPanel recoveryKey={recoveryKey} stored={stored} onStoredChange={setStored} />
        <Box sx={{ displayPrint: 'none' }}>
          <Button variant="contained" size="large" fullWidth disabled={!stored} onClick={() => void onDone()}>
            {t('recovery.continue')}
          </Button>
        </Box>
      </Stack>
    </CenteredPanel>
  );
}
