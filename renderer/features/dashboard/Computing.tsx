// Shown for the moment a screen of figures builds its statistics columns (right after unlock).
import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function Computing() {
  const { t } = useTranslation();
  return (
    <Box role="status" sx={{ my: 3, maxWidth: 480 }}>
      <Typography sx={{ mb: 1 }}>{t('dashboard.computing')}</Typography>
      <LinearProgress aria-label={t('dashboard.computing')} />
    </Box>
  );
}
