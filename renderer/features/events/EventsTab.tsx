// Placeholder until the series screens land: the list of event series, or one series (`id`).
import { Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Navigate } from '../../routing/routes';

export function EventsTab({ id }: { id?: string; navigate: Navigate }) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 2 }}>
      <Typography color="text.secondary">{id ? t('events.notFound') : t('events.empty')}</Typography>
    </Paper>
  );
}
