// Placeholder until the newsletter screens land: the list of issues, or one issue (`id`).
import { Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Navigate } from '../../routing/routes';

export function NewsletterTab({ id }: { id?: string; navigate: Navigate }) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 2 }}>
      <Typography color="text.secondary">{id ? t('newsletter.notFound') : t('newsletter.empty')}</Typography>
    </Paper>
  );
}
