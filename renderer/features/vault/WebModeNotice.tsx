// In the browser the vault belongs to the address 127.0.0.1:4719. On a computer that several people
// use at once (terminal server), another user could serve a page on that port while the app is not
// running, read the encrypted data or show a fake unlock screen. The first screens say so.
import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { host } from '../../host';

export function WebModeNotice() {
  const { t } = useTranslation();
  if (host.kind !== 'browser') return null;
  return (
    // A note, not an alert: it is there from the start and need not interrupt a screen reader.
    <Alert severity="info" role="note" sx={{ mb: 2 }}>
      <AlertTitle>{t('webMode.title')}</AlertTitle>
      {t('webMode.notice')}
    </Alert>
  );
}
