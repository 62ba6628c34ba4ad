// The app behind the vault gate, loaded as its own chunk: the lock screen starts without parsing the
// screens, charts and date pickers it does not show (cold start), and the chunk loads while the key
// is derived (see preloadUnlockedApp in App.tsx).
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { de as dateDe, enGB as dateEn } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { AppShell } from './AppShell';

export default function UnlockedApp() {
  const { i18n } = useTranslation();
  return (
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={i18n.language === 'en' ? dateEn : dateDe}
    >
      <AppShell />
    </LocalizationProvider>
  );
}
