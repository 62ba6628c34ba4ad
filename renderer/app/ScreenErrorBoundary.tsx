// Around each screen: when one fails to render (for example on a record it cannot show), the rest
// of the app stays usable and the way out is on the same page — restore a backup or export
// everything — instead of a blank window.
import { Component, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BackupSection } from '../features/settings/BackupSection';
import { ExportSection } from '../features/settings/ExportSection';

interface Props {
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ScreenError /> : this.props.children;
  }
}

function ScreenError() {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 3, overflow: 'auto' }}>
      <Stack spacing={3} sx={{ maxWidth: 900 }}>
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" sx={{ whiteSpace: 'nowrap' }} onClick={() => window.location.reload()}>
              {t('screenError.reload')}
            </Button>
          }
        >
          <AlertTitle>{t('screenError.title')}</AlertTitle>
          {t('screenError.body')}
        </Alert>
        <BackupSection />
        <ExportSection />
      </Stack>
    </Box>
  );
}
