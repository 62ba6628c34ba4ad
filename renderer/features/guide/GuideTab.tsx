// Placeholder until the Wegweiser screens land.
import { Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Navigate } from '../../routing/routes';

export function GuideTab(_props: { navigate: Navigate }) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 2 }}>
      <Typography color="text.secondary">{t('guide.empty')}</Typography>
    </Paper>
  );
}
